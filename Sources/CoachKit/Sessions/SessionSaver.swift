import Foundation

/// The interview's save function: writes the session to its place (the session store) and, when that
/// fails — a full disk, a read-only or missing data folder — writes the same session to a rescue file
/// somewhere else (the temporary folder), so the answers survive even a crash after the failure. The
/// error it throws then says why saving failed and where the answers are, in one sentence the
/// interview can show at once. When saving works again the rescue file is removed: it would only be
/// an out-of-date copy.
///
/// ```swift
/// let saver = SessionSaver(store: store, rescueFile: tmp.appendingPathComponent("mlsd-unsaved-\(id).json"))
/// let (engine, notices) = InterviewEngine.start(…, save: saver.save)
/// // at the end:
/// if let failure = saver.lastFailure { print(failure) }   // and show the answers
/// ```
public final class SessionSaver: @unchecked Sendable {
    // @unchecked: the mutable state (`failure`, `rescueWritten`) is only touched under `lock`.
    public typealias Write = @Sendable (Session) throws -> Void

    /// Why the session could not be saved in its place, and what became of the rescue copy.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// Why the session store refused (the underlying error's sentence).
        public var reason: String
        /// The rescue file.
        public var rescueFile: URL
        /// Nil when the rescue copy was written; otherwise why it could not be.
        public var rescueError: String?

        public var rescued: Bool { rescueError == nil }

        public var description: String {
            var text = Self.sentence(reason)
            if let rescueError {
                text += " No copy could be kept elsewhere either: " + Self.sentence(rescueError)
                    + " Your answers will be printed when the interview ends."
            } else {
                text += " Your answers are kept in \(rescueFile.path) until saving works again."
            }
            return text
        }

        static func sentence(_ text: String) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let last = trimmed.last else { return "" }
            return ".!?".contains(last) ? trimmed : trimmed + "."
        }
    }

    public let rescueFile: URL
    private let primary: Write
    private let lock = NSLock()
    private var failure: Failure?
    private var rescueWritten = false

    /// Saves with `primary` (the store's save, or a failing one in tests), rescuing into `rescueFile`.
    public init(rescueFile: URL, primary: @escaping Write) {
        self.rescueFile = rescueFile
        self.primary = primary
    }

    public convenience init(store: SessionStore, rescueFile: URL) {
        self.init(rescueFile: rescueFile, primary: { try store.save($0) })
    }

    /// The failure of the latest save, or nil when it succeeded (or nothing was saved yet).
    public var lastFailure: Failure? { lock.withLock { failure } }

    /// Saves `session` in its place; on failure keeps a rescue copy and throws a ``Failure``.
    public func save(_ session: Session) throws {
        lock.lock()
        defer { lock.unlock() }
        do {
            try primary(session)
            failure = nil
            if rescueWritten {
                try? FileManager.default.removeItem(at: rescueFile)
                rescueWritten = false
            }
        } catch {
            var failure = Failure(reason: "\(error)", rescueFile: rescueFile, rescueError: nil)
            do {
                try AtomicFile.write(try SessionStore.encoder().encode(session), to: rescueFile)
                rescueWritten = true
            } catch {
                failure.rescueError = "\(error)"
            }
            self.failure = failure
            throw failure
        }
    }
}
