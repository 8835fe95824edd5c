import Foundation

/// Every session in the sessions folder as a ``SessionSummary``, fast: summaries come from the
/// session index (`$MLSD_HOME/cache/session-index.bin`) for files unchanged since it was written, and
/// the rest are decoded in parallel and added to it. Files that cannot be read are reported as
/// warnings, never changed.
///
/// ```swift
/// let listing = SessionCatalog(dataHome: home).load()
/// for warning in listing.warnings { print(warning) }
/// let summary = try listing.resolve("last")
/// let session = try catalog.session(for: summary)
/// ```
public struct SessionCatalog: Sendable {
    public let store: SessionStore
    /// Where the index is kept; nil reads every file every time (and writes nothing but sessions).
    public let indexFile: URL?

    public init(store: SessionStore, indexFile: URL?) {
        self.store = store
        self.indexFile = indexFile
    }

    public init(dataHome: DataHome) {
        self.init(
            store: SessionStore(directory: dataHome.sessions),
            indexFile: dataHome.root.appendingPathComponent("cache", isDirectory: true).appendingPathComponent("session-index.bin"))
    }

    /// The readable sessions, newest first, and a warning naming each file that was skipped.
    /// - Parameter items: the form of the phases' item results the caller reads (see ``ItemResultsForm``).
    ///   Summaries decoded from changed files have their `matched` and `missed` whatever the form.
    public func load(items: ItemResultsForm = .listed) -> SessionListing {
        guard let files = SessionFileScan.files(in: store.directory) else { return SessionListing(summaries: [], warnings: []) }
        let previous = indexFile.flatMap { SessionIndexFile.read(from: $0, items: items) }
        var table = previous?.itemTable ?? ItemResults()
        var current: [SessionIndexFile.Entry] = []
        var numbers: [[UInt32]] = []
        current.reserveCapacity(files.count)
        numbers.reserveCapacity(files.count)
        var stale: [Int] = []
        for file in files {
            if let (entry, results) = previous?.entry(matching: file) {
                current.append(entry)
                numbers.append(results)
            } else {
                stale.append(current.count)
                current.append(SessionIndexFile.Entry(name: file.name, size: file.size, modified: file.modified))
                numbers.append([])
            }
        }
        let directory = store.directory
        let fresh = ParallelMap.map(stale.map { files[$0] }) { file in Self.entry(for: file, in: directory) }
        for (position, index) in stale.enumerated() {
            current[index] = fresh[position]
            if items == .numbered, let summary = fresh[position].summary { numbers[index] = table.results(of: summary) }
        }

        if let indexFile {
            Self.update(indexFile, previous: previous, current: current, changed: stale.map { current[$0] })
        }
        return listing(current, numbers: numbers, table: items == .numbered ? table : nil)
    }

    /// The listing of the current entries: summaries newest first with their item results, warnings
    /// for the rest.
    private func listing(_ current: [SessionIndexFile.Entry], numbers: [[UInt32]], table: ItemResults?) -> SessionListing {
        let directory = store.directory
        var summaries: [SessionSummary] = []
        var results: [[UInt32]] = []
        var warnings: [SessionStore.StoreError] = []
        summaries.reserveCapacity(current.count)
        for (entry, entryNumbers) in zip(current, numbers) {
            if let summary = entry.summary {
                // Checked here rather than when the entry is made, so entries from the index are checked too
                // (its checksum catches damage, not a forged index). The same rule as `SessionStore.checkID`,
                // without building a URL per session; that one only runs to word the warning.
                do {
                    if !(Identifier.isValid(summary.id) && Self.isFileName(entry.name, of: summary.id)) {
                        try SessionStore.checkID(of: summary.id, file: directory.appendingPathComponent(entry.name))
                    }
                    summaries.append(summary)
                    results.append(entryNumbers)
                } catch {
                    warnings.append(error)
                }
            } else {
                let path = directory.appendingPathComponent(entry.name).path
                if let version = entry.newerVersion {
                    warnings.append(.newerVersion(file: path, version: version))
                } else {
                    warnings.append(.unreadable(file: path, reason: entry.unreadable ?? "not a valid session"))
                }
            }
        }
        let order = summaries.indices.sorted { (summaries[$0].startedAt, summaries[$0].id) > (summaries[$1].startedAt, summaries[$1].id) }
        var listing = SessionListing(summaries: order.map { summaries[$0] }, warnings: warnings)
        if var table {
            for position in order { table.append(id: summaries[position].id, results: results[position]) }
            listing.itemResults = table
        }
        return listing
    }

