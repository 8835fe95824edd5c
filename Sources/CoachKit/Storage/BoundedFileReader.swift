import Foundation

/// Reads a whole file, but never more than a limit: a file past it is refused without being read into
/// memory (a 10 GB file, or /dev/zero, costs `limit + 1` bytes at most).
public enum BoundedFileReader {
    public enum ReadError: Error, Sendable, Equatable {
        /// The file holds more than `limit` bytes.
        case tooLarge(limit: Int)
        /// The file could not be opened or read.
        case unreadable(reason: String)

        /// "it is larger than 8 MB, the limit for prompt files" — for messages that name the file first.
        public func reason(kind: String) -> String {
            switch self {
            case .tooLarge(let limit):
                "it is larger than \(InputLimits.describe(bytes: limit)), the limit for \(kind)"
            case .unreadable(let reason):
                reason
            }
        }
    }

    public static func read(_ url: URL, limit: Int) throws(ReadError) -> Data {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(reason: FileManager.default.fileExists(atPath: url.path) ? "permission denied" : "no such file")
        }
        defer { try? handle.close() }
        return try read(handle, limit: limit)
    }

    /// Reads `handle` to its end, refusing past `limit` bytes (for standard input too).
    public static func read(_ handle: FileHandle, limit: Int) throws(ReadError) -> Data {
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw .unreadable(reason: "cannot read it (\(error.localizedDescription))")
        }
        if data.count > limit { throw .tooLarge(limit: limit) }
        return data
    }
}
