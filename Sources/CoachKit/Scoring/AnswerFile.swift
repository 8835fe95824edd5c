import Foundation

/// A written answer set for `mlsd score`: JSON `{"prompt": id, "answers": {"clarify": "…", …}}` or
/// Markdown whose first line is `prompt: <id>` followed by `## Clarify` … `## Deploy` sections.
/// Missing phases count as empty.
public struct AnswerFile: Sendable, Equatable {
    public var promptID: String
    public var answers: [Phase: String]

    public init(promptID: String, answers: [Phase: String]) {
        self.promptID = promptID
        self.answers = answers
    }

    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidJSON(file: String, at: JSONSourceMap.Position, message: String)
        case invalidField(file: String, at: JSONSourceMap.Position, path: String, message: String)
        case markdown(file: String, line: Int, message: String)

        public var description: String {
            switch self {
            case .invalidJSON(let file, let at, let message):
                "\(file):\(at): invalid JSON: \(message)."
            case .invalidField(let file, let at, let path, let message):
                "\(file):\(at): \(path): \(message)"
            case .markdown(let file, let line, let message):
                "\(file):\(line): \(message)"
            }
        }
    }

    static let phaseList = Phase.allCases.map(\.rawValue).joined(separator: ", ")

    /// Parses either format: JSON when the first non-space character is "{", Markdown otherwise.
    /// The text is checked to be UTF-8, and its control characters are made visible (``SafeText``):
    /// answers are quoted back in the report.
    public static func parse(_ data: Data, file: String) throws(ParseError) -> AnswerFile {
        if let offset = InputFile.invalidUTF8Offset(data) {
            let line = data.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            throw .markdown(file: file, line: line, message: "the file is not valid UTF-8 at byte \(offset); save it as UTF-8 text.")
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.drop(while: { $0.isWhitespace }).first == "{" { return try parseJSON(data, file: file) }
        return try parseMarkdown(SafeText.clean(text), file: file)
    }

    static func parseJSON(_ data: Data, file: String) throws(ParseError) -> AnswerFile {
        let map: JSONSourceMap
        do {
            map = try JSONSourceMap(Array(data))
        } catch {
            throw .invalidJSON(file: file, at: error.position, message: error.message)
        }
        let root = (try? JSONSerialization.jsonObject(with: SafeText.cleanJSON(data))) as? [String: Any] ?? [:]
        guard let prompt = root["prompt"] as? String, !prompt.isEmpty else {
            throw .invalidField(file: file, at: map.position(of: "prompt"), path: "prompt",
                                message: "expected the case study's id as a string, e.g. \"prompt\": \"video-recommendation\".")
        }
        for key in root.keys where key != "prompt" && key != "answers" && !key.hasPrefix("_") {
            throw .invalidField(file: file, at: map.position(of: key), path: key,
                                message: "unknown field; an answer file has \"prompt\" and \"answers\".")
        }
        var answers: [Phase: String] = [:]
        if let raw = root["answers"] {
            guard let object = raw as? [String: Any] else {
                throw .invalidField(file: file, at: map.position(of: "answers"), path: "answers",
                                    message: "expected an object mapping phases (\(phaseList)) to answer text.")
            }
            for (key, value) in object {
                guard let phase = Phase(rawValue: key) else {
                    let hint = Suggestion.hint(for: key, in: Phase.allCases.map(\.rawValue), shown: Suggestion.doubleQuoted)
                    throw .invalidField(file: file, at: map.position(of: "answers.\(key)"), path: "answers.\(key)",
                                        message: "unknown phase \"\(key)\"; the phases are \(phaseList).\(hint)")
                }
                guard let text = value as? String else {
                    throw .invalidField(file: file, at: map.position(of: "answers.\(key)"), path: "answers.\(key)",
                                        message: "expected the answer as a string.")
                }
                answers[phase] = text
            }
        }
        return AnswerFile(promptID: prompt, answers: answers)
    }

    static func parseMarkdown(_ text: String, file: String) throws(ParseError) -> AnswerFile {
        // Split on every newline: "\r\n" is one Character in Swift, so splitting on "\n" would miss it.
        // Substrings and a native trim: Foundation's trimmingCharacters bridges every line through
        // NSString, which made a million-line file take seconds.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func trim(_ line: Substring, newlines: Bool = false) -> Substring {
            func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c.isWhitespace && (newlines || !c.isNewline) }
            guard let start = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else {
                return line[line.endIndex...]
            }
            return line[start...last]
        }
        guard let first = lines.firstIndex(where: { !trim($0).isEmpty }) else {
            throw .markdown(file: file, line: 1, message: "the file is empty; start it with a line 'prompt: <id>' and add '## Clarify' … '## Deploy' sections.")
        }
        let header = String(trim(lines[first]))
        guard header.lowercased().hasPrefix("prompt:") else {
            throw .markdown(file: file, line: first + 1, message: "expected the first line to be 'prompt: <id>', found '\(SafeText.clean(String(header.prefix(60)), singleLine: true))'.")
        }
        let promptID = header.dropFirst("prompt:".count).trimmingCharacters(in: .whitespaces)
        guard !promptID.isEmpty else {
            throw .markdown(file: file, line: first + 1, message: "the 'prompt:' line has no id; write e.g. 'prompt: video-recommendation'.")
        }
        var answers: [Phase: String] = [:]
        var current: Phase?
        var buffer: [Substring] = []
        func flush() {
            if let current { answers[current] = String(trim(Substring(buffer.joined(separator: "\n")), newlines: true)) }
            buffer = []
        }
        for (index, line) in lines.enumerated().dropFirst(first + 1) {
            let trimmed = trim(line)
            if trimmed.hasPrefix("## ") {
                let name = trim(trimmed.dropFirst(3)).lowercased()
                guard let phase = Phase(rawValue: name) else {
                    let hint = Suggestion.hint(for: name, in: Phase.allCases.map(\.rawValue), shown: { "'## \($0.capitalized)'" })
                    throw .markdown(file: file, line: index + 1, message: "unknown phase heading '\(trimmed)'; the phases are \(phaseList).\(hint)")
                }
                if answers[phase] != nil || current == phase {
                    throw .markdown(file: file, line: index + 1, message: "the phase '\(phase.title)' appears twice; merge the two sections.")
                }
                flush()
                current = phase
            } else if current == nil {
                if !trimmed.isEmpty && !trimmed.hasPrefix("# ") {
                    throw .markdown(file: file, line: index + 1, message: "text before the first phase heading; put it under a heading such as '## Clarify'.")
                }
            } else {
                buffer.append(line)
            }
        }
        flush()
        return AnswerFile(promptID: promptID, answers: answers)
    }
}
