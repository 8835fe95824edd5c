import Foundation

extension SessionIndexFile {
    /// Reads one block's payload (its checksum already checked) into entries — or nil if it does not
    /// parse: every count is checked against the bytes left before anything is allocated, every string
    /// reference against the string table. With item results, it also numbers each scored phase's
    /// items in `table` (see ``ItemResults``), from the references it reads: a (case study, phase,
    /// item) is looked up by its strings once per block, then by its references in a table per case
    /// study (phase × item reference → number), so a result costs an array read.
    struct BlockDecoder {
        var reader: Reader
        let items: ItemResultsForm
        var strings: [String] = []
        /// Per case study reference, its table: item number + 1 (0: not numbered yet) at
        /// phase × string count + item reference.
        var promptTables: [UInt32: Int] = [:]
        var tables: [[UInt32]] = []
        /// Past this many table cells (a forged index naming thousands of case studies), items are
        /// numbered through `numbers` instead, so memory stays bounded.
        static let maximumTableCells = 1 << 22
        var numbers: [UInt64: UInt32] = [:]

        static func decode(_ payload: UnsafeRawBufferPointer, items: ItemResultsForm, table: inout ItemResults) -> (entries: [Entry], numbers: [[UInt32]])? {
            var decoder = BlockDecoder(reader: Reader(buffer: payload), items: items)
            guard decoder.readStrings(), let entryCount = decoder.reader.u32(),
                  Int(entryCount) <= decoder.reader.remaining / minimumEntrySize
            else { return nil }
            var entries: [Entry] = []
            var numbers: [[UInt32]] = []
            entries.reserveCapacity(Int(entryCount))
            numbers.reserveCapacity(Int(entryCount))
            for _ in 0..<entryCount {
                guard let (entry, results) = decoder.entry(table: &table) else { return nil }
                entries.append(entry)
                numbers.append(results)
            }
            guard decoder.reader.isAtEnd else { return nil }
            return (entries, numbers)
        }

        private init(reader: Reader, items: ItemResultsForm) {
            self.reader = reader
            self.items = items
        }

        /// The string table. Each string takes at least its 4-byte length: a count beyond that is damage.
        private mutating func readStrings() -> Bool {
            guard let count = reader.u32(), Int(count) <= reader.remaining / 4 else { return false }
            strings.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let length = reader.u32(), let bytes = reader.take(Int(length)) else { return false }
                strings.append(String(decoding: bytes, as: UTF8.self))
            }
            return true
        }

        private mutating func reference() -> UInt32? {
            guard let ref = reader.u32(), Int(ref) < strings.count else { return nil }
            return ref
        }

        private mutating func string() -> String? { reference().map { strings[Int($0)] } }

        private mutating func phase() -> Phase? {
            guard let raw = reader.u8(), Int(raw) < allPhases.count else { return nil }
            return allPhases[Int(raw)]
        }

