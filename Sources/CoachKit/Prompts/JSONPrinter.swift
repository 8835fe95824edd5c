/// Prints a `JSONValue` the way the built-in prompts are laid out: 2-space indent, a container on one
/// line when it fits in `width` columns, otherwise one element per line — except arrays of short
/// strings under the keys in `fillKeys` (signal lists, targets, tags, lexicon terms), which are filled
/// like words in a paragraph so short signals share a line and a long one gets a line of its own.
/// Deterministic, so formatting twice gives the same bytes.
public struct JSONPrinter: Sendable {
    public var width: Int
    public var fillKeys: Set<String>

    public init(width: Int = 120, fillKeys: Set<String> = []) {
        self.width = width
        self.fillKeys = fillKeys
    }

    /// The document, ending with a newline.
    public func print(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, used: 0, key: nil, into: &out)
        return out + "\n"
    }

    /// `value` on one line: `{"a": 1, "b": [2, 3]}`.
    public static func inline(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return quote(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let elements): return "[" + elements.map(inline).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.map { quote($0.key) + ": " + inline($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// A JSON string literal; non-ASCII text stays as written, control characters are escaped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `used`: columns already taken on the current line (indent plus a `"key": ` prefix).
    private func write(_ value: JSONValue, indent: Int, used: Int, key: String?, into out: inout String) {
        let oneLine = Self.inline(value)
        let pad = String(repeating: " ", count: indent + 2)
        switch value {
        case .array(let elements) where !elements.isEmpty && used + oneLine.count > width:
            out += "[\n"
            if let key, fillKeys.contains(key), elements.allSatisfy({ if case .string = $0 { true } else { false } }) {
                var line = ""
                for (index, element) in elements.enumerated() {
                    let text = Self.inline(element) + (index == elements.count - 1 ? "" : ",")
                    if !line.isEmpty, pad.count + line.count + 1 + text.count > width {
                        out += pad + line + "\n"
                        line = text
                    } else {
                        line += line.isEmpty ? text : " " + text
                    }
                }
                out += pad + line + "\n"
            } else {
                for (index, element) in elements.enumerated() {
                    out += pad
                    write(element, indent: indent + 2, used: indent + 2, key: nil, into: &out)
                    out += index == elements.count - 1 ? "\n" : ",\n"
                }
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members) where !members.isEmpty && used + oneLine.count > width:
            out += "{\n"
            for (index, member) in members.enumerated() {
                let prefix = Self.quote(member.key) + ": "
                out += pad + prefix
                write(member.value, indent: indent + 2, used: indent + 2 + prefix.count, key: member.key, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        default:
            out += oneLine
        }
    }
}
