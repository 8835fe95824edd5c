import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Remembers which user prompt files passed full validation (source map, decoding, unknown-field
/// pass), so each file is fully checked once per change rather than on every command. A file counts
/// as validated only while its size, modification time, inode, status-change time and the checksum
/// of the bytes just read all match, and the cache was written by this very mlsd executable (its own
/// inode, size and times): a new build may read prompts differently. Any doubt — a damaged cache, a
/// different executable, a changed key — means validating again. Kept in `$MLSD_HOME/cache/`.
struct PromptValidationCache: Sendable {
    /// A file's version and the checksum of the bytes just read from it.
    struct Key: Sendable, Equatable {
        var file: FileIdentity
        var checksum: UInt64
    }

    static let fileName = "prompt-validation.bin"
    static let magic: [UInt8] = Array("MLSDPVC\n".utf8)
    static let format: UInt32 = 1

    let url: URL
    private(set) var entries: [String: Key] = [:]
    private var dirty = false

    /// The cache at `url`; empty when it is missing, damaged or from another executable.
    init(url: URL) {
        self.url = url
        if let data = try? Data(contentsOf: url), let entries = Self.decode(data, executable: Self.executableIdentity()) {
            self.entries = entries
        }
    }

    /// The key of a file whose bytes are `data`, or nil when it cannot be examined.
    static func key(path: String, data: Data) -> Key? {
        guard let file = FileIdentity(path: path) else { return nil }
        return Key(file: file, checksum: data.withUnsafeBytes { Checksum64.of($0) })
    }

    func isValidated(_ path: String, key: Key) -> Bool { entries[path] == key }

    mutating func record(_ path: String, key: Key) {
        guard entries[path] != key else { return }
        entries[path] = key
        dirty = true
    }

    mutating func forget(_ path: String) {
        if entries.removeValue(forKey: path) != nil { dirty = true }
    }

    /// Writes the cache if anything changed; a failure (read-only home) just means validating next time.
    func saveIfChanged() {
        guard dirty else { return }
        try? AtomicFile.write(encode(executable: Self.executableIdentity()), to: url)
    }

    /// The running executable's inode, size, modification and change times: a rebuilt or reinstalled
    /// mlsd has another identity, so it validates every user file again.
    static func executableIdentity() -> [UInt64] {
        guard let file = FileIdentity(path: "/proc/self/exe") else { return [0, 0, 0, 0] }
        return [file.inode, UInt64(bitPattern: file.size), UInt64(bitPattern: file.modified), UInt64(bitPattern: file.changed)]
    }

    // MARK: - Format: magic, format, executable identity (4 × u64), body length, body checksum, body.

    func encode(executable: [UInt64]) -> Data {
        var body: [UInt8] = []
        func u64(_ value: UInt64, into bytes: inout [UInt8]) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        u64(UInt64(entries.count), into: &body)
        for (path, key) in entries.sorted(by: { $0.key < $1.key }) {
            let utf8 = Array(path.utf8)
            u64(UInt64(utf8.count), into: &body)
            body.append(contentsOf: utf8)
            for value in [UInt64(bitPattern: key.file.size), UInt64(bitPattern: key.file.modified), key.file.inode, UInt64(bitPattern: key.file.changed), key.checksum] {
                u64(value, into: &body)
            }
        }
        var out = Self.magic
        withUnsafeBytes(of: Self.format.littleEndian) { out.append(contentsOf: $0) }
        for value in executable { u64(value, into: &out) }
        u64(UInt64(body.count), into: &out)
        u64(Checksum64.of(body), into: &out)
        return Data(out + body)
    }

    static func decode(_ data: Data, executable: [UInt64]) -> [String: Key]? {
        let bytes = [UInt8](data)
        var offset = 0
        func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return bytes[offset..<(offset + count)]
        }
        func u64() -> UInt64? {
            take(8).map { slice in slice.reversed().reduce(0) { $0 << 8 | UInt64($1) } }
        }
        guard let head = take(magic.count), Array(head) == magic,
              let formatBytes = take(4), Array(formatBytes) == withUnsafeBytes(of: format.littleEndian, Array.init)
        else { return nil }
        for value in executable {
            guard u64() == value else { return nil }
        }
        guard let length = u64(), let checksum = u64(), length == UInt64(bytes.count - offset),
              Checksum64.of(Array(bytes[offset...])) == checksum,
              let count = u64(), count <= UInt64(bytes.count - offset) / 48
        else { return nil }
        var entries: [String: Key] = [:]
        for _ in 0..<count {
            guard let length = u64(), length <= UInt64(bytes.count - offset), let path = take(Int(length)),
                  let size = u64(), let modified = u64(), let inode = u64(), let changed = u64(), let sum = u64()
            else { return nil }
            entries[String(decoding: path, as: UTF8.self)] = Key(
                file: FileIdentity(size: Int64(bitPattern: size), modified: Int64(bitPattern: modified), inode: inode, changed: Int64(bitPattern: changed)),
                checksum: sum)
        }
        guard offset == bytes.count else { return nil }
        return entries
    }
}