        /// A list of item references, checked, as the bytes that hold them (read with ``refs(_:)``): no
        /// array per list, of which there are over a hundred thousand in 10,000 sessions.
        private mutating func references() -> UnsafeRawBufferPointer? {
            guard let count = reader.u32(), Int(count) <= reader.remaining / 4, let bytes = reader.take(Int(count) * 4) else { return nil }
            for offset in stride(from: 0, to: bytes.count, by: 4) {
                guard Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) < strings.count else { return nil }
            }
            return bytes
        }

        /// The references of a list read by ``references()``.
        private func refs(_ bytes: UnsafeRawBufferPointer) -> some Sequence<UInt32> {
            stride(from: 0, to: bytes.count, by: 4).lazy.map { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: $0, as: UInt32.self)) }
        }

        /// One entry: a file's keys, then a summary, a newer version or the reason it is unreadable.
        private mutating func entry(table: inout ItemResults) -> (Entry, [UInt32])? {
            guard let name = string(), let size = reader.i64(), let modified = reader.i64(), let inode = reader.u64(),
                  let changed = reader.i64(), let kind = reader.u8()
            else { return nil }
            var entry = Entry(name: name, size: size, modified: modified, inode: inode, changed: changed)
            var numbers: [UInt32] = []
            switch kind {
            case 0:
                guard let (summary, results) = summary(file: name, table: &table) else { return nil }
                entry.summary = summary
                numbers = results
            case 1:
                guard let version = reader.i64(), let newer = Int(exactly: version) else { return nil }
                entry.newerVersion = newer
            case 2:
                guard let reason = string() else { return nil }
                entry.unreadable = reason
            default:
                return nil
            }
            return (entry, numbers)
        }

        private mutating func summary(file: String, table: inout ItemResults) -> (SessionSummary, [UInt32])? {
            guard let id = string(), let promptRef = reference(), let title = string(),
                  let version = reader.i64(), let drill = reader.u8(), let started = reader.f64(), let finished = reader.f64(),
                  let active = reader.f64(), let overall = reader.i64(), let phaseCount = reader.u32(),
                  phaseCount <= UInt32(allPhases.count),
                  let promptVersion = Int(exactly: version), let overallScore = Int(exactly: overall)
            else { return nil }
            var phases: [PhaseSummary] = []
            var numbers: [UInt32] = []
            let promptTable = items == .numbered ? promptTable(promptRef) : nil
            phases.reserveCapacity(Int(phaseCount))
            for _ in 0..<phaseCount {
                guard let key = phase(), let score = reader.i64(), let budget = reader.i64(), let elapsed = reader.f64(),
                      let skipped = reader.u8(), let matched = references(), let missed = references(),
                      let phaseScore = Int(exactly: score), let budgetSeconds = Int(exactly: budget)
                else { return nil }
                let scored = score != Int64(Int32.min)
                if items == .numbered && scored {
                    for ref in refs(matched) { numbers.append(number(ref, prompt: promptRef, promptTable: promptTable, phase: key, table: &table) << 1 | 1) }
                    for ref in refs(missed) { numbers.append(number(ref, prompt: promptRef, promptTable: promptTable, phase: key, table: &table) << 1) }
                }
                phases.append(PhaseSummary(
                    phase: key, score: scored ? phaseScore : nil, budgetSeconds: budgetSeconds, elapsedSeconds: elapsed,
                    skipped: skipped != 0, matched: ids(matched), missed: ids(missed)))
            }
            let summary = SessionSummary(
                file: file, id: id, promptID: strings[Int(promptRef)], promptTitle: title, promptVersion: promptVersion,
                drillPhase: drill == 255 ? nil : (Int(drill) < allPhases.count ? allPhases[Int(drill)] : nil),
                startedAt: Date(timeIntervalSinceReferenceDate: started),
                finishedAt: finished.isNaN ? nil : Date(timeIntervalSinceReferenceDate: finished),
                activeSeconds: active, overall: overall == Int64(Int32.min) ? nil : overallScore, phases: phases)
            return (summary, numbers)
        }

        /// The ids of item references when they are `.listed` (none otherwise).
        private func ids(_ references: UnsafeRawBufferPointer) -> [String] {
            items == .listed ? refs(references).map { strings[Int($0)] } : []
        }

        /// The number of item `ref` of case study `prompt`'s `phase`.
        /// `promptTable` is the case study's table (``promptTable(_:)``, looked up once per session).
        private mutating func number(_ ref: UInt32, prompt: UInt32, promptTable: Int?, phase: Phase, table: inout ItemResults) -> UInt32 {
            guard let promptTable else {
                let key = UInt64(prompt) << 35 | UInt64(ProgressStats.slot(phase)) << 32 | UInt64(ref)
                if let number = numbers[key] { return number }
                let number = table.number(item(ref, prompt: prompt, phase: phase))
                numbers[key] = number
                return number
            }
            let cell = ProgressStats.slot(phase) * strings.count + Int(ref)
            if tables[promptTable][cell] > 0 { return tables[promptTable][cell] - 1 }
            let number = table.number(item(ref, prompt: prompt, phase: phase))
            tables[promptTable][cell] = number + 1
            return number
        }

        private func item(_ ref: UInt32, prompt: UInt32, phase: Phase) -> ItemResults.Item {
            ItemResults.Item(promptID: strings[Int(prompt)], phase: phase, itemID: strings[Int(ref)])
        }

        /// The table of a case study reference, made on first use; nil past ``maximumTableCells``.
        private mutating func promptTable(_ prompt: UInt32) -> Int? {
            if let index = promptTables[prompt] { return index }
            let cells = Phase.allCases.count * strings.count
            guard (tables.count + 1) * cells <= Self.maximumTableCells else { return nil }
            tables.append(Array(repeating: 0, count: cells))
            promptTables[prompt] = tables.count - 1
            return tables.count - 1
        }
    }
}