    /// Whether `name` is "<id>.json", compared byte by byte (no string is built).
    static func isFileName(_ name: String, of id: String) -> Bool {
        var (name, id) = (name, id)
        return name.withUTF8 { nameBytes in
            id.withUTF8 { idBytes in
                nameBytes.count == idBytes.count + 5 && nameBytes.starts(with: idBytes) && nameBytes.suffix(5).elementsEqual(".json".utf8)
            }
        }
    }

    /// The whole session behind a summary.
    public func session(for summary: SessionSummary) throws -> Session {
        try store.load(fileAt: store.directory.appendingPathComponent(summary.file))
    }

    /// Deletes the session's file (the index notices on the next load).
    public func delete(_ summary: SessionSummary) throws {
        try FileManager.default.removeItem(at: store.directory.appendingPathComponent(summary.file))
    }

    /// Brings the index up to date with as little writing as it takes: nothing when no file changed,
    /// one appended block with the changed entries when a few did, and a whole new index when there
    /// was none or superseded entries (changed or deleted files) have piled up. A cache: if it cannot
    /// be written (a read-only home), the next run just reads the files again.
    ///
    /// Entries read without their item ids (`previous.hasItemStrings` false) are never written back as
    /// they are, which would drop the ids: a whole index is written from the index read again in full.
    static func update(_ url: URL, previous: SessionIndexFile?, current: [SessionIndexFile.Entry], changed: [SessionIndexFile.Entry]) {
        guard let previous else {
            try? SessionIndexFile(sessionSchema: Session.currentSchemaVersion, entries: current).write(to: url)
            return
        }
        // Records in the file that no current file uses, after appending the changed entries.
        let superseded = previous.recordCount + changed.count - current.count
        if superseded > max(compactionSlack, current.count / 4) {
            writeWhole(url, previous: previous, current: current)
        } else if !changed.isEmpty {
            do {
                try SessionIndexFile.append(changed, to: url)
            } catch {
                writeWhole(url, previous: previous, current: current)
            }
        }
    }

    /// Replaces the index with `current`. Entries that came from `previous` without their item ids
    /// are taken from the index read again in full (the same entries: `previous` was read from it).
    private static func writeWhole(_ url: URL, previous: SessionIndexFile, current: [SessionIndexFile.Entry]) {
        var entries = current
        if !previous.hasItemStrings {
            guard let full = SessionIndexFile.read(from: url) else { return }
            for position in entries.indices {
                if let stored = full.entry(named: entries[position].name), stored.withoutItemStrings == entries[position] {
                    entries[position] = stored
                }
            }
        }
        try? SessionIndexFile(sessionSchema: Session.currentSchemaVersion, entries: entries).write(to: url)
    }

    /// Superseded records tolerated before the index is rewritten, however few sessions there are.
    static let compactionSlack = 64

    private static func entry(for file: SessionFileScan.File, in directory: URL) -> SessionIndexFile.Entry {
        var entry = SessionIndexFile.Entry(
            name: file.name, size: file.size, modified: file.modified, inode: file.inode, changed: file.changed)
        let url = directory.appendingPathComponent(file.name)
        do {
            let data = try SessionStore.readFile(at: url)
            entry.summary = try SessionSummarySource.summary(of: data, file: url.path, name: file.name)
        } catch SessionStore.StoreError.newerVersion(_, let version) {
            entry.newerVersion = version
        } catch SessionStore.StoreError.unreadable(_, let reason) {
            entry.unreadable = reason
        } catch {
            entry.unreadable = "\(error)"
        }
        return entry
    }
}

/// The result of ``SessionCatalog/load()``.
public struct SessionListing: Sendable {
    /// Newest first.
    public var summaries: [SessionSummary]
    public var warnings: [SessionStore.StoreError]
    /// The summaries' item results by number, in the same order (only when loaded `.numbered`).
    public var itemResults: ItemResults?

    public init(summaries: [SessionSummary], warnings: [SessionStore.StoreError]) {
        self.summaries = summaries
        self.warnings = warnings
    }

    /// The session with this id, the only one whose id starts with it, or "last" for the newest.
    public func resolve(_ reference: String) throws -> SessionSummary {
        if reference.isEmpty { throw SessionStore.StoreError.notFound(reference) }
        if reference == "last" {
            guard let newest = summaries.first else { throw SessionStore.StoreError.notFound(reference) }
            return newest
        }
        if let exact = summaries.first(where: { $0.id == reference }) { return exact }
        let matches = summaries.filter { $0.id.hasPrefix(reference) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw SessionStore.StoreError.notFound(reference) }
        throw SessionStore.StoreError.ambiguous(reference, matches: matches.map(\.id))
    }
}
