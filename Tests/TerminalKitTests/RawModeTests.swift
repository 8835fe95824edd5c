#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import TerminalTestSupport
import Testing
@testable import TerminalKit

@Suite("RawMode on a pseudo-terminal")
struct RawModeTests {
    @Test func enterChangesTheFlagsAndRestorePutsThemBack() throws {
        let pty = try #require(PseudoTerminal(), "openpty failed")
        let original = pty.settings()
        #expect(original.c_lflag & tcflag_t(ICANON) != 0, "a new pty starts in canonical mode")

        let rawMode = try RawMode.enter(input: pty.secondary, output: pty.secondary)
        let raw = pty.settings()
        #expect(raw.c_lflag & tcflag_t(ICANON) == 0)
        #expect(raw.c_lflag & tcflag_t(ECHO) == 0)
        #expect(raw.c_lflag & tcflag_t(ISIG) == 0, "Ctrl-C must arrive as a key")
        #expect(raw.c_lflag & tcflag_t(IEXTEN) == 0)
        #expect(raw.c_iflag & tcflag_t(IXON) == 0)
        #expect(raw.c_iflag & tcflag_t(ICRNL) == 0)
        #expect(raw.c_oflag & tcflag_t(OPOST) != 0, "output processing stays on")
        #expect(raw.c_cflag & tcflag_t(CSIZE) == tcflag_t(CS8))
        #expect(sameSettings(raw, rawMode.rawSettings))
        #expect(sameSettings(original, rawMode.originalSettings))
        #expect(pty.shown() == Array(ControlSequence.enableBracketedPaste.utf8))

        rawMode.restore()
        #expect(sameSettings(pty.settings(), original))
        #expect(pty.shown() == Array((ControlSequence.disableBracketedPaste + ControlSequence.showCursor).utf8))

        // Idempotent: a second restore (say from a signal path after a defer) changes nothing.
        rawMode.restore()
        #expect(sameSettings(pty.settings(), original))

        #expect(rawMode.reenter())
        #expect(sameSettings(pty.settings(), raw))
        rawMode.restore()
        #expect(sameSettings(pty.settings(), original))
    }

    @Test func keysArriveUnechoedAndControlCIsAByte() throws {
        let pty = try #require(PseudoTerminal(), "openpty failed")
        let rawMode = try RawMode.enter(input: pty.secondary, output: pty.secondary, bracketedPaste: false)
        defer { rawMode.restore() }
        pty.type([0x61, 0x03, 0x0D])
        let reader = InputReader(fileDescriptor: pty.secondary)
        var decoder = KeyDecoder()
        var keys: [Key] = []
        while keys.count < 3, case .bytes(let bytes) = reader.read(timeoutMilliseconds: 1_000) {
            keys += decoder.feed(bytes)
        }
        #expect(keys == [.character("a"), .control("c"), .enter])
        #expect(pty.shown(waitingMilliseconds: 50) == [], "raw mode must not echo")
    }

    @Test func cookedModeForComparisonEchoesAndBuffersLines() throws {
        let pty = try #require(PseudoTerminal(), "openpty failed")
        pty.type(Array("hi".utf8))
        let reader = InputReader(fileDescriptor: pty.secondary)
        #expect(reader.read(timeoutMilliseconds: 50) == .timedOut, "no line yet in canonical mode")
        #expect(pty.shown() == Array("hi".utf8))
    }

    @Test func aPipeIsNotATerminal() {
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { descriptors.forEach { close($0) } }
        #expect(throws: RawModeError.notATerminal(fileDescriptor: descriptors[0])) {
            try RawMode.enter(input: descriptors[0], output: nil)
        }
        #expect(RawModeError.notATerminal(fileDescriptor: 0).description.contains("not a terminal"))
    }

    @Test func makeRawIsPure() {
        var settings = termios()
        settings.c_lflag = tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        settings.c_iflag = tcflag_t(ICRNL | IXON)
        settings.c_oflag = tcflag_t(OPOST)
        let raw = RawMode.makeRaw(settings)
        #expect(raw.c_lflag == 0)
        #expect(raw.c_iflag == 0)
        #expect(raw.c_oflag == tcflag_t(OPOST))
        var controlCharacters = raw.c_cc
        withUnsafeBytes(of: &controlCharacters) { bytes in
            #expect(bytes[Int(VMIN)] == 1)
            #expect(bytes[Int(VTIME)] == 0)
        }
    }
}
