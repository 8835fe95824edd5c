import Foundation

/// The test side of the binary's `MLSD_TEST_CLOCK` hook (Sources/mlsd/Interview/TestHookClock.swift):
/// a file holding the time the interview reads, so a pseudo-terminal test decides when time passes
/// instead of racing the wall clock. Pass `environment` to ``InterviewProcess``; the interview's clock
/// stands at `start` until ``advance(to:)`` moves it. The file is not removed when this object goes
/// away (Swift may end its lifetime right after `environment` is read, while the interview still reads
/// the file); it is a few bytes in the temporary folder.
///
/// ```swift
/// let clock = try TestClockFile()
/// let run = try InterviewProcess(["practice", "video-recommendation"], home: home, environment: clock.environment)
/// #expect(run.waitFor("phase 05:00 left"))   // stays on screen: no time passes
/// try clock.advance(to: 3)
/// #expect(run.waitFor("phase 04:57 left"))
/// ```
final class TestClockFile {
    /// 2027-01-15 08:00:00 UTC.
    static let start: TimeInterval = 1_800_000_000

    let url: URL

    init(directory: URL = FileManager.default.temporaryDirectory) throws {
        url = directory.appendingPathComponent("mlsd-test-clock-\(UUID().uuidString)")
        try advance(to: 0)
    }

    var environment: [String: String] { ["MLSD_TEST_CLOCK": url.path] }

    /// Sets the clock to `seconds` after ``start`` (written atomically, so no half-written time is read).
    func advance(to seconds: TimeInterval) throws {
        try Data("\(Self.start + seconds)\n".utf8).write(to: url, options: .atomic)
    }
}
