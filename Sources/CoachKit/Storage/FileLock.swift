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
        /// Something other than mlsd's own lock file is at the path — a symbolic link, a hard link to
        /// another file, a FIFO — planted or left there; it is never followed or written to.
        case refused(path: String, reason: String)

        public var description: String {
            switch self {
            case .busy(let path, let holder):
                "\(path) is locked by another mlsd" + (holder.map { " (process \($0))" } ?? "") + "."
            case .unavailable(let path, let reason):
                "Cannot lock \(path): \(reason)."
            case .refused(let path, let reason):
                "Refusing to use the lock file \(path): \(reason). mlsd never follows links in its data folder; remove it and try again."
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
            let fd = try openLockFile(path)
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

    /// Opens the lock file without following a symbolic link at `path` (O_NOFOLLOW), creating it when
    /// absent (O_CREAT|O_EXCL); an existing one — left by a process that crashed — is reused only when it
    /// is a regular file with no other name, so a planted link to another file is never written to.
    private static func openLockFile(_ path: String) throws -> Int32 {
        let flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
        var fd: Int32 = -1
        for _ in 0..<16 {
            fd = open(path, flags | O_CREAT | O_EXCL, 0o644)
            if fd < 0, errno == EEXIST {
                fd = open(path, flags)
                // Removed by its holder between the two opens: create it again.
                if fd < 0, errno == ENOENT { continue }
            }
            break
        }
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw LockError.refused(path: path, reason: "it is a symbolic link") }
            throw LockError.unavailable(path: path, reason: String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw LockError.unavailable(path: path, reason: reason)
        }
        if (info.st_mode & S_IFMT) != S_IFREG || info.st_nlink != 1 {
            close(fd)
            throw LockError.refused(path: path, reason: (info.st_mode & S_IFMT) != S_IFREG ? "it is not a regular file" : "it is a hard link to another file")
        }
        return fd
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
