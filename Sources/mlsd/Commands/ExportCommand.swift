import CoachKit
import Foundation

/// `mlsd export SESSION|last --format md|json|html [-o FILE]`.
enum ExportCommand {
    static let formats = ["md", "json", "html"]

    static var spec: CommandSpec {
        CommandSpec(
            name: "export", abstract: "Export a session as Markdown, JSON or a self-contained HTML page.",
            discussion: """
                md: Markdown a mentor can read. json: the transcript and the session file, for tools. html: one page
                with inline styles and SVG score charts — no network access, no other files — that prints cleanly.
                Without -o (or with -o -) the export is printed. -o replaces only a regular file, in a folder that exists.
                """,
            arguments: [ArgumentSpec(name: "session", help: "The session id, a unique prefix of it, or 'last'.", completion: .sessionID)],
            options: [
                OptionSpec(name: "format", short: "f", value: "format", help: "md (default), json or html.", completion: .choices(formats)),
                OptionSpec(name: "output", short: "o", value: "file", help: "Write to this file (replacing a regular file; its folder must exist); '-' prints.",
                           completion: .file),
            ],
            run: run)
    }

    static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> ExitCode {
        let format = try parsed.choice("format", in: formats) ?? "md"
        let lookup = SessionLookup(context: context)
        let (_, session) = try lookup.session(parsed.arguments[0], in: lookup.listing())
        let prompt = lookup.prompt(for: session.promptID, in: context.loadLibrary())
        let transcript = SessionTranscript(session: session, prompt: prompt)
        let text: String
        switch format {
        case "json": text = try JSONExporter().render(transcript, session: session)
        case "html": text = HTMLExporter(timeZone: .current, generator: "mlsd \(MLSD.version)").render(transcript)
        default: text = MarkdownExporter(timeZone: .current).render(transcript)
        }
        guard let path = parsed.value("output"), path != "-" else {
            context.console.write(text)
            return .success
        }
        let url = context.url(forPath: path)
        do {
            // Only a regular file in an existing folder: a typo must not create folders, and a device or
            // FIFO must not be replaced by rename.
            try AtomicFile.write(Data(text.utf8), to: url, createFolders: false)
        } catch let error as AtomicFile.WriteError {
            throw CommandError(error.description, code: .failure)
        }
        context.console.print("Wrote \(url.path)")
        return .success
    }
}
