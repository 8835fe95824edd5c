import CoachKit
import Foundation

/// TEST HOOK — not a user feature, and not in the user documentation. When the environment variable
/// `MLSD_TEST_CLOCK` names a file, the interview reads the time from that file (seconds since 1970,
/// e.g. "1800000000" or "1800000003.5") at every reading instead of from the wall clock, so tests that
/// run the real binary in a pseudo-terminal decide when time passes: the status line shows
/// "phase 05:00 left" until the test writes a later time, and strict mode's time-up comes at once when
/// the test moves the clock past the budget. A file that cannot be read or parsed (for example while
/// the test rewrites it) leaves the time where it was. See Tests/mlsdTests/TestClockFile.swift.
final class TestHookClock: SessionClock, @unchecked Sendable {
    // @unchecked: `last` is only read and written under `lock`.
    static let variable = "MLSD_TEST_CLOCK"

    private let file: URL
    private let lock = NSLock()
    private var last: Date

    /// The hook's clock when the variable is set (and not empty), else nil.
    static func fromEnvironment(_ environment: [String: String]) -> TestHookClock? {
        guard let path = environment[variable], !path.isEmpty else { return nil }
        return TestHookClock(file: URL(fileURLWithPath: path))
    }

    private init(file: URL) {
        self.file = file
        last = Date()  // until the file can be read
        last = now()
    }

    func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        if let data = try? Data(contentsOf: file),
            let seconds = Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
            seconds.isFinite
        {
            last = Date(timeIntervalSince1970: seconds)
        }
        return last
    }
}
