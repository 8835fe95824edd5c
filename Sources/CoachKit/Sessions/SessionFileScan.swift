import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The session files of a folder with their sizes, modification times, inodes and status-change times, read with `readdir` and
/// `stat` rather than `FileManager` because it runs on every `history`, `stats` and `next`, over
/// thousands of files, to tell which index entries are still current.
struct SessionFileScan: Sendable {
    struct File: Sendable, Equatable {
        var name: String
        var size: Int64
        /// Nanoseconds since 1970.
        var modified: Int64
        var inode: UInt64 = 0
        /// Status-change time (ctime), nanoseconds since 1970: set by the system on every write,
        /// rename or restore, so unlike the modification time it cannot be set back.
        var changed: Int64 = 0
    }

    /// The `*.json` files (hidden and temporary files left out), sorted by name; nil when the folder
    /// cannot be opened (usually: no session recorded yet).
    static func files(in directory: URL) -> [File]? {
        guard let handle = opendir(directory.path) else { return nil }
        defer { closedir(handle) }
        var files: [File] = []
        // fstatat relative to the open folder: one path component to look up per file, not the whole path.
        let folder = dirfd(handle)
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { continue }
            var info = stat()
            guard fstatat(folder, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let identity = FileIdentity(info)
            files.append(File(name: name, size: identity.size, modified: identity.modified, inode: identity.inode, changed: identity.changed))
        }
        files.sort { $0.name < $1.name }
        return files
    }
}
