import Foundation
import PackagePlugin

/// Compiles every JSON file in the package's top-level `Prompts/` folder into the `BuiltinPrompts`
/// module, so the built binary carries the case studies and runs with the checkout gone.
///
/// It is a *prebuild* command on purpose: SwiftPM runs those before every build, so a prompt file
/// that is added, edited or removed is picked up by an ordinary incremental build. (A build command
/// with a fixed list of input files goes stale when a file is removed.) Prebuild commands cannot run
/// a tool built from this package, so the generator is a short POSIX shell script; it rewrites the
/// generated file only when its contents change, so an unchanged bank costs no recompilation.
@main
struct PromptEmbedder: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let promptsDirectory = context.package.directoryURL.appending(path: "Prompts")
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [
            .prebuildCommand(
                displayName: "Embedding Prompts/*.json",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "prompt-embed", promptsDirectory.path, outputDirectory.path],
                outputFilesDirectory: outputDirectory
            )
        ]
    }

    /// $1: the Prompts folder; $2: the output folder.
    static let script = #"""
        set -e
        mkdir -p "$2"
        out="$2/EmbeddedPrompts.swift"
        tmp="$out.tmp.$$"
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
        if cmp -s "$tmp" "$out"; then rm -f "$tmp"; else mv -f "$tmp" "$out"; fi
        """#
}
