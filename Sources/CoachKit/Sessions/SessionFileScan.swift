import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The session files of a folder with their identities (size, times, inode: ``FileIdentity``), read
/// with `readdir` and `stat` rather than `FileManager` because it runs on every `history`, `stats` and
/// `next`, over thousands of files, to tell which index entries are still current.
struct SessionFileScan: Sendable {
    struct File: Sendable, Equatable {
        var name: String
        var identity: FileIdentity
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
            files.append(File(name: name, identity: FileIdentity(info)))
        }
        files.sort { $0.name < $1.name }
        return files
    }
}
