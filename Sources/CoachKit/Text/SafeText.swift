import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Text from files made safe to print. Prompt packs and session files are shared between people, so a
/// title could carry `ESC ] 0 ; … BEL` (set the window title), `ESC [ 2 J` (clear the screen) or an OSC 52
/// clipboard write. Every C0 control character except line feed and tab, DEL and every C1 control
/// (U+0080–U+009F, which some terminals obey like ESC sequences) is replaced by a visible escape — ESC
/// becomes `\e`, BEL `\a`, the rest `\xNN` — so the text still shows that something odd was there.
/// A carriage return before a line feed is dropped (Windows line ends).
///
/// The same rule runs at two places: on the JSON of every file mlsd reads (``cleanJSON(_:)``), so decoded
/// prompts and sessions hold no control characters anywhere (terminal, exports, reports), and on all the
/// command-line output as a last line of defence (file names, quotes in error messages).
public enum SafeText {
    /// `text` with control characters shown as visible escapes. With `singleLine`, line feeds and tabs
    /// become spaces too (table cells, one-line messages).
    public static func clean(_ text: String, singleLine: Bool = false) -> String {
        guard needsCleaning(text.utf8, singleLine: singleLine) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value == 0x0A || value == 0x09 {
                result.append(singleLine ? " " : scalar)
            } else if value == 0x0D, index + 1 < scalars.count, scalars[index + 1].value == 0x0A {
                continue
            } else if let visible = visibleForm(of: value) {
                result.append(contentsOf: visible.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The JSON document `data` with every control character inside its strings — escaped (`\u001b`,
    /// `\r`, `\b`, `\f`) or raw (C1 in UTF-8) — replaced by the visible escape ``clean(_:singleLine:)``
    /// would use. Line breaks and positions stay where they were, so line numbers in messages still
    /// match the file. Returns `data` itself when there is nothing to replace (the usual case).
    public static func cleanJSON(_ data: Data) -> Data {
        // Most files have no backslash, C1 lead byte or DEL at all: memchr says so at memory speed.
        let suspicious = data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            return [0x5C, 0xC2, 0x7F].contains { memchr(base, $0, raw.count) != nil }
        }
        guard suspicious else { return data }
        let bytes = [UInt8](data)
        guard jsonNeedsCleaning(bytes) else { return data }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        func emit(_ value: UInt32) {
            // Inside a JSON string the visible escape's backslash must itself be escaped.
            for byte in (visibleForm(of: value) ?? "").utf8 {
                if byte == UInt8(ascii: "\\") { out.append(byte) }
                out.append(byte)
            }
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "u"), let value = hexValue(bytes, at: index + 2), visibleForm(of: value) != nil {
                    // "\r\n" and "\u000d\n": keep the line feed only.
                    if value == 0x0D, followedByLineFeed(bytes, at: index + 6) {
                        index += 6
                    } else {
                        emit(value)
                        index += 6
                    }
                    continue
                }
                let escaped: UInt32? = switch next {
                case UInt8(ascii: "b"): 0x08
                case UInt8(ascii: "f"): 0x0C
                case UInt8(ascii: "r"): 0x0D
                default: nil
                }
                if let escaped {
                    if !(escaped == 0x0D && followedByLineFeed(bytes, at: index + 2)) { emit(escaped) }
                } else {
                    out.append(byte)
                    out.append(next)
                }
                index += 2
                continue
            }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                emit(UInt32(bytes[index + 1]))
                index += 2
                continue
            }
            if byte == 0x7F {
                emit(0x7F)
                index += 1
                continue
            }
            out.append(byte)
            index += 1
        }
        return Data(out)
    }

    /// The visible escape for a code point that must not reach a terminal, or nil for one that may.
    static func visibleForm(of value: UInt32) -> String? {
        switch value {
        case 0x0A, 0x09: nil
        case 0x1B: "\\e"
        case 0x07: "\\a"
        case 0x08: "\\b"
        case 0x0C: "\\f"
        case 0x0D: "\\r"
        case 0x00...0x1F, 0x7F...0x9F: "\\x" + (value < 0x10 ? "0" : "") + String(value, radix: 16)
        default: nil
        }
    }

    private static func needsCleaning(_ utf8: String.UTF8View, singleLine: Bool) -> Bool {
        // Over the bytes in place when the string has them contiguously (native strings do): every
        // line of output passes here, `history --json` is megabytes, and the view's iterator is ten
        // times slower than a buffer's.
        if let answer = utf8.withContiguousStorageIfAvailable({ needsCleaning($0, singleLine: singleLine) }) { return answer }
        return needsCleaning(Array(utf8), singleLine: singleLine)
    }

    private static func needsCleaning<Bytes: Sequence<UInt8>>(_ bytes: Bytes, singleLine: Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            // Printable ASCII, nearly every byte, in one comparison.
            if byte &- 0x20 < 0x5F {
                previous = byte
                continue
            }
            if byte < 0x20 && (singleLine || (byte != 0x0A && byte != 0x09)) { return true }
            if byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
            previous = byte
        }
        return false
    }

    private static func jsonNeedsCleaning(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "b") || next == UInt8(ascii: "f") || next == UInt8(ascii: "r") { return true }
                if next == UInt8(ascii: "u"), let value = hexValue(bytes, at: index + 2), visibleForm(of: value) != nil { return true }
                index += 2
                continue
            }
            if byte == 0x7F || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])) { return true }
            index += 1
        }
        return false
    }

    /// The four hex digits at `index` as a number (the body of a `\uXXXX` escape).
    private static func hexValue(_ bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    private static func followedByLineFeed(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\") else { return false }
        if bytes[index + 1] == UInt8(ascii: "n") { return true }
        return bytes[index + 1] == UInt8(ascii: "u") && hexValue(bytes, at: index + 2) == 0x0A
    }
}
