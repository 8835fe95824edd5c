import Foundation

/// The sessions folder: one JSON file per session, written atomically. A corrupted file or one
/// from a newer schema version is skipped with a warning and never overwritten.
public struct SessionStore: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound(String)
        case ambiguous(String, matches: [String])
        case unreadable(file: String, reason: String)
        case newerVersion(file: String, version: Int)

        public var description: String {
            switch self {
            case .notFound(let id):
                "No session matches '\(id)'. See 'mlsd history' for the ids."
            case .ambiguous(let id, let matches):
                "'\(id)' matches \(matches.count) sessions (\(matches.prefix(4).joined(separator: ", "))\(matches.count > 4 ? ", …" : "")); type more of the id."
            case .unreadable(let file, let reason):
                "\(file) is not a readable session file (\(reason)); it was skipped and left as it is."
            case .newerVersion(let file, let version):
                "\(file) was written by a newer mlsd (session schema \(version)); it was skipped and left as it is. Update mlsd to read it."
            }
        }
    }

    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    public func url(for id: String) -> URL { directory.appendingPathComponent("\(id).json") }

    /// `base`, or `base-2`, `base-3`, … when a session file with that id already exists (two
    /// interviews on one prompt started within the same second must not overwrite each other).
    public func availableID(for base: String) -> String {
        var candidate = base
        var number = 2
        while FileManager.default.fileExists(atPath: url(for: candidate).path) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    /// The lock file that marks a session as open in a running mlsd (hidden, so listings skip it).
    public func lockURL(for id: String) -> URL { directory.appendingPathComponent(".\(id).lock") }

    /// Marks the session as open in this process until the lock is released or the process ends.
    /// Throws ``FileLock/LockError/busy(path:holder:)`` when another running mlsd has it open, and
    /// ``FileLock/LockError/unavailable(path:reason:)`` when the sessions folder cannot be written.
    public func lock(_ id: String) throws -> FileLock {
        try FileLock.acquire(at: lockURL(for: id))
    }

    /// Like ``availableID(for:)``, but race-free: the id returned is locked for this process and has no
    /// file, so two interviews started in the same second by two processes get different ids.
    /// Throws ``FileLock/LockError/unavailable(path:reason:)`` when nothing can be locked (the folder
    /// cannot be written); the caller can then fall back to ``availableID(for:)``.
    public func claimID(for base: String) throws -> (id: String, lock: FileLock) {
        var number = 1
        while true {
            let candidate = number == 1 ? base : "\(base)-\(number)"
            number += 1
            let lock: FileLock
            do {
                lock = try self.lock(candidate)
            } catch FileLock.LockError.busy {
                continue
            }
            // Checked under the lock: a process that saved this id and ended has left its file behind.
            if FileManager.default.fileExists(atPath: url(for: candidate).path) {
                lock.release()
                continue
            }
            return (candidate, lock)
        }
    }

    /// The newest session that can still be resumed.
    public func latestUnfinished(in sessions: [Session]) -> Session? {
        sessions.first { !$0.isFinished }
    }

    /// Atomically writes the session, refusing to replace a file written by a newer mlsd.
    public func save(_ session: Session) throws {
        let url = url(for: session.id)
        if let data = try? BoundedFileReader.read(url, limit: InputLimits.maximumSessionFileBytes),
            let version = Self.schemaVersion(of: data), version > Session.currentSchemaVersion
        {
            throw StoreError.newerVersion(file: url.path, version: version)
        }
        try AtomicFile.write(try Self.encoder().encode(session), to: url)
    }

    /// Decodes one session file.
    public func load(fileAt url: URL) throws -> Session {
        try Self.decode(try Self.readFile(at: url), file: url.path)
    }

    /// A session file's bytes, refused past ``InputLimits/maximumSessionFileBytes``.
    static func readFile(at url: URL) throws(StoreError) -> Data {
        do {
            return try BoundedFileReader.read(url, limit: InputLimits.maximumSessionFileBytes)
        } catch .tooLarge {
            throw StoreError.unreadable(file: url.path, reason: BoundedFileReader.ReadError.tooLarge(
                limit: InputLimits.maximumSessionFileBytes).reason(kind: "session files"))
        } catch {
            throw StoreError.unreadable(file: url.path, reason: "cannot read it")
        }
    }

    public static func decode(_ data: Data, file: String) throws -> Session {
        try checkNesting(data, file: file)
        if let version = schemaVersion(of: data), version > Session.currentSchemaVersion {
            throw StoreError.newerVersion(file: file, version: version)
        }
        let session: Session
        do {
            session = try decoder().decode(Session.self, from: data)
        } catch {
            throw StoreError.unreadable(file: file, reason: "not a valid session")
        }
        if let problem = SessionRangeCheck.problem(in: session) {
            throw StoreError.unreadable(file: file, reason: problem)
        }
        return session
    }

    /// Refuses a document nested too deeply before any Foundation decoder sees it.
    static func checkNesting(_ data: Data, file: String) throws(StoreError) {
        if let position = JSONNestingCheck.firstTooDeep(in: data) {
            throw StoreError.unreadable(file: file, reason: JSONNestingCheck.message(at: position))
        }
    }

    /// Every readable session, newest first, and a warning for each file that was skipped.
    public func loadAll() -> (sessions: [Session], warnings: [StoreError]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return ([], []) }
        var sessions: [Session] = []
        var warnings: [StoreError] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            do {
                sessions.append(try load(fileAt: directory.appendingPathComponent(name)))
            } catch let error as StoreError {
                warnings.append(error)
            } catch {
                warnings.append(.unreadable(file: name, reason: "\(error)"))
            }
        }
        sessions.sort { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }
        return (sessions, warnings)
    }

    /// The session with this id, a unique prefix of one, or "last" for the newest.
    public func resolve(_ reference: String, in sessions: [Session]) throws -> Session {
        if reference == "last" {
            guard let newest = sessions.first else { throw StoreError.notFound(reference) }
            return newest
        }
        if let exact = sessions.first(where: { $0.id == reference }) { return exact }
        let matches = sessions.filter { $0.id.hasPrefix(reference) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw StoreError.notFound(reference) }
        throw StoreError.ambiguous(reference, matches: matches.map(\.id))
    }

    public func delete(_ session: Session) throws {
        try FileManager.default.removeItem(at: url(for: session.id))
    }

    /// The schemaVersion field, read without decoding the whole file.
    static func schemaVersion(of data: Data) -> Int? {
        struct Header: Decodable { var schemaVersion: Int }
        return try? JSONDecoder().decode(Header.self, from: data).schemaVersion
    }
}

extension SessionStore {
    /// The ids of the session files, from their names alone (cheap enough for shell completion).
    public func sessionIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted(by: >)
    }
}
