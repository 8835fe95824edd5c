import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The session index: one ``SessionSummary`` per session file, keyed by the file's name, size,
/// modification time, inode and status-change time. An entry is trusted only while all five still
/// match the file, so the index is never more than a cache: deleting it, or a file changing under it,
/// just means re-reading files. The inode and ctime catch a file restored with its old size and
/// modification time (`cp -p`, `rsync -t`, `tar`): restoring makes a new inode or sets the ctime.
/// Files that were skipped (corrupted, newer schema) are remembered too, so they are not re-read on
/// every run — their warning is still shown every time.
///
/// The format is a small binary one rather than JSON because it is read by every `history`, `stats`
/// and `next`: 10,000 summaries decode in milliseconds. After a header (magic, format version, session
/// schema) come blocks, each its length, a checksum of its bytes and then its own string table and
/// entries (prompt ids, titles and rubric item ids repeat across thousands of sessions, so strings are
/// stored once per block and referred to by number). The first block is written with the whole index;
/// when a few sessions change, a block holding just their entries is appended, and a later entry for a
/// name replaces an earlier one — so saving one session writes a few hundred bytes, not megabytes. The
/// index is rewritten whole (atomically) when superseded entries pile up.
///
/// Any doubt — truncation, a wrong magic number or version, a checksum mismatch, a count larger than
/// the bytes that are left, an index out of range — makes the reader return nil, and the index is
/// rebuilt from the session files. Counts are checked against the bytes left before anything is
/// allocated, so a damaged count cannot ask for gigabytes.
public struct SessionIndexFile: Sendable {
    /// Bumped whenever the layout or ``SessionSummary`` changes; an index of another format is rebuilt.
    static let currentFormat: UInt32 = 3
    static let magic: [UInt8] = Array("MLSDIDX\n".utf8)
    /// Magic, format, session schema.
    static let headerSize = 8 + 4 + 8
    /// Length and checksum in front of each block.
    static let blockHeaderSize = 8 + 8
    /// The phases in order, looked up by number for every phase record read.
    static let allPhases = Phase.allCases
    /// The fewest bytes one entry takes: name, size, modified, inode, changed, kind.
    static let minimumEntrySize = 4 + 8 + 8 + 8 + 8 + 1

    var sessionSchema: Int
    /// One per file name, in order of first appearance; a later block's entry replaces an earlier one.
    var entries: [Entry]
    /// Every entry read, superseded ones included: how much an appended index has grown.
    var recordCount: Int
    /// False when decoded without the phases' item ids (see ``read(from:items:)``): then the entries
    /// must not be written back as a whole index.
    private(set) var hasItemStrings = true
    /// Each entry's item results by number (see ``ItemResults``), numbered in `itemTable` (filled by
    /// `decode` when reading them `.numbered`; empty lists otherwise).
    private(set) var itemNumbers: [[UInt32]] = []
    private(set) var itemTable = ItemResults()
    /// Where each file name's entry is in `entries` (filled by `decode`).
    private(set) var positions: [String: Int] = [:]

    init(sessionSchema: Int, entries: [Entry]) {
        self.sessionSchema = sessionSchema
        self.entries = entries
        self.recordCount = entries.count
    }

    /// The entry for a file name, whatever the file is now.
    func entry(named name: String) -> Entry? {
        positions[name].map { entries[$0] }
    }

    /// The entry for a file name, if it is still current for `file`, and its item results by number.
    func entry(matching file: SessionFileScan.File) -> (entry: Entry, numbers: [UInt32])? {
        guard let position = position(matching: file, expected: nil) else { return nil }
        return (entries[position], position < itemNumbers.count ? itemNumbers[position] : [])
    }

    /// Where the entry for a file name is, if it is still current for `file`. `expected` is tried
    /// first (an index written whole lists the files in the scan's order), without hashing the name.
    func position(matching file: SessionFileScan.File, expected: Int?) -> Int? {
        if let expected, expected < entries.count, entries[expected].name == file.name {
            return entries[expected].matches(file) ? expected : nil
        }
        guard let position = positions[file.name], entries[position].matches(file) else { return nil }
        return position
    }

    /// Each entry's item results by number (as read `.numbered`), in the order of ``entries``; empty
    /// lists otherwise.
    var entryItemNumbers: [[UInt32]] {
        itemNumbers.count == entries.count ? itemNumbers : Array(repeating: [], count: entries.count)
    }

