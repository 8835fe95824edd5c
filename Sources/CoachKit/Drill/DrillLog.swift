import Foundation

/// The drill log: every finished item drill, in one small JSON file rewritten atomically on each
/// append (a few hundred bytes a drill, so even years of drills stay small).
public struct DrillLog: Sendable {
    public static let currentSchemaVersion = 1
    public let url: URL

    public init(url: URL) { self.url = url }
    public init(dataHome: DataHome) { url = dataHome.drills }

    struct File: Codable {
        var schemaVersion: Int
        var attempts: [DrillAttempt]
    }

    public enum LogError: Error, CustomStringConvertible, Equatable {
        case unreadable(path: String, reason: String)
        case newerVersion(path: String, version: Int)

        public var description: String {
            switch self {
            case .unreadable(let path, let reason):
                return "\(path) cannot be read (\(reason)); it is left as it is. Move it away to start a new drill log."
            case .newerVersion(let path, let version):
                return "\(path) was written by a newer mlsd (schema \(version), this one reads \(DrillLog.currentSchemaVersion)); update mlsd."
            }
        }
    }

    /// The attempts, oldest first; none when there is no log yet.
    public func load() throws -> [DrillAttempt] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            let data = try Data(contentsOf: url)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let file = try decoder.decode(File.self, from: data)
            if file.schemaVersion > Self.currentSchemaVersion {
                throw LogError.newerVersion(path: url.path, version: file.schemaVersion)
            }
            return file.attempts
        } catch let error as LogError {
            throw error
        } catch {
            throw LogError.unreadable(path: url.path, reason: "\(error)")
        }
    }

    /// Adds an attempt. A damaged log is never overwritten: the error says so and the file stays.
    public func append(_ attempt: DrillAttempt) throws {
        // Two drills ending at the same moment must not drop each other's attempt.
        let lock = Self.acquireLock(at: url.deletingLastPathComponent().appendingPathComponent(".drills.lock"))
        defer { lock?.release() }
        var attempts = try load()
        attempts.append(attempt)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(File(schemaVersion: Self.currentSchemaVersion, attempts: attempts)), to: url)
    }

    /// Waits up to about two seconds for another process's append; then writes anyway (nil).
    private static func acquireLock(at url: URL) -> FileLock? {
        for _ in 0..<40 {
            do {
                return try FileLock.acquire(at: url)
            } catch FileLock.LockError.busy {
                Thread.sleep(forTimeInterval: 0.05)
            } catch {
                return nil
            }
        }
        return nil
    }
}
