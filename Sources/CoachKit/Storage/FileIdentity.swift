import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// What tells one version of a file from another without reading it: size, modification time,
/// inode and status-change time (ctime, set by the system on every write, rename or restore, so
/// unlike the modification time it cannot be set back). The session index, the prompt validation
/// cache and the cache's executable check all compare files by it.
struct FileIdentity: Sendable, Equatable {
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64
    var inode: UInt64
    /// Nanoseconds since 1970.
    var changed: Int64

    init(size: Int64, modified: Int64, inode: UInt64, changed: Int64) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.changed = changed
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    /// The identity of the file at `path` (links followed), or nil when it cannot be examined.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}
