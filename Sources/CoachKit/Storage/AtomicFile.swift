import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writes files so that a crash or power cut leaves either the old or the new contents, never a mix:
/// write a temporary file in the same folder, fsync it, rename it over the target, fsync the folder.
public enum AtomicFile {
    public enum WriteError: Error, CustomStringConvertible, Equatable {
        case cannotCreate(path: String, reason: String)
        case cannotWrite(path: String, reason: String)
        case cannotRename(path: String, reason: String)
        case alreadyExists(path: String)

        public var description: String {
            switch self {
            case .cannotCreate(let path, let reason):
                "Cannot create \(path): \(reason). Check that the folder exists and is writable."
            case .cannotWrite(let path, let reason):
                "Cannot write \(path): \(reason). Free some disk space or check the folder's permissions."
            case .cannotRename(let path, let reason):
                "Cannot move the new contents into \(path): \(reason)."
            case .alreadyExists(let path):
                "\(path) already exists; mlsd never overwrites it. Choose another name or remove the file first."
            }
        }
    }

    /// True for the name of a temporary file ``write(_:to:overwrite:)`` makes: ".<name>.<pid>.<number>.tmp".
    public static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return false }
        let pid = parts[parts.count - 2], number = parts[parts.count - 1]
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        return isDigits(pid) && isDigits(number) && !parts.dropLast(2).joined(separator: ".").isEmpty
    }

    /// Removes the temporary files that writes interrupted by a crash (kill -9, a power cut) left in
    /// `directory`: only names ``isTemporaryName(_:)`` accepts, only regular files (a symbolic link is
    /// never followed nor removed), and only those last modified more than `age` seconds before `now`,
    /// so that a write in progress in another mlsd is left alone. Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaryFiles(in directory: URL, olderThan age: TimeInterval, now: Date) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var removed: [String] = []
        for name in names where isTemporaryName(name) {
            let path = directory.appendingPathComponent(name).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            let modified = Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec))
            guard now.timeIntervalSince(modified) > age else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Atomically replaces (or creates) the file at `url` with `data`, creating parent folders.
    /// With `overwrite: false` an existing file is left alone and `alreadyExists` is thrown.
    public static func write(_ data: Data, to url: URL, overwrite: Bool = true) throws {
        let directory = url.deletingLastPathComponent()
        if let reason = createDirectory(directory.path) {
            throw WriteError.cannotCreate(path: directory.path, reason: reason)
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError.cannotCreate(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: WriteError?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 {
            failure = .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
        close(fd)
        if let failure {
            unlink(temporary.path)
            throw failure
        }
        if !overwrite {
            // link(2) fails if the target exists, which makes "never overwrite" race-free.
            if link(temporary.path, url.path) != 0 {
                let code = errno
                unlink(temporary.path)
                if code == EEXIST { throw WriteError.alreadyExists(path: url.path) }
                throw WriteError.cannotRename(path: url.path, reason: String(cString: strerror(code)))
            }
            unlink(temporary.path)
        } else if rename(temporary.path, url.path) != 0 {
            let code = errno
            unlink(temporary.path)
            throw WriteError.cannotRename(path: url.path, reason: String(cString: strerror(code)))
        }
        let directoryFD = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryFD >= 0 {
            fsync(directoryFD)
            close(directoryFD)
        }
    }

    /// Creates the folder and its missing parents; nil when done, else why not (from errno, which is
    /// more telling than Foundation's "The operation could not be completed").
    static func createDirectory(_ path: String, isParent: Bool = false) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil : "\(path) is a file, not a folder"
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, let reason = createDirectory(parent, isParent: true) { return reason }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            let reason = String(cString: strerror(errno))
            return isParent ? "cannot create \(path) (\(reason))" : reason
        }
        return nil
    }
}
