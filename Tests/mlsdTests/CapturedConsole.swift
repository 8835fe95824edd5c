import Foundation
@testable import mlsd

/// A ``Console`` that keeps what a command writes, for tests that run commands in-process.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    var stdout: String { lock.withLock { out } }
    var stderr: String { lock.withLock { err } }

    var console: Console {
        Console(
            write: { text in self.lock.withLock { self.out += text } },
            writeError: { text in self.lock.withLock { self.err += text } },
            isTerminal: false, usesColor: false)
    }
}
