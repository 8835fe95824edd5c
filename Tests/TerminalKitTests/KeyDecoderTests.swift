import Testing
@testable import TerminalKit

@Suite("KeyDecoder")
struct KeyDecoderTests {
    private func decode(_ text: String) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(Array(text.utf8))
    }

    private func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes)
    }

    /// Decoding one byte per feed must give the same keys as decoding everything at once.
    private func decodeBytewise(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return bytes.flatMap { decoder.feed([$0]) }
    }

    /// Raw mode turns off the terminal's own signals, so Ctrl-Z and Ctrl-\ arrive as bytes the app acts on.
    @Test func suspendAndQuitKeys() {
        #expect(decode([0x1A, 0x1C]) == [.control("z"), .control("\\")])
        #expect(decode([0x1D, 0x1F, 0x00]) == [])
    }

    @Test func printableASCII() {
        #expect(decode("aZ 9~") == [.character("a"), .character("Z"), .character(" "), .character("9"), .character("~")])
    }

    @Test func multiByteUTF8() {
        #expect(decode("é日😀") == [.character("é"), .character("日"), .character("😀")])
        #expect(decodeBytewise(Array("é日😀".utf8)) == [.character("é"), .character("日"), .character("😀")])
    }

    @Test func combiningMarkArrivesAsItsOwnCharacter() {
        #expect(decode("e\u{301}") == [.character("e"), .character("\u{301}")])
    }

    @Test func enterFromCarriageReturnOrLineFeed() {
        #expect(decode("\r") == [.enter])
        #expect(decode("\n") == [.enter])
        #expect(decode("\r\n") == [.enter])
        #expect(decode("\r\r") == [.enter, .enter])
        #expect(decode("\n\n") == [.enter, .enter])
        #expect(decodeBytewise([0x0D, 0x0A, 0x0D]) == [.enter, .enter])
    }

    @Test func backspaceAndDelete() {
        #expect(decode([0x7F]) == [.backspace])
        #expect(decode([0x08]) == [.backspace])
        #expect(decode("\u{1B}[3~") == [.delete])
        #expect(decode("\u{1B}[3;5~") == [.delete])
    }

    @Test func arrowsInBothCursorKeyModes() {
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}[1;5C\u{1B}[1;2D") == [.right, .left])
    }

    @Test func homeAndEndInEveryEncoding() {
        let homes = ["\u{1B}[H", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}OH"]
        let ends = ["\u{1B}[F", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}OF"]
        for sequence in homes { #expect(decode(sequence) == [.home], "\(Array(sequence.utf8))") }
        for sequence in ends { #expect(decode(sequence) == [.end], "\(Array(sequence.utf8))") }
    }

    @Test func pageKeysAndShiftTab() {
        #expect(decode("\u{1B}[5~\u{1B}[6~\u{1B}[Z") == [.pageUp, .pageDown, .backTab])
    }

    @Test func controlLetters() {
        let expected: [(UInt8, Character)] = [
            (0x01, "a"), (0x05, "e"), (0x15, "u"), (0x17, "w"), (0x04, "d"), (0x03, "c"), (0x0C, "l"), (0x0B, "k"),
        ]
        for (byte, letter) in expected {
            #expect(decode([byte]) == [.control(letter)])
        }
        #expect(decode([0x09]) == [.tab])
    }

    @Test func loneEscapeWaitsForFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.hasPendingInput)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPendingInput)
        #expect(decoder.feed(Array("x".utf8)) == [.character("x")])
    }

    @Test func escapeFollowedByASequence() {
        #expect(decode("\u{1B}\u{1B}[A") == [.escape, .up])
        #expect(decode("\u{1B}\r") == [.escape, .enter])
    }

    @Test func altLetters() {
        #expect(decode("\u{1B}b\u{1B}f") == [.alt("b"), .alt("f")])
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("\u{1B}O".utf8)) == [])
        #expect(decoder.flush() == [.alt("O")])
    }

    @Test func unknownSequencesAreSkippedSafely() {
        // F1 (SS3 P), F5 (CSI 15~), Insert, a device-attributes report, a stray paste end, an SGR mouse report.
        let noise = "\u{1B}OP\u{1B}[15~\u{1B}[2~\u{1B}[?1;2c\u{1B}[201~\u{1B}[<0;3;4M"
        #expect(decode(noise + "ok") == [.character("o"), .character("k")])
    }

    @Test func overlongControlSequenceIsDropped() {
        let garbage = "\u{1B}[" + String(repeating: "1", count: 100) + "x"
        let keys = decode(garbage)
        #expect(keys.last == .character("x"))
        #expect(!keys.contains(.up))
        #expect(keys.allSatisfy { if case .character(let c) = $0 { return c == "1" || c == "x" } else { return false } })
    }

    @Test func invalidUTF8IsSkipped() {
        // Lead without continuation, stray continuation, overlong "/", surrogate half, 0xFF, C1 CSI (U+009B).
        let bytes: [UInt8] = [0xC3, 0x28, 0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xFF, 0xC2, 0x9B, 0x61]
        #expect(decode(bytes) == [.character("("), .character("a")])
    }

    @Test func unfinishedUTF8IsDroppedOnFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0xE6, 0x97]) == [])
        #expect(decoder.flush() == [])
        #expect(decoder.feed(Array("a".utf8)) == [.character("a")])
    }

    @Test func bracketedPasteIsOneEvent() {
        let keys = decode("\u{1B}[200~line one\r\nline two\rline three\n\u{1B}[201~z")
        #expect(keys == [.paste("line one\nline two\nline three\n"), .character("z")])
    }

    @Test func pasteKeepsEscapeSequencesAsText() {
        let keys = decode("\u{1B}[200~a\u{1B}[Ab\u{1B}[20x\u{1B}[201\u{1B}[201~")
        #expect(keys == [.paste("a\u{1B}[Ab\u{1B}[20x\u{1B}[201")])
    }

    @Test func pasteSplitAtEveryPoint() {
        let stream = Array("k\u{1B}[200~日本\r\n\u{1B}[20x😀\u{1B}[201~\u{1B}[D".utf8)
        let whole = decode(stream)
        #expect(whole == [.character("k"), .paste("日本\n\u{1B}[20x😀"), .left])
        for split in 0...stream.count {
            var decoder = KeyDecoder()
            let keys = decoder.feed(stream[..<split]) + decoder.feed(stream[split...])
            #expect(keys == whole, "split at \(split)")
        }
        #expect(decodeBytewise(stream) == whole)
    }

    @Test func everySequenceSplitAtEveryPoint() {
        let stream = Array((
            "a\u{1B}[A\u{1B}OB\u{1B}[3~\u{1B}[1;5C\u{1B}[7~\u{1B}OF\u{1B}[Z\r\n\u{7F}\u{17}é日😀👨‍👩‍👧"
            + "\u{1B}OP\u{1B}[?1;2c\u{1B}b\t"
        ).utf8)
        let whole = decode(stream)
        #expect(whole.count > 20)
        for split in 0...stream.count {
            var decoder = KeyDecoder()
            let keys = decoder.feed(stream[..<split]) + decoder.feed(stream[split...])
            #expect(keys == whole, "split at \(split)")
        }
        #expect(decodeBytewise(stream) == whole)
    }

    @Test func randomGarbageNeverTrapsAndTheDecoderRecovers() {
        var generator = SeededGenerator(seed: 0x5EED)
        var decoder = KeyDecoder()
        var produced = 0
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...200, using: &generator)
            // Bias towards bytes that start sequences so the interesting paths are hit.
            let bytes = (0..<length).map { _ -> UInt8 in
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: return 0x1B
                case 1: return UInt8(ascii: "[")
                case 2: return UInt8.random(in: 0x30...0x39, using: &generator)
                default: return UInt8.random(in: 0...255, using: &generator)
                }
            }
            produced += decoder.feed(bytes).count
        }
        #expect(produced > 0)
        if decoder.isInsidePaste { _ = decoder.feed(Array("\u{1B}[201~".utf8)) }
        _ = decoder.flush()
        #expect(decoder.feed(Array("ok".utf8)) == [.character("o"), .character("k")])
    }

    @Test func tenMegabytePasteArrivesWhole() {
        let line = Array(String(repeating: "abcdefghij", count: 9).utf8) + [0x0D]  // 91 bytes
        var content: [UInt8] = []
        content.reserveCapacity(10_000_000)
        while content.count < 10_000_000 { content += line }
        let stream = Array("\u{1B}[200~".utf8) + content + Array("\u{1B}[201~".utf8)
        var decoder = KeyDecoder()
        let clock = ContinuousClock()
        var keys: [Key] = []
        _ = clock.measure {
            var start = 0
            while start < stream.count {
                let end = min(stream.count, start + 65_536)
                keys += decoder.feed(stream[start..<end])
                start = end
            }
        }
        #expect(keys.count == 1)
        guard case .paste(let text) = keys.first else {
            Issue.record("expected a paste, got \(keys.prefix(3))")
            return
        }
        #expect(text.utf8.count == content.count)
        #expect(text.utf8.filter { $0 == 0x0A }.count == content.count / line.count)
    }
}
