import BuiltinPrompts
import Foundation

/// The annotated starting point `mlsd prompts new ID` writes. It is a valid prompt as written
/// (fields starting with "_" are notes for the author), so authors can validate as they go.
public enum PromptTemplate {
    /// The prompt JSON Schema (draft 2020-12) shipped as `Prompts/schema.json`.
    public static var schema: String { String(decoding: BuiltinPrompts.file(named: "schema.json") ?? Data(), as: UTF8.self) }

    public static func json(id: String) -> String {
        let phases = Phase.allCases.map { phase -> String in
            let minutes = ["clarify": 5, "frame": 5, "data": 8, "model": 10, "evaluate": 8, "deploy": 9][phase.rawValue]!
            return """
                    "\(phase.rawValue)": {
                      "_help": "minutes: this phase's budget. goal: one sentence. questions: hints, shown one at a time by /hint.",
                      "minutes": \(minutes),
                      "goal": "What the candidate should achieve in the \(phase.rawValue) phase.",
                      "questions": ["A guiding question for the \(phase.rawValue) phase?"],
                      "rubric": [
                        {
                          "_help": "Covered when any signal matches a sentence that is not negated. Signals: phrase, concept (see lexicon.json), quantity (duration, count, percent, size, money, number), all, any. A match earns 'named' (namedCredit, default half); 'covered' signals say what earns full credit.",
                          "id": "\(phase.rawValue)-first-item",
                          "description": "What a strong answer covers",
                          "weight": 1,
                          "signals": [{ "phrase": "a phrase a candidate would say" }],
                          "covered": [{ "phrase": "because" }],
                          "namedCredit": 0.5,
                          "hint": "A nudge shown when the item is missed.",
                          "why": "Why this matters to an interviewer."
                        }
                      ],
                      "redFlags": [],
                      "followUps": [{ "question": "A probe the interviewer asks after this phase?", "targets": ["\(phase.rawValue)-first-item"] }],
                      "reference": ["What a strong \(phase.rawValue) answer says."]
                    }
            """
        }
        return """
            {
              "_help": "An mlsd case study. The format is documented in Prompts/README.md; 'mlsd prompts schema' prints the JSON Schema. Check it with: mlsd prompts validate \(id).json",
              "schemaVersion": 1,
              "id": "\(id)",
              "version": 1,
              "title": "A short title for \(id)",
              "category": "recommendation",
              "difficulty": "medium",
              "tags": [],
              "statement": "The question the interviewer opens with: Design a system that ...",
              "minutes": 45,
              "phases": {
            \(phases.joined(separator: ",\n"))
              },
              "facts": [
                {
                  "_help": "Answers to the candidate's /ask questions; the fact whose signals match the question best answers it.",
                  "id": "scale",
                  "signals": [{ "concept": "scale" }, { "phrase": "how many users" }],
                  "answer": "About 100 million daily users."
                }
              ],
              "examples": []
            }

            """
    }
}
