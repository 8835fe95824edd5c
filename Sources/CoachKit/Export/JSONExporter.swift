import Foundation

/// A session as JSON for tools: the transcript (the same content as the Markdown and HTML exports,
/// with phases as an array and scores inline) and the session file itself, unchanged, for anything
/// the transcript leaves out.
public struct JSONExporter: Sendable {
    public static let format = "mlsd-session-export"
    public static let version = 1

    public init() {}

    struct Document: Encodable {
        var format: String
        var version: Int
        var transcript: SessionTranscript
        var session: Session
    }

    public func render(_ transcript: SessionTranscript, session: Session) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(Document(format: Self.format, version: Self.version, transcript: transcript, session: session))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
