import Foundation

/// The annotated starting point `mlsd prompts new ID` writes. It is a valid prompt as written
/// (fields starting with "_" are notes for the author), so authors can validate as they go; its
/// example answers start with "TODO", which `validate` reports as a warning (`--strict` fails it)
/// until the author writes them.
public enum PromptTemplate {
    /// The prompt JSON Schema (draft 2020-12), generated from `PromptFormat`; `Prompts/schema.json` is a copy.
    public static var schema: String { PromptSchema.text }

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
                          "_help": "Covered when any signal matches a sentence that is not negated. A signal: words (a phrase), @concept (mlsd prompts concepts), #duration/#count/#percent/#size/#money/#number, $list (a named signal list of the lexicon), a + b (all in one sentence), a | b (any), ( ). Example: \\"@latency + (#duration | budget)\\". weight defaults to 1. A match earns 'named' credit (namedCredit, default half); 'covered' signals say what earns full credit.",
                          "id": "\(phase.rawValue)-first-item",
                          "description": "What a strong answer covers",
                          "weight": 1,
                          "signals": ["a phrase a candidate would say"],
                          "covered": ["because"],
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
              "_help": "An mlsd case study. 'mlsd prompts guide' prints the format guide, 'mlsd prompts concepts' the lexicon, 'mlsd prompts schema' the JSON Schema. Check it with: mlsd prompts validate \(id).json",
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
                  "signals": ["@scale", "how many users"],
                  "answer": "About 100 million daily users."
                }
              ],
              "examples": [
                {
                  "_help": "The prompt's self-test: 'mlsd prompts validate' fails when the strong answers score under 70 or the weak ones over 35 in a phase. Replace every TODO.",
                  "label": "strong",
                  "answers": {
                    "clarify": "TODO: how a strong candidate answers clarify, in their words.",
                    "frame": "TODO: how a strong candidate answers frame, in their words.",
                    "data": "TODO: how a strong candidate answers data, in their words.",
                    "model": "TODO: how a strong candidate answers model, in their words.",
                    "evaluate": "TODO: how a strong candidate answers evaluate, in their words.",
                    "deploy": "TODO: how a strong candidate answers deploy, in their words."
                  }
                },
                {
                  "label": "weak",
                  "answers": {
                    "clarify": "TODO: a vague or wrong clarify answer.",
                    "frame": "TODO: a vague or wrong frame answer.",
                    "data": "TODO: a vague or wrong data answer.",
                    "model": "TODO: a vague or wrong model answer.",
                    "evaluate": "TODO: a vague or wrong evaluate answer.",
                    "deploy": "TODO: a vague or wrong deploy answer."
                  }
                }
              ]
            }

            """
    }
}
