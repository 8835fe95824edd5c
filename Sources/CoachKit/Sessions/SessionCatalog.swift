import Foundation

/// The one way to reach the sessions: lists them as ``SessionSummary``s, resolves what the user typed
/// (see ``SessionListing/resolve(_:)``), loads one whole session, claims one for an interview (its
/// lock) and deletes one.
///
/// Listing is fast: summaries come from the session index (`$MLSD_HOME/cache/session-index.bin`) for
/// files unchanged since it was written, and the rest are decoded in parallel and added to it. Files
/// that cannot be read are reported as warnings, never changed.
///
/// ```swift
/// let catalog = SessionCatalog(dataHome: home)
/// let listing = catalog.load()
/// for warning in listing.warnings { print(warning) }
/// let summary = try listing.resolve("last")
/// let lock = try catalog.claim(summary.id)   // nil when the folder cannot be locked at all
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
        // The scan (a `stat` per file) and reading the index are independent: on two cores, done at once.
        let (directory, indexFile) = (store.directory, indexFile)
        let (scanned, previous) = ParallelMap.both(
            background: { SessionFileScan.files(in: directory) },
            foreground: { indexFile.flatMap { SessionIndexFile.read(from: $0, items: items) } })
        guard let files = scanned else { return SessionListing(summaries: [], warnings: []) }
        var table = previous?.itemTable ?? ItemResults()
        var current: [SessionIndexFile.Entry] = []
        var numbers: [[UInt32]] = []
        var stale: [Int] = []
        // Where each file's current entry is in the index (nil: none); when that is every entry in its
        // own place (the usual case: nothing changed since the index was written whole), the index's
        // arrays are used as they are rather than copied entry by entry.
        let found = files.indices.map { previous?.position(matching: files[$0], expected: $0) }
        if let previous, files.count == previous.entries.count, found.indices.allSatisfy({ found[$0] == $0 }) {
            current = previous.entries
            numbers = previous.entryItemNumbers
        } else {
            current.reserveCapacity(files.count)
            numbers.reserveCapacity(files.count)
            for (file, position) in zip(files, found) {
                if let previous, let position {
                    current.append(previous.entries[position])
                    numbers.append(position < previous.itemNumbers.count ? previous.itemNumbers[position] : [])
                } else {
                    stale.append(current.count)
                    current.append(SessionIndexFile.Entry(name: file.name, size: file.identity.size, modified: file.identity.modified))
                    numbers.append([])
                }
            }
        }
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
        // The entries that are sessions (by position), then their summaries newest first: each summary
        // is copied once.
        var sessions: [Int] = []
        var warnings: [SessionStore.StoreError] = []
        sessions.reserveCapacity(current.count)
        for (position, entry) in current.enumerated() {
            if let summary = entry.summary {
                // Checked here rather than when the entry is made, so entries from the index are checked too
                // (its checksum catches damage, not a forged index). The same rule as `SessionStore.checkID`,
                // without building a URL per session; that one only runs to word the warning.
                do {
                    if !(Identifier.isValid(summary.id) && Self.isFileName(entry.name, of: summary.id)) {
                        try SessionStore.checkID(of: summary.id, file: directory.appendingPathComponent(entry.name))
                    }
                    sessions.append(position)
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
        // Newest first, by (start, id) descending; the ids only settle equal starts.
        let started = sessions.map { current[$0].summary?.startedAt ?? .distantPast }
        let order = sessions.indices.sorted { a, b in
            if started[a] != started[b] { return started[a] > started[b] }
            return (current[sessions[a]].summary?.id ?? "") > (current[sessions[b]].summary?.id ?? "")
        }
        let summaries = order.map { current[sessions[$0]].summary! }
        var listing = SessionListing(summaries: summaries, warnings: warnings)
        if var table {
            for (summary, position) in zip(summaries, order) { table.append(id: summary.id, results: numbers[sessions[position]]) }
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

    /// The ids of the session files, from their names alone (cheap enough for shell completion).
    public func sessionIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store.directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.filter(Identifier.isValid).sorted(by: >)
    }

    /// The whole session behind a summary, as its file is now.
    public func session(for summary: SessionSummary) throws -> Session {
        try store.load(fileAt: store.directory.appendingPathComponent(summary.file))
    }

    // MARK: - Claiming and deleting

    /// Why a session cannot be claimed for an interview or deleted; each says what to do.
    public enum ClaimError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Another running mlsd has the session open (`holder`: its process id, when known).
        case open(id: String, holder: Int32?)
        /// Something other than mlsd's lock file is where the lock goes (see ``FileLock/LockError/refused(path:reason:)``).
        case refused(FileLock.LockError)
        /// `history rm` of a session open in another mlsd.
        case openForDeletion(id: String, holder: Int32?)
        /// The file could not be removed.
        case cannotDelete(file: String, reason: String)

        public var description: String {
            switch self {
            case .open(let id, let holder):
                let who = holder.map { "another mlsd (process \($0))" } ?? "another mlsd"
                return "The session \(id) is open in \(who) right now. Continue it there, or leave it with /quit or Ctrl-C first; two interviews writing one session would overwrite each other's answers."
            case .refused(let error):
                return error.description
            case .openForDeletion(let id, let holder):
                return "Session \(id) is open in a running mlsd\(holder.map { " (process \($0))" } ?? ""); quit that interview first, then delete it."
            case .cannotDelete(let file, let reason):
                return "Cannot delete \(file): \(reason)"
            }
        }
    }

    /// Marks the session as open in this process until the lock is released or the process ends (a
    /// `flock` on a hidden lock file, never followed through a link; see ``FileLock``). Throws
    /// ``ClaimError/open(id:holder:)`` when another running mlsd has it open: two processes saving one
    /// session would each overwrite the other's answers; ``ClaimError/refused(_:)`` when something was
    /// planted where the lock goes (never worked around). When the folder cannot be locked at all
    /// (read-only), returns nil: the interview goes on unlocked, and its saves fail and say so.
    public func claim(_ id: String) throws -> FileLock? {
        do {
            return try store.lock(id)
        } catch FileLock.LockError.busy(_, let holder) {
            throw ClaimError.open(id: id, holder: holder)
        } catch let error as FileLock.LockError {
            if case .refused = error { throw ClaimError.refused(error) }
            return nil
        }
    }

    /// A session claimed by ``claimNewestUnfinished(in:)``.
    public struct Claim {
        public var summary: SessionSummary
        /// nil when the folder cannot be locked (see ``SessionCatalog/claim(_:)``).
        public var lock: FileLock?
        /// Newer unfinished sessions passed over because another mlsd has them open.
        public var passedOver: [SessionSummary]
    }

    /// The newest unfinished session of `listing` that no other running mlsd has open, claimed; nil when
    /// none is unfinished. When every unfinished one is open elsewhere, throws the newest one's
    /// ``ClaimError``.
    public func claimNewestUnfinished(in listing: SessionListing) throws -> Claim? {
        var passedOver: [SessionSummary] = []
        var firstError: Error?
        for candidate in listing.summaries where !candidate.isFinished {
            do {
                return Claim(summary: candidate, lock: try claim(candidate.id), passedOver: passedOver)
            } catch {
                passedOver.append(candidate)
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        return nil
    }

    /// A new session id from `base` (`base`, `base-2`, …) that no file or running mlsd uses, locked for
    /// this process, so a second interview started in the same second gets "<id>-2" instead of
    /// overwriting this one's file. When the folder cannot be written, nothing can be overwritten
    /// either: the first free id, unlocked (the interview's first save says why it failed).
    public func claimNewID(for base: String) -> (id: String, lock: FileLock?) {
        if let claimed = try? store.claimID(for: base) { return claimed }
        return (store.availableID(for: base), nil)
    }

    /// Deletes the session's file (the index notices on the next load), holding its lock meanwhile so
    /// an interview cannot resume (and re-save) it. Throws ``ClaimError/openForDeletion(id:holder:)``
    /// when another running mlsd has it open, ``ClaimError/cannotDelete(file:reason:)`` otherwise.
    public func delete(_ summary: SessionSummary) throws {
        let lock: FileLock?
        do {
            lock = try store.lock(summary.id)
        } catch FileLock.LockError.busy(_, let holder) {
            throw ClaimError.openForDeletion(id: summary.id, holder: holder)
        } catch {
            lock = nil  // an unwritable folder: the deletion below reports it
        }
        defer { lock?.release() }
        do {
            try FileManager.default.removeItem(at: store.directory.appendingPathComponent(summary.file))
        } catch {
            throw ClaimError.cannotDelete(file: summary.file, reason: (error as NSError).localizedDescription)
        }
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
            name: file.name, size: file.identity.size, modified: file.identity.modified, inode: file.identity.inode,
            changed: file.identity.changed)
        let url = directory.appendingPathComponent(file.name)
        do {
            let data = try SessionStore.readFile(at: url)
            entry.summary = try SessionSummary(sessionFile: data, file: url.path, name: file.name)
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
