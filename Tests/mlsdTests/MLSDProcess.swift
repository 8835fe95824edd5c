import Foundation

/// Runs the built `mlsd` executable (which `swift test` builds, since this test target depends on it)
/// with a private data home, and captures what it prints.
struct MLSDProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder holding the test bundle, which also holds the built `mlsd`.
    static var productsDirectory: URL {
        let candidates = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for directory in candidates where FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("mlsd").path) {
            return directory
        }
        return Bundle.main.bundleURL
    }

    static var executable: URL { productsDirectory.appendingPathComponent("mlsd") }

    /// The repository root (for Prompts/ and ../shared).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A fresh, empty data home; removed by the caller with `cleanUp`.
    static func temporaryHome() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `mlsd arguments…` with MLSD_HOME=home and optional stdin text.
    static func run(
        _ arguments: [String], home: URL, stdin: String? = nil, environment extra: [String: String] = [:],
        currentDirectory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MLSD_HOME"] = home.path
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
