import Foundation

/// Reads an open handle (standard input) to its end, but never more than a limit: input past it is
/// refused without being read into memory (10 GB piped in, or /dev/zero, costs `limit + 1` bytes at
/// most). Files named by path are read with ``InputFile/read(_:limit:kind:)``, which also refuses
/// anything but a regular file and applies the same limit.
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
