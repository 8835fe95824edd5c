import Foundation

/// The sessions folder's files: one JSON file per session, written atomically, and the lock files
/// that mark a session as open. A corrupted file or one from a newer schema version is refused and
/// never overwritten. The file layer under ``SessionCatalog``, which is how sessions are listed,
/// resolved, claimed and loaded; ``SessionSaver`` writes through it.
public struct SessionStore: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound(String)
        case ambiguous(String, matches: [String])
        case unreadable(file: String, reason: String)
        case newerVersion(file: String, version: Int)
        /// The file's id breaks ``Identifier``'s rule (it could name a path outside the folder).
        case invalidID(file: String, id: String)
        /// The file's id is valid but is not its file name: saving it would write a second file.
        case misnamed(file: String, id: String)

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
            case .invalidID(let file, let id):
                "\(file) has the session id \"\(SafeText.clean(id, singleLine: true))\", which is not valid (ids use \(Identifier.rule)); it was skipped and left as it is."
            case .misnamed(let file, let id):
                "\(file) holds the session \(id), but a session file is named after its id; it was skipped and left as it is. Rename it to \(id).json (or remove the copy)."
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

    /// Callers pass validated ids only: ids come from files checked by ``checkID(of:file:)`` or are
    /// made by ``Session/makeID(promptID:startedAt:)`` from a validated prompt id; ``save(_:)`` and
    /// ``lock(_:)`` check again before writing.
    public func url(for id: String) -> URL { directory.appendingPathComponent("\(id).json") }

    /// Refuses a session whose id breaks the rule or differs from its file's name. The file name is
    /// what `resume` saves to, so a mismatched copy would turn into a second file on its first save.
    public static func checkID(of id: String, file: URL) throws(StoreError) {
        guard Identifier.isValid(id) else { throw .invalidID(file: file.path, id: id) }
        guard file.lastPathComponent == "\(id).json" else { throw .misnamed(file: file.path, id: id) }
    }

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
        guard Identifier.isValid(id) else { throw StoreError.invalidID(file: lockURL(for: id).path, id: id) }
        return try FileLock.acquire(at: lockURL(for: id))
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

    /// Atomically writes the session, refusing to replace a file written by a newer mlsd.
    public func save(_ session: Session) throws {
        guard Identifier.isValid(session.id) else { throw StoreError.invalidID(file: directory.path, id: session.id) }
        let url = url(for: session.id)
        if let data = try? Self.readFile(at: url),
            let version = Self.schemaVersion(of: data), version > Session.currentSchemaVersion
        {
            throw StoreError.newerVersion(file: url.path, version: version)
        }
        try AtomicFile.write(try Self.encoder().encode(session), to: url)
    }

    /// Decodes one session file; throws ``StoreError`` when it cannot be used, its id included.
    public func load(fileAt url: URL) throws -> Session {
        let session = try Self.decode(try Self.readFile(at: url), file: url.path)
        try Self.checkID(of: session.id, file: url)
        return session
    }

    /// A session file's bytes: a regular file only, refused past ``InputLimits/maximumSessionFileBytes``.
    static func readFile(at url: URL) throws(StoreError) -> Data {
        do {
            return try InputFile.read(url, limit: InputLimits.maximumSessionFileBytes, kind: "session files")
        } catch {
            throw StoreError.unreadable(file: url.path, reason: error.reason)
        }
    }

    public static func decode(_ data: Data, file: String) throws -> Session {
        try checkNesting(data, file: file)
        if let version = schemaVersion(of: data), version > Session.currentSchemaVersion {
            throw StoreError.newerVersion(file: file, version: version)
        }
        if let offset = InputFile.invalidUTF8Offset(data) {
            throw StoreError.unreadable(file: file, reason: "not valid UTF-8 at byte \(offset)")
        }
        let session: Session
        do {
            // Control characters in its text are made visible: session files can come from elsewhere.
            session = try decoder().decode(Session.self, from: SafeText.cleanJSON(data))
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

    /// The schemaVersion field, read without decoding the whole file.
    static func schemaVersion(of data: Data) -> Int? {
        struct Header: Decodable { var schemaVersion: Int }
        return try? JSONDecoder().decode(Header.self, from: data).schemaVersion
    }
}
