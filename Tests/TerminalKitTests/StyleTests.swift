import Testing
@testable import TerminalKit

@Suite("Style and StatusLine")
struct StyleTests {
    @Test func colorsOnATerminalWithoutNoColor() {
        let style = Style(outputIsTTY: true, environment: ["TERM": "xterm-256color"])
        #expect(style.isEnabled)
        #expect(style.bold("b") == "\u{1B}[1mb\u{1B}[22m")
        #expect(style.red("r") == "\u{1B}[31mr\u{1B}[39m")
        #expect(style.green("g") == "\u{1B}[32mg\u{1B}[39m")
        #expect(style.yellow("y") == "\u{1B}[33my\u{1B}[39m")
        #expect(style.cyan("c") == "\u{1B}[36mc\u{1B}[39m")
        #expect(style.dim("d") == "\u{1B}[2md\u{1B}[22m")
        #expect(style.inverse("i") == "\u{1B}[7mi\u{1B}[27m")
        #expect(style.apply([.bold, .red], to: "x") == "\u{1B}[1;31mx\u{1B}[22;39m")
        #expect(style.bell == "\u{07}")
    }

    @Test func nestedStylesKeepTheOuterOne() {
        let style = Style(outputIsTTY: true, environment: [:])
        let nested = style.red(style.bold("x") + " y")
        // Bold ends with "normal intensity" (22), which leaves the red foreground on for " y".
        #expect(nested == "\u{1B}[31m\u{1B}[1mx\u{1B}[22m y\u{1B}[39m")
    }

    @Test func noColorDisablesStylesButNotTheBell() {
        let style = Style(outputIsTTY: true, environment: ["NO_COLOR": "1"])
        #expect(!style.isEnabled)
        for attribute in Style.Attribute.allCases {
            #expect(style.apply([attribute], to: "plain") == "plain")
        }
        #expect(style.bell == "\u{07}")
    }

    @Test func emptyNoColorCountsAsUnset() {
        #expect(Style(outputIsTTY: true, environment: ["NO_COLOR": ""]).isEnabled)
    }

    @Test func notATerminalOrDumbMeansPlain() {
        let file = Style(outputIsTTY: false, environment: [:])
        #expect(!file.isEnabled)
        #expect(file.green("ok") == "ok")
        #expect(file.bell == "")
        let dumb = Style(outputIsTTY: true, environment: ["TERM": "dumb"])
        #expect(!dumb.isEnabled)
        #expect(dumb.bell == "")
        #expect(Style.plain.inverse("x") == "x")
    }

    @Test func statusLineFillsTheWidthExactly() {
        let status = StatusLine(left: "Phase 2/6 · Frame", right: "04:31 left")
        let text = status.plainText(width: 40)
        #expect(DisplayWidth.of(text) == 40)
        #expect(text.hasPrefix("Phase 2/6 · Frame "))
        #expect(text.hasSuffix(" 04:31 left"))
    }

    @Test func statusLineTruncatesTheLeftPartFirst() {
        let status = StatusLine(left: "Design a recommendation system for a video platform", right: "04:31")
        let text = status.plainText(width: 20)
        #expect(text == "Design a reco… 04:31")
        #expect(DisplayWidth.of(text) == 20)
    }

    @Test func statusLineNeverWraps() {
        for width in 1...30 {
            let text = StatusLine(left: "日本語のステータス", right: "残り 04:31").plainText(width: width)
            #expect(DisplayWidth.of(text) <= width, "width \(width): \(text)")
        }
        let multiLine = StatusLine(left: "two\nlines", right: "\u{1B}x")
        #expect(!multiLine.plainText(width: 30).contains("\n"))
        #expect(!multiLine.plainText(width: 30).contains("\u{1B}"))
    }

    @Test func statusLineIsStyledAfterFitting() {
        let style = Style(outputIsTTY: true, environment: [:])
        let rendered = StatusLine(left: "a", right: "b").render(width: 5, style: style)
        #expect(rendered == "\u{1B}[7ma   b\u{1B}[27m")
        #expect(StatusLine(left: "a", right: "b").render(width: 5, style: .plain) == "a   b")
    }
}
