/// Finds fields the format does not know — usually typos such as "rubrik", which a decoder would
/// silently ignore. Agrees with `additionalProperties: false` in `Prompts/schema.json`; fields whose
/// names start with "_" are annotations for authors and always allowed.
struct PromptFieldChecker {
    static let top: Set<String> = [
        "$schema", "schemaVersion", "id", "version", "title", "category", "difficulty", "tags", "statement", "minutes",
        "phases", "facts", "examples",
    ]
    static let phases = Set(Phase.allCases.map(\.rawValue))
    static let phase: Set<String> = ["minutes", "goal", "questions", "rubric", "redFlags", "followUps", "reference"]
    static let rubricItem: Set<String> = ["id", "description", "weight", "signals", "hint", "why", "covered", "namedCredit"]
    static let redFlag: Set<String> = ["id", "description", "penalty", "signals", "unless", "why"]
    static let followUp: Set<String> = ["question", "targets"]
    static let fact: Set<String> = ["id", "signals", "answer"]
    static let example: Set<String> = ["label", "answers"]
    static let signal: Set<String> = ["phrase", "concept", "quantity", "all", "any"]

    /// The first unknown field, as (path, allowed names), in document order.
    static func firstUnknownField(in map: JSONSourceMap) -> (path: String, allowed: Set<String>)? {
        let ordered = map.positions.sorted { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }
        for (path, _) in ordered {
            guard let (parent, key) = split(path), !key.hasPrefix("_") else { continue }
            if let allowed = allowedKeys(parent: normalise(parent)), !allowed.contains(key) {
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
    private static func normalise(_ path: String) -> String {
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
