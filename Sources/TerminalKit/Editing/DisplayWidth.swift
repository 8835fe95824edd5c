/// How many terminal columns text occupies.
///
/// A small, dependency-free stand-in for `wcwidth(3)`: East Asian wide and fullwidth characters and emoji
/// take two columns, combining marks and other zero-width scalars take none, everything else takes one.
/// Terminals disagree on a few ambiguous characters; this follows what xterm, VTE and iTerm2 do for the
/// common cases (CJK, Hangul, kana, emoji, accents), which is what matters for wrapping an answer.
///
/// ```swift
/// DisplayWidth.of("héllo")   // 5
/// DisplayWidth.of("日本")     // 4
/// DisplayWidth.of("👍🏽")      // 2
/// ```
public enum DisplayWidth {
    /// Columns taken by one user-perceived character (a grapheme cluster).
    ///
    /// The cluster's width is decided by its first visible scalar; a trailing emoji presentation
    /// selector (U+FE0F) widens a text-style symbol to two columns, as terminals draw it.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: ASCII is by far the most common input.
        if first.value < 0x7F, scalars.count == 1 {
            return first.value >= 0x20 ? 1 : 0
        }
        var width = 0
        var base: Unicode.Scalar?
        for scalar in scalars {
            if let base {
                // Emoji presentation selector: a text symbol such as "❤" drawn as a two-column emoji.
                if scalar.value == 0xFE0F, base.properties.isEmoji { width = 2 }
                continue
            }
            let scalarWidth = of(scalar)
            if scalarWidth > 0 {
                width = scalarWidth
                base = scalar
            }
        }
        return width
    }

    /// Columns taken by one Unicode scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }  // control characters
        if value < 0x300 { return 1 }  // Latin and friends: skip the property look-ups
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        if value >= 0x1F1E6 && value <= 0x1F1FF { return 2 }  // regional indicators (flags)
        return 1
    }

    /// Columns taken by a run of text (no line breaks expected).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    ///
    /// Never splits a character; a wide character that would straddle the limit is dropped.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        let budget = max(0, width - ellipsisWidth)
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        return ellipsisWidth <= width ? result + ellipsis : result
    }

    /// `text` followed by spaces so that it takes exactly `width` columns (truncated first if longer).
    public static func pad(_ text: String, toWidth width: Int) -> String {
        let fitted = truncate(text, toWidth: width)
        let missing = width - of(fitted)
        return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060 || value == 0xFEFF { return true }
        if value >= 0xFE00 && value <= 0xFE0F { return true }  // variation selectors
        if value >= 0xE0100 && value <= 0xE01EF { return true }
        if value >= 0x1160 && value <= 0x11FF { return true }  // Hangul medial vowels and final consonants
        if value >= 0x1F3FB && value <= 0x1F3FF { return true }  // skin-tone modifiers attach to the emoji before
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return value != 0x00AD  // soft hyphen is drawn
        default:
            return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,      // Hangul Jamo initial consonants
             0x2329...0x232A,      // angle brackets
             0x2E80...0x303E,      // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
             0x3041...0x33FF,      // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, CJK compatibility
             0x3400...0x4DBF,      // CJK unified ideographs extension A
             0x4E00...0x9FFF,      // CJK unified ideographs
             0xA000...0xA4CF,      // Yi
             0xA960...0xA97F,      // Hangul Jamo extended A
             0xAC00...0xD7A3,      // Hangul syllables
             0xF900...0xFAFF,      // CJK compatibility ideographs
             0xFE10...0xFE19,      // vertical forms
             0xFE30...0xFE6F,      // CJK compatibility forms, small form variants
             0xFF00...0xFF60,      // fullwidth forms
             0xFFE0...0xFFE6,      // fullwidth signs
             0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,  // Tangut, Khitan, kana supplement
             0x1F300...0x1F64F,    // misc symbols and pictographs, emoticons
             0x1F900...0x1F9FF,    // supplemental symbols and pictographs
             0x20000...0x2FFFD,    // CJK extensions B–F
             0x30000...0x3FFFD:    // CJK extension G and beyond
            return true
        default:
            return false
        }
    }
}
