import Foundation
import PackagePlugin

/// Compiles every JSON file in the package's top-level `Prompts/` folder into the `BuiltinPrompts`
/// module, so the built binary carries the case studies and runs with the checkout gone.
///
/// The command's inputs are the folder itself (its modification time changes when a file is added
/// or removed) and every file in it (edits), so an ordinary incremental build picks up a new or
/// changed prompt. The generator is a short POSIX shell script that globs the folder when it runs,
/// so it embeds the files present at build time even when SwiftPM has not re-run this plugin.
/// (SwiftPM re-runs build-tool plugins only when it reloads the package, and prebuild commands
/// suffer from the same caching, so neither alone sees a new file: swiftlang/swift-package-manager#5476.)
@main
struct PromptEmbedder: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let promptsDirectory = context.package.directoryURL.appending(path: "Prompts")
        let files = try FileManager.default.contentsOfDirectory(atPath: promptsDirectory.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { promptsDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPrompts.swift")
        return [
            .buildCommand(
                displayName: "Embedding Prompts/*.json",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "prompt-embed", promptsDirectory.path, output.path],
                inputFiles: [promptsDirectory] + files,
                outputFiles: [output]
            )
        ]
    }

    /// $1: the Prompts folder; $2: the Swift file to write.
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
            printf '        ("%s", "%s"),\n' "$(basename "$f")" "$(base64 < "$f" | tr -d '\n')"
          done
          echo '    ]'
          echo '}'
        } > "$tmp"
        mv -f "$tmp" "$2"
        """#
}
