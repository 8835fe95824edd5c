import Foundation

/// The session index: one ``SessionSummary`` per session file, keyed by the file's name, size and
/// modification time. An entry is trusted only while all three still match the file, so the index can
/// never be more than a cache: deleting it, or a file changing under it, just means re-reading files.
/// Files that were skipped (corrupted, newer schema) are remembered too, so they are not re-read on
/// every run — their warning is still shown every time.
struct SessionIndexFile: Codable, Sendable {
    /// Bumped whenever ``SessionSummary`` or this layout changes; an index of another format is rebuilt.
    static let currentFormat = 1

    var format: Int
    /// The session schema the summaries were made from; a new mlsd may read files differently.
    var sessionSchema: Int
    var entries: [Entry]

    struct Entry: Codable, Sendable {
        var name: String
        var size: Int64
        var modified: Int64
        var summary: SessionSummary?
        /// Set when the file was written by a newer mlsd.
        var newerVersion: Int?
        /// Set when the file could not be decoded.
        var unreadable: String?

        func matches(_ file: SessionFileScan.File) -> Bool {
            name == file.name && size == file.size && modified == file.modified
        }

        enum CodingKeys: String, CodingKey {
            case name = "n", size = "z", modified = "m", summary = "s", newerVersion = "nv", unreadable = "u"
        }
    }

    /// The index at `url`, or nil when it is missing, unreadable or of another format.
    static func read(from url: URL) -> SessionIndexFile? {
        guard let data = try? Data(contentsOf: url),
              let index = try? JSONDecoder().decode(SessionIndexFile.self, from: data),
              index.format == currentFormat, index.sessionSchema == Session.currentSchemaVersion
        else { return nil }
        return index
    }

    func write(to url: URL) throws {
        try AtomicFile.write(try JSONEncoder().encode(self), to: url)
    }
}
