import Foundation
import Testing
@testable import CoachKit

@Suite("Answer files for mlsd score")
struct AnswerFileTests {
    @Test("JSON: prompt and answers; missing phases are absent")
    func json() throws {
        let file = try AnswerFile.parse(Data(#"{"prompt": "ad-click-prediction", "answers": {"clarify": "Ask about scale.", "model": "Start with logistic regression."}}"#.utf8), file: "a.json")
        #expect(file.promptID == "ad-click-prediction")
        #expect(file.answers == [.clarify: "Ask about scale.", .model: "Start with logistic regression."])
    }

    @Test("JSON: an unknown phase key is named, with its position and a suggestion")
    func unknownPhase() {
        let text = "{\n  \"prompt\": \"x\",\n  \"answers\": {\n    \"evaluation\": \"AUC\"\n  }\n}"
        #expect {
            _ = try AnswerFile.parse(Data(text.utf8), file: "a.json")
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("a.json:4:19: answers.evaluation: unknown phase") && message.contains("Did you mean \"evaluate\"?")
        }
    }

    @Test("JSON: bad syntax and a missing prompt are explained")
    func badJSON() {
        #expect { _ = try AnswerFile.parse(Data("{\"prompt\": \"x\",, }".utf8), file: "a.json") } throws: { "\($0)".contains("a.json:1:16: invalid JSON") }
        #expect { _ = try AnswerFile.parse(Data("{\"answers\": {}}".utf8), file: "a.json") } throws: { "\($0)".contains("prompt") }
        #expect { _ = try AnswerFile.parse(Data("{\"prompt\": \"x\", \"answers\": {\"data\": 3}}".utf8), file: "a.json") } throws: { "\($0)".contains("answers.data") }
    }

    @Test("Markdown: a prompt line and ## phase sections, case-insensitive")
    func markdown() throws {
        let text = """
            prompt: video-recommendation

            ## Clarify
            What is the goal?
            - How many users?

            ## model
            Two towers.
            """
        let file = try AnswerFile.parse(Data(text.utf8), file: "a.md")
        #expect(file.promptID == "video-recommendation")
        #expect(file.answers[.clarify] == "What is the goal?\n- How many users?")
        #expect(file.answers[.model] == "Two towers.")
        #expect(file.answers[.data] == nil)
    }

    @Test("Markdown: errors name the line")
    func markdownErrors() {
        #expect { _ = try AnswerFile.parse(Data("## Clarify\nx".utf8), file: "a.md") } throws: { "\($0)".hasPrefix("a.md:1: expected the first line to be 'prompt: <id>'") }
        #expect { _ = try AnswerFile.parse(Data("prompt: x\n\n## Evaluation\nAUC".utf8), file: "a.md") } throws: {
            "\($0)".hasPrefix("a.md:3: unknown phase heading '## Evaluation'") && "\($0)".contains("Did you mean '## Evaluate'?")
        }
        #expect { _ = try AnswerFile.parse(Data("prompt: x\n## Data\na\n## Data\nb".utf8), file: "a.md") } throws: { "\($0)".contains("a.md:4: the phase 'Data' appears twice") }
        #expect { _ = try AnswerFile.parse(Data("prompt: x\nstray text\n## Data\na".utf8), file: "a.md") } throws: { "\($0)".contains("a.md:2: text before the first phase heading") }
        #expect { _ = try AnswerFile.parse(Data("   \n".utf8), file: "a.md") } throws: { "\($0)".contains("the file is empty") }
    }
}
