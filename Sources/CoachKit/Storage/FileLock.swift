import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// An exclusive advisory lock (`flock`) on a small file, held by this process until ``release()``.
///
/// The kernel drops the lock when the process ends in any way — `exit`, a signal, `kill -9`, a crash —
/// so a lock can never be left stale: a file left behind by a crash is simply locked again by the next
/// process. The file holds the holder's process id, so "in use" can say by whom. On release the file is
/// removed; a process that opened it just before then notices that its file is gone and tries again.
///
/// ```swift
/// let lock = try FileLock.acquire(at: folder.appendingPathComponent(".session.lock"))
/// defer { lock.release() }
/// ```
public final class FileLock: @unchecked Sendable {
    // @unchecked: `descriptor` is only closed under `lock`, once.
    public enum LockError: Error, Equatable, CustomStringConvertible {
        /// Another live process holds the lock; `holder` is its process id when it could be read.
        case busy(path: String, holder: Int32?)
        /// The lock file cannot be created or locked (read-only folder, not a folder, …).
        case unavailable(path: String, reason: String)

        public var description: String {
            switch self {
            case .busy(let path, let holder):
                "\(path) is locked by another mlsd" + (holder.map { " (process \($0))" } ?? "") + "."
            case .unavailable(let path, let reason):
                "Cannot lock \(path): \(reason)."
            }
        }
    }

    public let url: URL
    private var descriptor: Int32
    private let lock = NSLock()

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock without waiting, creating the file's folder if needed.
    /// Throws ``LockError/busy(path:holder:)`` when another process holds it.
    public static func acquire(at url: URL) throws -> FileLock {
        let path = url.path
        if let reason = AtomicFile.createDirectory(url.deletingLastPathComponent().path) {
            throw LockError.unavailable(path: path, reason: reason)
        }
        // A few rounds at most: each retry means another process released (and removed) the file meanwhile.
        for _ in 0..<16 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw LockError.unavailable(path: path, reason: String(cString: strerror(errno))) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                if code == EWOULDBLOCK || code == EAGAIN {
                    let holder = readHolder(fd)
                    close(fd)
                    throw LockError.busy(path: path, holder: holder)
                }
                close(fd)
                throw LockError.unavailable(path: path, reason: String(cString: strerror(code)))
            }
            // The holder before us may have removed the file between our open and our flock: then we
            // locked a file nobody else can see. Only a lock on the file still at `path` counts.
            var opened = stat()
            var current = stat()
            guard fstat(fd, &opened) == 0, stat(path, &current) == 0,
                  opened.st_dev == current.st_dev, opened.st_ino == current.st_ino
            else {
                close(fd)
                continue
            }
            let text = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = text.withUnsafeBufferPointer { pwrite(fd, $0.baseAddress, $0.count, 0) }
            return FileLock(url: url, descriptor: fd)
        }
        throw LockError.unavailable(path: path, reason: "it keeps being replaced by other processes")
    }

    /// Removes the file and drops the lock. Safe to call more than once.
    public func release() {
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0 else { return }
        // Remove while still holding the lock, so nobody can lock the file we are about to abandon.
        unlink(url.path)
        close(descriptor)
        descriptor = -1
    }

    /// The process id written by the lock's holder, if it has written it yet.
    private static func readHolder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBufferPointer { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
