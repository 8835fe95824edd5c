import Foundation
import Testing

/// The install promise in the README: the `mlsd` file alone, copied anywhere, is a complete install.
/// These tests copy the built binary into an empty folder and run the copy from another folder, so
/// nothing next to it (no resources bundle, no checkout) can be what makes it work.
@Suite("Installing the single binary")
struct InstallTests {
    static let coreIDs = ["video-recommendation", "ad-click-prediction", "harmful-content-detection"]

    /// A fresh folder holding only a copy of the built `mlsd`, a data home and a working folder.
    struct Installation {
        let root: URL
        var binary: URL { root.appendingPathComponent("bin/mlsd") }
        var home: URL { root.appendingPathComponent("home") }
        var workingDirectory: URL { root.appendingPathComponent("elsewhere") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("mlsd-install-\(UUID().uuidString)")
            let manager = FileManager.default
            for folder in ["bin", "home", "elsewhere"] {
                try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try manager.copyItem(at: MLSDProcess.executable, to: binary)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// Runs the copy with only this installation's data home; output goes through files, so a
        /// chatty command can never fill a pipe and stall.
        func run(_ arguments: [String]) throws -> MLSDProcess.Result {
            let out = root.appendingPathComponent("stdout-\(UUID().uuidString)")
            let err = root.appendingPathComponent("stderr-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            let outHandle = try FileHandle(forWritingTo: out)
            let errHandle = try FileHandle(forWritingTo: err)
            defer {
                try? outHandle.close()
                try? errHandle.close()
            }
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = workingDirectory
            var environment = ProcessInfo.processInfo.environment
            environment["MLSD_HOME"] = home.path
            environment["NO_COLOR"] = "1"
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = outHandle
            process.standardError = errHandle
            try process.run()
            process.waitUntilExit()
            return MLSDProcess.Result(
                status: process.terminationStatus,
                stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
        }
    }

    @Test("a copy of the binary in an empty folder lists the built-in case studies from another folder")
    func copiedBinaryListsBuiltins() throws {
        let installation = try Installation()
        defer { installation.remove() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: installation.binary.deletingLastPathComponent().path) == ["mlsd"])

        let result = try installation.run(["prompts", "list", "--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "a clean data home should give no warnings: \(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? String }
        for id in Self.coreIDs {
            #expect(ids.contains(id), "missing built-in \(id)")
        }
        for row in rows {
            #expect(row["source"] as? String == "built-in")
        }
    }

    @Test("the copy validates every built-in case study and exits 0")
    func copiedBinaryValidates() throws {
        let installation = try Installation()
        defer { installation.remove() }
        let result = try installation.run(["prompts", "validate"])
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        for id in Self.coreIDs {
            #expect(result.stdout.contains("\(id).json"), "validate did not check \(id)")
        }
        #expect(result.stdout.contains(" 0 invalid"))
    }

    @Test("the copy shows a built-in case study's statement and writes nothing but its data home")
    func copiedBinaryShowsPromptAndStaysInItsHome() throws {
        let installation = try Installation()
        defer { installation.remove() }
        let result = try installation.run(["prompts", "show", "ad-click-prediction"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.lowercased().contains("click"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: installation.workingDirectory.path).isEmpty)
    }

    @Test("the build puts the case studies in the binary, not in a resources bundle beside it")
    func noResourceBundle() throws {
        let products = MLSDProcess.executable.deletingLastPathComponent()
        let bundles = try FileManager.default.contentsOfDirectory(atPath: products.path)
            .filter { $0.hasSuffix(".resources") && $0.contains("BuiltinPrompts") }
        #expect(bundles.isEmpty, "found \(bundles) next to mlsd")
    }
}