    /// The number of sessions (and skipped files) the index knows about.
    public var entryCount: Int { entries.count }

    struct Entry: Sendable, Equatable {
        var name: String
        var size: Int64
        var modified: Int64
        var inode: UInt64 = 0
        /// Status-change time (ctime), nanoseconds since 1970.
        var changed: Int64 = 0
        var summary: SessionSummary?
        /// Set when the file was written by a newer mlsd.
        var newerVersion: Int?
        /// Set when the file could not be decoded.
        var unreadable: String?

        /// The entry with its phases' item ids left out, as read `.omitted` or `.numbered`.
        var withoutItemStrings: Entry {
            var copy = self
            if let phases = copy.summary?.phases {
                copy.summary?.phases = phases.map { phase in
                    var phase = phase
                    phase.matched = []
                    phase.missed = []
                    return phase
                }
            }
            return copy
        }

        /// The version of the file this entry describes.
        var identity: FileIdentity { FileIdentity(size: size, modified: modified, inode: inode, changed: changed) }

        func matches(_ file: SessionFileScan.File) -> Bool {
            name == file.name && identity == file.identity
        }
    }

    /// The index at `url`, or nil when it is missing, damaged, of another format or another schema
    /// (or not a regular file, or past the session file limit: then it is rebuilt from the sessions).
    /// - Parameter items: the form of the item results (see ``ItemResultsForm``). Whatever the form,
    ///   every item reference is parsed and checked, so the same indexes are accepted and refused.
    static func read(from url: URL, items: ItemResultsForm = .listed) -> SessionIndexFile? {
        guard let data = try? InputFile.read(url, limit: InputLimits.maximumSessionFileBytes, kind: "session files") else { return nil }
        return decode(data, items: items)
    }

    /// Replaces the file at `url` with the whole index, atomically.
    func write(to url: URL) throws {
        try AtomicFile.write(encode(), to: url)
    }

