import Foundation

/// The session index: one ``SessionSummary`` per session file, keyed by the file's name, size and
/// modification time. An entry is trusted only while all three still match the file, so the index is
/// never more than a cache: deleting it, or a file changing under it, just means re-reading files.
/// Files that were skipped (corrupted, newer schema) are remembered too, so they are not re-read on
/// every run — their warning is still shown every time.
///
/// The format is a small binary one rather than JSON because it is read by every `history`, `stats`
/// and `next`: 10,000 summaries decode in milliseconds. Strings are stored once in a table (prompt ids,
/// titles and rubric item ids repeat across thousands of sessions) and referred to by number. Any
/// damage — truncation, a wrong magic number, an index out of range — makes the reader return nil and
/// the index is rebuilt from the session files.
struct SessionIndexFile: Sendable {
    /// Bumped whenever the layout or ``SessionSummary`` changes; an index of another format is rebuilt.
    static let currentFormat: UInt32 = 2
    static let magic: [UInt8] = Array("MLSDIDX\n".utf8)

    var sessionSchema: Int
    var entries: [Entry]

    struct Entry: Sendable {
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
    }

    /// The index at `url`, or nil when it is missing, damaged, of another format or another schema
    /// (or not a regular file, or past the session file limit: then it is rebuilt from the sessions).
    static func read(from url: URL) -> SessionIndexFile? {
        guard let data = try? InputFile.read(url, limit: InputLimits.maximumSessionFileBytes, kind: "session files") else { return nil }
        return decode(data)
    }

    func write(to url: URL) throws {
        try AtomicFile.write(encode(), to: url)
    }

    // MARK: - Encoding

    func encode() -> Data {
        var strings = StringTable()
        var body = Writer()
        body.u32(UInt32(entries.count))
        for entry in entries {
            body.u32(strings.ref(entry.name))
            body.i64(entry.size)
            body.i64(entry.modified)
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
        var out = Writer()
        out.bytes.append(contentsOf: Self.magic)
        out.u32(Self.currentFormat)
        out.i64(Int64(sessionSchema))
        out.u32(UInt32(strings.list.count))
        for string in strings.list {
            let utf8 = Array(string.utf8)
            out.u32(UInt32(utf8.count))
            out.bytes.append(contentsOf: utf8)
        }
        out.bytes.append(contentsOf: body.bytes)
        return Data(out.bytes)
    }

    static func decode(_ data: Data) -> SessionIndexFile? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> SessionIndexFile? in
            var reader = Reader(buffer: buffer)
            guard let head = reader.take(magic.count), Array(head) == magic,
                  reader.u32() == currentFormat, let schema = reader.i64(), schema == Int64(Session.currentSchemaVersion),
                  let stringCount = reader.u32()
            else { return nil }
            var strings: [String] = []
            strings.reserveCapacity(Int(stringCount))
            for _ in 0..<stringCount {
                guard let length = reader.u32(), let bytes = reader.take(Int(length)) else { return nil }
                strings.append(String(decoding: bytes, as: UTF8.self))
            }
            func string(_ reader: inout Reader) -> String? {
                guard let ref = reader.u32(), Int(ref) < strings.count else { return nil }
                return strings[Int(ref)]
            }
            func phase(_ reader: inout Reader) -> Phase? {
                guard let raw = reader.u8(), Int(raw) < Phase.allCases.count else { return nil }
                return Phase.allCases[Int(raw)]
            }
            guard let entryCount = reader.u32() else { return nil }
            var entries: [Entry] = []
            entries.reserveCapacity(Int(entryCount))
            for _ in 0..<entryCount {
                guard let name = string(&reader), let size = reader.i64(), let modified = reader.i64(), let kind = reader.u8() else { return nil }
                var entry = Entry(name: name, size: size, modified: modified)
                switch kind {
                case 0:
                    guard let id = string(&reader), let promptID = string(&reader), let title = string(&reader),
                          let version = reader.i64(), let drill = reader.u8(), let started = reader.f64(), let finished = reader.f64(),
                          let active = reader.f64(), let overall = reader.i64(), let phaseCount = reader.u32(), phaseCount <= 64
                    else { return nil }
                    var phases: [PhaseSummary] = []
                    phases.reserveCapacity(Int(phaseCount))
                    for _ in 0..<phaseCount {
                        guard let key = phase(&reader), let score = reader.i64(), let budget = reader.i64(), let elapsed = reader.f64(),
                              let skipped = reader.u8(), let matchedCount = reader.u32(), matchedCount < 10_000
                        else { return nil }
                        var matched: [String] = []
                        matched.reserveCapacity(Int(matchedCount))
                        for _ in 0..<matchedCount {
                            guard let id = string(&reader) else { return nil }
                            matched.append(id)
                        }
                        guard let missedCount = reader.u32(), missedCount < 10_000 else { return nil }
                        var missed: [String] = []
                        missed.reserveCapacity(Int(missedCount))
                        for _ in 0..<missedCount {
                            guard let id = string(&reader) else { return nil }
                            missed.append(id)
                        }
                        phases.append(PhaseSummary(
                            phase: key, score: score == Int64(Int32.min) ? nil : Int(score), budgetSeconds: Int(budget),
                            elapsedSeconds: elapsed, skipped: skipped != 0, matched: matched, missed: missed))
                    }
                    entry.summary = SessionSummary(
                        file: name, id: id, promptID: promptID, promptTitle: title, promptVersion: Int(version),
                        drillPhase: drill == 255 ? nil : (Int(drill) < Phase.allCases.count ? Phase.allCases[Int(drill)] : nil),
                        startedAt: Date(timeIntervalSinceReferenceDate: started),
                        finishedAt: finished.isNaN ? nil : Date(timeIntervalSinceReferenceDate: finished),
                        activeSeconds: active, overall: overall == Int64(Int32.min) ? nil : Int(overall), phases: phases)
                case 1:
                    guard let version = reader.i64() else { return nil }
                    entry.newerVersion = Int(version)
                case 2:
                    guard let reason = string(&reader) else { return nil }
                    entry.unreadable = reason
                default:
                    return nil
                }
                entries.append(entry)
            }
            guard reader.isAtEnd else { return nil }
            return SessionIndexFile(sessionSchema: Int(schema), entries: entries)
        }
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
        mutating func f64(_ value: Double) { i64(Int64(bitPattern: value.bitPattern)) }
    }

    /// Reads what `Writer` wrote; every read returns nil past the end.
    private struct Reader {
        let buffer: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == buffer.count }

        mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
            guard count >= 0, offset + count <= buffer.count else { return nil }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + count)])
        }

        mutating func u8() -> UInt8? { take(1).map { $0[0] } }
        mutating func u32() -> UInt32? { take(4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) } }
        mutating func i64() -> Int64? { take(8).map { Int64(littleEndian: $0.loadUnaligned(as: Int64.self)) } }
        mutating func f64() -> Double? { i64().map { Double(bitPattern: UInt64(bitPattern: $0)) } }
    }
}
