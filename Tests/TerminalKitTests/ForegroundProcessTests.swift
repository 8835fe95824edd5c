#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Testing
@testable import TerminalKit

@Suite("ForegroundProcess: editors and pagers on the user's terminal")
struct ForegroundProcessTests {
    @Test func theExitStatusIsReturned() throws {
        let pid = try ForegroundProcess.spawn(["/bin/sh", "-c", "exit 3"], environment: [:]).get()
        #expect(ForegroundProcess.wait(pid) == 3)
    }

    @Test func aSignalEndingTheChildIsReportedAs128PlusItsNumber() throws {
        let pid = try ForegroundProcess.spawn(["/bin/sh", "-c", "kill -TERM $$"], environment: [:]).get()
        #expect(ForegroundProcess.wait(pid) == 128 + SIGTERM)
    }

    @Test func theChildReadsItsInputFromThePipeAndSeesTheEnvironment() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let script = #"read line; [ "$line" = "$GREETING" ]"#
        let pid = try ForegroundProcess.spawn(
            ["/bin/sh", "-c", script], environment: ["GREETING": "hello"], input: fds[0], closeInChild: fds[1]).get()
        close(fds[0])
        let text = Array("hello\n".utf8)
        #expect(text.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) } == text.count)
        close(fds[1])
        #expect(ForegroundProcess.wait(pid) == 0)
    }

    @Test func theChildDoesNotInheritIgnoredSignals() throws {
        // The interview ignores SIGINT while it watches it; an editor must still be interruptible.
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        let pid = try ForegroundProcess.spawn(["/bin/sh", "-c", "kill -INT $$; exit 0"], environment: [:]).get()
        #expect(ForegroundProcess.wait(pid) == 128 + SIGINT)
    }

    @Test func aMissingProgramIsAnError() {
        let result = ForegroundProcess.spawn(["/nonexistent/editor"], environment: [:])
        #expect(throws: ForegroundProcess.SpawnError.self) { try result.get() }
    }
}
