/// Prints a `JSONValue` the way the built-in prompts are laid out: 2-space indent, a container on one
/// line when it fits in `width` columns, otherwise one element per line — except arrays of short
/// strings under the keys in `fillKeys` (signal lists, targets, tags, lexicon terms), which are filled
/// like words in a paragraph so short signals share a line and a long one gets a line of its own.
///
/// With `hanging`, brackets get no lines of their own where that only adds lines: an array of strings
/// opens with its first string and closes after its last, an object in an array opens with its first
/// field and closes after its last, and short scalar fields at its start (`"id": …, "weight": 2`)
/// share the first line — the layout of Python's pprint, about four lines fewer per rubric item:
///
///     {"id": "clarify-scale", "weight": 2,
///       "description": "Asks for the scale",
///       "signals": ["@scale + #count", "@qps", "how many + (users | posts)",
///         "(searches | queries) + (per day | per second)"],
///       "hint": "…"},
///
/// Deterministic, so formatting twice gives the same bytes.
public struct JSONPrinter: Sendable {
    public var width: Int
    public var fillKeys: Set<String>
    public var hanging: Bool
    /// A scalar field at most this long (`"weight": 2`) may share a line with the ones before it.
    static let shortField = 40

    public init(width: Int = 120, fillKeys: Set<String> = [], hanging: Bool = false) {
        self.width = width
        self.fillKeys = fillKeys
        self.hanging = hanging
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

    /// `used`: columns already taken on the current line (indent plus a `"key": ` prefix);
    /// `inArray`: the value is an element of an array.
    private func write(_ value: JSONValue, indent: Int, used: Int, key: String?, inArray: Bool = false, into out: inout String) {
        let oneLine = Self.inline(value)
        let pad = String(repeating: " ", count: indent + 2)
        switch value {
        case .array(let elements) where !elements.isEmpty && used + oneLine.count > width:
            let strings = elements.allSatisfy { if case .string = $0 { true } else { false } }
            let fill = key.map(fillKeys.contains) == true && strings
            if hanging && strings {
                writeHanging(elements, fill: fill, indent: indent, used: used, into: &out)
                return
            }
            out += "[\n"
            if fill {
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
                    write(element, indent: indent + 2, used: indent + 2, key: nil, inArray: true, into: &out)
                    out += index == elements.count - 1 ? "\n" : ",\n"
                }
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members) where !members.isEmpty && used + oneLine.count > width:
            if hanging && inArray {
                writeHanging(members, indent: indent, used: used, into: &out)
                return
            }
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

    /// `["first", "second",` … `"last"]`: continuation lines indented by 2; filled like a paragraph
    /// when `fill`, else one string per line.
    private func writeHanging(_ elements: [JSONValue], fill: Bool, indent: Int, used: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent + 2)
        var column = used + 1
        out += "["
        for (index, element) in elements.enumerated() {
            let text = Self.inline(element) + (index == elements.count - 1 ? "]" : ",")
            if index > 0 {
                if fill && column + 1 + text.count <= width {
                    out += " "
                    column += 1
                } else {
                    out += "\n" + pad
                    column = pad.count
                }
            }
            out += text
            column += text.count
        }
    }

    /// `{"id": "x", "weight": 2,` … `"why": "…"}`: the first field on the opening line, with the short
    /// scalar fields that follow it while they fit; the others one per line, indented by 2.
    private func writeHanging(_ members: [JSONValue.Member], indent: Int, used: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent + 2)
        var column = used + 1
        var packing = true
        out += "{"
        for (index, member) in members.enumerated() {
            let prefix = Self.quote(member.key) + ": "
            let closer = index == members.count - 1 ? "}" : ","
            let scalar: Bool = switch member.value { case .array, .object: false; default: true }
            let text = prefix + Self.inline(member.value)
            let short = scalar && text.count <= Self.shortField
            if index > 0 {
                if packing && short && column + 1 + text.count + 1 <= width {
                    out += " "
                    column += 1
                } else {
                    out += "\n" + pad
                    column = pad.count
                }
            }
            packing = packing && short
            var part = prefix
            write(member.value, indent: indent + 2, used: column + prefix.count, key: member.key, into: &part)
            part += closer
            // Columns used on the (possibly new) last line.
            if let newline = part.lastIndex(of: "\n") {
                column = part.distance(from: newline, to: part.endIndex) - 1
            } else {
                column += part.count
            }
            out += part
        }
    }
}