    /// Appends one block holding `entries` to the index at `url`, which must be an index of this format
    /// (the caller just read it). One `write` with `O_APPEND`, then `fsync`: a crash leaves either the
    /// old index or one whose last block fails its checksum, which the reader treats as damage.
    static func append(_ entries: [Entry], to url: URL) throws {
        let block = encodeBlock(entries)
        let fd = open(url.path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw AtomicFile.WriteError.cannotWrite(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let written = block.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == block.count, fsync(fd) == 0 else {
            throw AtomicFile.WriteError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
    }

    // MARK: - Encoding

    /// The whole index: the header and one block.
    public func encode() -> Data {
        var out = Writer()
        out.bytes.append(contentsOf: Self.magic)
        out.u32(Self.currentFormat)
        out.i64(Int64(sessionSchema))
        out.bytes.append(contentsOf: Self.encodeBlock(entries))
        return Data(out.bytes)
    }

    /// A block: its length, its checksum, then its string table and entries.
    static func encodeBlock(_ entries: [Entry]) -> [UInt8] {
        var strings = StringTable()
        var body = Writer()
        body.u32(UInt32(entries.count))
        for entry in entries {
            body.u32(strings.ref(entry.name))
            body.i64(entry.size)
            body.i64(entry.modified)
            body.u64(entry.inode)
            body.i64(entry.changed)
            if let summary = entry.summary {
                body.u8(0)
                body.u32(strings.ref(summary.id))
                body.u32(strings.ref(summary.promptID))
                body.u32(strings.ref(summary.promptTitle))
                body.i64(Int64(summary.promptVersion))
                body.u8(summary.drillPhase.map { UInt8($0.position - 1) } ?? 255)
                body.f64(summary.startedAt.timeIntervalSinceReferenceDate)
                body.f64(summary.finishedAt?.timeIntervalSinceReferenceDate ?? .nan)
                body.f64(summary.activeSeconds)
                body.i64(Int64(summary.overall ?? Int(Int32.min)))
                body.u32(UInt32(summary.phases.count))
                for phase in summary.phases {
                    body.u8(UInt8(phase.phase.position - 1))
                    body.i64(Int64(phase.score ?? Int(Int32.min)))
                    body.i64(Int64(phase.budgetSeconds))
                    body.f64(phase.elapsedSeconds)
                    body.u8(phase.skipped ? 1 : 0)
                    body.u32(UInt32(phase.matched.count))
                    for id in phase.matched { body.u32(strings.ref(id)) }
                    body.u32(UInt32(phase.missed.count))
                    for id in phase.missed { body.u32(strings.ref(id)) }
                }
            } else if let version = entry.newerVersion {
                body.u8(1)
                body.i64(Int64(version))
            } else {
                body.u8(2)
                body.u32(strings.ref(entry.unreadable ?? "not a valid session"))
            }
        }
        var payload = Writer()
        payload.u32(UInt32(strings.list.count))
        for string in strings.list {
            let utf8 = Array(string.utf8)
            payload.u32(UInt32(utf8.count))
            payload.bytes.append(contentsOf: utf8)
        }
        payload.bytes.append(contentsOf: body.bytes)
        var out = Writer()
        out.u64(UInt64(payload.bytes.count))
        out.u64(Checksum64.of(payload.bytes))
        out.bytes.append(contentsOf: payload.bytes)
        return out.bytes
    }

    /// The index in `data`, or nil at the first sign of damage.
    public static func decode(_ data: Data, items: ItemResultsForm = .listed) -> SessionIndexFile? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> SessionIndexFile? in
            var reader = Reader(buffer: buffer)
            guard let head = reader.take(magic.count), head.elementsEqual(magic),
                  reader.u32() == currentFormat, let schema = reader.i64(), schema == Int64(Session.currentSchemaVersion)
            else { return nil }
            var entries: [Entry] = []
            var numbers: [[UInt32]] = []
            var table = ItemResults()
            var positions: [String: Int] = [:]
            var records = 0
            // At least one block: an index with none was cut short.
            repeat {
                guard let length = reader.u64(), let checksum = reader.u64(), length <= UInt64(reader.remaining),
                      let payload = reader.take(Int(length)), Checksum64.of(payload) == checksum,
                      let block = BlockDecoder.decode(payload, items: items, table: &table)
                else { return nil }
                records += block.entries.count
                // The first block (usually the only one) is taken as it is, unless it names a file twice.
                if entries.isEmpty, let unique = uniquePositions(of: block.entries) {
                    (entries, numbers, positions) = (block.entries, block.numbers, unique)
                    continue
                }
                for (entry, results) in zip(block.entries, block.numbers) {
                    if let position = positions[entry.name] {
                        entries[position] = entry
                        numbers[position] = results
                    } else {
                        positions[entry.name] = entries.count
                        entries.append(entry)
                        numbers.append(results)
                    }
                }
            } while !reader.isAtEnd
            var index = SessionIndexFile(sessionSchema: Int(schema), entries: entries)
            index.recordCount = records
            index.hasItemStrings = items == .listed
            index.positions = positions
            index.itemNumbers = numbers
            index.itemTable = table
            return index
        }
    }

    /// Where each entry's name is, or nil when a name appears twice.
    private static func uniquePositions(of entries: [Entry]) -> [String: Int]? {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() {
            guard positions.updateValue(position, forKey: entry.name) == nil else { return nil }
        }
        return positions
    }

    /// Strings numbered in order of first use.
    private struct StringTable {
        var list: [String] = []
        var numbers: [String: UInt32] = [:]

        mutating func ref(_ string: String) -> UInt32 {
            if let number = numbers[string] { return number }
            let number = UInt32(list.count)
            list.append(string)
            numbers[string] = number
            return number
        }
    }

    /// Little-endian fixed-width values.
    private struct Writer {
        var bytes: [UInt8] = []
        mutating func u8(_ value: UInt8) { bytes.append(value) }
        mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func i64(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func f64(_ value: Double) { i64(Int64(bitPattern: value.bitPattern)) }
    }

    /// Reads what `Writer` wrote; every read returns nil past the end.
    struct Reader {
        let buffer: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == buffer.count }
        var remaining: Int { buffer.count - offset }

        mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
            guard count >= 0, offset + count <= buffer.count else { return nil }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + count)])
        }

        mutating func u8() -> UInt8? { take(1).map { $0[0] } }
        mutating func u32() -> UInt32? { take(4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) } }
        mutating func i64() -> Int64? { take(8).map { Int64(littleEndian: $0.loadUnaligned(as: Int64.self)) } }
        mutating func u64() -> UInt64? { take(8).map { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) } }
        mutating func f64() -> Double? { i64().map { Double(bitPattern: UInt64(bitPattern: $0)) } }
    }
}
