import CoachKit
import Foundation

/// `mlsd export SESSION|last --format md|json|html [-o FILE]`.
struct ExportCommand: Command {
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
            command: ExportCommand.self)
    }

    /// The session id, a unique prefix of it, or "last".
    var reference: String
    /// "md", "json" or "html".
    var format: String
    /// The file to write; nil (or "-") prints.
    var output: String?

    init(_ parsed: ParsedCommand) throws {
        format = try parsed.choice("format", in: Self.formats) ?? "md"
        reference = parsed.arguments[0]
        output = parsed.value("output")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let lookup = SessionLookup(context: context)
        let (_, session) = try lookup.session(reference, in: lookup.listing())
        let prompt = lookup.prompt(for: session.promptID, in: context.loadLibrary())
        let transcript = SessionTranscript(session: session, prompt: prompt)
        let text: String
        switch format {
        case "json": text = try JSONExporter().render(transcript, session: session)
        case "html": text = HTMLExporter(timeZone: .current, generator: "mlsd \(MLSD.version)").render(transcript)
        default: text = MarkdownExporter(timeZone: .current).render(transcript)
        }
        guard let path = output, path != "-" else {
            context.console.write(text)
            return .success
        }
        let url = context.url(forPath: path)
        // Only a regular file in an existing folder: a typo must not create folders, and a device or
        // FIFO must not be replaced by rename.
        try AtomicFile.write(Data(text.utf8), to: url, createFolders: false)
        context.console.print("Wrote \(url.path)")
        return .success
    }
}
