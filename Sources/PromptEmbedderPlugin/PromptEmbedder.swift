import Foundation
import PackagePlugin

/// Compiles every JSON file in the package's top-level `Prompts/` folder into the `BuiltinPrompts`
/// module, so the built binary carries the case studies and runs with the checkout gone.
///
/// An ordinary incremental `swift build` picks up an edited, added or removed prompt. Two commands
/// make that work, because SwiftPM runs this plugin only when it re-plans the build
/// (swiftlang/swift-package-manager#5476, #7891), so a list of files made here goes stale:
///
/// - The build command embeds the files. Its inputs are the folder (its modification time changes
///   when a file is added, removed or renamed) and every file in it (edits in place). Its script
///   globs the folder when it runs, so it embeds what is there then, whatever list this plugin made.
/// - A do-nothing prebuild command whose output folder holds a symbolic link to `Prompts/`. SwiftPM
///   re-plans the build whenever the file names under a prebuild output folder change, and it follows
///   the link, so adding or removing a prompt re-runs this plugin and refreshes the input list. Without
///   it, deleting a prompt left a stale input and every build failed with "missing inputs", and an
///   added file's later edits went unnoticed. The link is named `*.docc`, the one extension SwiftPM
///   ignores in generated output without a warning, so the prompts do not also become resources.
@main
struct PromptEmbedder: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let promptsDirectory = context.package.directoryURL.appending(path: "Prompts")
        let files = try FileManager.default.contentsOfDirectory(atPath: promptsDirectory.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { promptsDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPrompts.swift")
        var commands: [Command] = []
        if let watch = Self.watchFolder(linkingTo: promptsDirectory, in: context.pluginWorkDirectoryURL) {
            commands.append(
                .prebuildCommand(
                    displayName: "Watching Prompts/ for added and removed files",
                    executable: URL(fileURLWithPath: "/bin/sh"),
                    arguments: ["-c", ":"],
                    outputFilesDirectory: watch
                ))
        } else {
            Diagnostics.remark(
                "PromptEmbedder: could not link to Prompts/; after removing a prompt, run 'swift package clean' if the build reports missing inputs.")
        }
        commands.append(
            .buildCommand(
                displayName: "Embedding Prompts/*.json",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "prompt-embed", promptsDirectory.path, output.path],
                // The C locale makes the glob sort by byte, like Swift's String ordering.
                environment: ["LC_ALL": "C"],
                inputFiles: [promptsDirectory] + files,
                outputFiles: [output]
            ))
        return commands
    }

    /// A folder in the plugin's work directory holding only `Prompts.docc`, a symbolic link to the
    /// prompts folder; nil when the link cannot be made (the build then still works, minus removals).
    static func watchFolder(linkingTo promptsDirectory: URL, in workDirectory: URL) -> URL? {
        let watch = workDirectory.appending(path: "PromptsWatch")
        let link = watch.appending(path: "Prompts.docc")
        do {
            try FileManager.default.createDirectory(at: watch, withIntermediateDirectories: true)
            // Re-made every time so it follows the package when the checkout moves.
            try? FileManager.default.removeItem(at: link)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: promptsDirectory)
            return watch
        } catch {
            return nil
        }
    }

    /// $1: the Prompts folder; $2: the Swift file to write (atomically, so an interrupted build never
    /// leaves half a file behind).
    static let script = #"""
        set -e
        tmp="$2.tmp.$$"
        {
          echo '// Generated from Prompts/ by the PromptEmbedder plugin. Do not edit.'
          echo 'enum EmbeddedPrompts {'
          echo '    /// (file name, base64 of the file bytes), sorted by file name.'
          echo '    static let files: [(name: String, base64: String)] = ['
          for f in "$1"/*.json; do
            [ -f "$f" ] || continue
            name=$(basename "$f" | sed 's/[\\"]/\\&/g')
            printf '        ("%s", "%s"),\n' "$name" "$(base64 < "$f" | tr -d '\n')"
          done
          echo '    ]'
          echo '}'
        } > "$tmp"
        mv -f "$tmp" "$2"
        """#
}
