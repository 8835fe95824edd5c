import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reads a file mlsd was given or found in one of its folders. Only regular files are read: a folder,
/// a FIFO, a device or a socket named `x.json` gets a message saying what it is — a FIFO or `/dev/zero`
/// would otherwise block or never end. The file is opened non-blocking, so even opening a FIFO with no
/// writer returns at once. Every read has a size limit too (``InputLimits``): at most `limit + 1` bytes
/// are read, so a huge file costs no more memory than the limit.
public enum InputFile {
    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        case missing(path: String)
        case notRegular(path: String, kind: String)
        case unreadable(path: String, reason: String)
        /// More than `limit` bytes; `kind` names the limit ("prompt files").
        case tooLarge(path: String, limit: Int, kind: String)

        /// Why, without the path (for messages that name the file already).
        public var reason: String {
            switch self {
            case .missing: "no such file"
            case .notRegular(_, let kind): "it is \(kind), not a regular file"
            case .unreadable(_, let reason): reason
            case .tooLarge(_, let limit, let kind): BoundedFileReader.ReadError.tooLarge(limit: limit).reason(kind: kind)
            }
        }

        public var description: String {
            switch self {
            case .missing(let path): "Cannot read \(path): no such file."
            case .notRegular(let path, let kind): "Cannot read \(path): it is \(kind), not a regular file; mlsd reads only regular files."
            case .unreadable(let path, let reason): "Cannot read \(path): \(reason)."
            case .tooLarge(let path, _, _): "Cannot read \(path): \(reason)."
            }
        }
    }

    /// The bytes of the regular file at `url`, refused (`tooLarge`) past `limit` bytes; `kind` names
    /// the limit in the message, e.g. "prompt files".
    public static func read(_ url: URL, limit: Int, kind: String) throws(ReadError) -> Data {
        let path = url.path
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { throw .notRegular(path: path, kind: InputFile.kind(type)) }
        // st_size is only a hint (the file may grow while it is read): the loop enforces the limit.
        var data = Data(capacity: min(max(0, Int(info.st_size)), limit) + 1)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if data.count > limit { throw .tooLarge(path: path, limit: limit, kind: kind) }
            let wanted = min(buffer.count, limit + 1 - data.count)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// The offset of the first byte that is not valid UTF-8, or nil when all of `data` is.
    public static func invalidUTF8Offset(_ data: Data) -> Int? {
        // The standard library's validation is fast; the offset is only looked for when it fails.
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// "a folder", "a FIFO (named pipe)", … for a file type from `st_mode`.
    static func kind(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }
}
