import Testing
@testable import TerminalKit

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func eastAsianWideIsTwoColumns() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
        #expect(DisplayWidth.of("ＡＢ") == 4)      // fullwidth Latin
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)     // halfwidth katakana stays narrow
    }

    @Test func combiningAndZeroWidthAreZeroColumns() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // Hangul syllable from conjoining jamo
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇫🇷") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test func controlCharactersTakeNoColumns() {
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{85}")) == 0)
    }

    @Test func truncateCutsAtCharacterBoundariesWithAnEllipsis() {
        #expect(DisplayWidth.truncate("short", toWidth: 10) == "short")
        #expect(DisplayWidth.truncate("a long status text", toWidth: 8) == "a long …")
        #expect(DisplayWidth.truncate("日本語日本語", toWidth: 6) == "日本…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("日本語日本語", toWidth: 6)) <= 6)
        #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
    }

    @Test func padFillsToTheWidth() {
        #expect(DisplayWidth.pad("日本", toWidth: 6) == "日本  ")
        #expect(DisplayWidth.of(DisplayWidth.pad("toolong", toWidth: 4)) == 4)
    }
}
