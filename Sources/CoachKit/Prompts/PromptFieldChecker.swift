/// Finds fields the format does not know — usually typos such as "rubrik", which a decoder would
/// silently ignore. The field sets come from `PromptFormat`, like `schema.json`'s `additionalProperties: false`; fields whose
/// names start with "_" are annotations for authors and always allowed.
struct PromptFieldChecker {
    static let top = PromptFormat.fieldNames(of: "prompt")
    static let phases = Set(Phase.allCases.map(\.rawValue))
    static let phase = PromptFormat.fieldNames(of: "phase")
    static let rubricItem = PromptFormat.fieldNames(of: "rubricItem")
    static let redFlag = PromptFormat.fieldNames(of: "redFlag")
    static let followUp = PromptFormat.fieldNames(of: "followUp")
    static let fact = PromptFormat.fieldNames(of: "fact")
    static let example = PromptFormat.fieldNames(of: "example")
    static let signal = Set(PromptFormat.signalKeys)

    /// The first unknown field, as (path, allowed names), in document order.
    static func firstUnknownField(in map: JSONSourceMap) -> (path: String, allowed: Set<String>)? {
        let ordered = map.positions.sorted { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }
        for (path, _) in ordered {
            guard let (parent, key) = split(path), !key.hasPrefix("_") else { continue }
            if let allowed = allowedKeys(parent: normalize(parent)), !allowed.contains(key) {
                return (path, allowed)
            }
        }
        return nil
    }

    /// "a.b[2].c" → ("a.b[2]", "c"); nil for array elements and the root.
    private static func split(_ path: String) -> (String, String)? {
        guard !path.isEmpty, !path.hasSuffix("]") else { return nil }
        guard let dot = path.lastIndex(of: ".") else { return ("", path) }
        return (String(path[..<dot]), String(path[path.index(after: dot)...]))
    }

    /// Replaces array indices with "[]": "phases.data.rubric[3]" → "phases.data.rubric[]".
    private static func normalize(_ path: String) -> String {
        var result = ""
        var inIndex = false
        for character in path {
            if character == "[" {
                inIndex = true
                result += "[]"
            } else if character == "]" {
                inIndex = false
            } else if !inIndex {
                result.append(character)
            }
        }
        return result
    }

    private static func allowedKeys(parent: String) -> Set<String>? {
        if parent.isEmpty { return top }
        if parent == "phases" || parent == "examples[].answers" { return phases }
        if parent == "facts[]" { return fact }
        if parent == "examples[]" { return example }
        for suffix in [".signals[]", ".unless[]", ".covered[]", ".all[]", ".any[]"] where parent.hasSuffix(suffix) { return signal }
        let parts = parent.split(separator: ".").map(String.init)
        guard parts.first == "phases", parts.count >= 2, phases.contains(parts[1]) else { return nil }
        if parts.count == 2 { return phase }
        if parts.count == 3 {
            switch parts[2] {
            case "rubric[]": return rubricItem
            case "redFlags[]": return redFlag
            case "followUps[]": return followUp
            default: return nil
            }
        }
        return nil
    }
}
