import Foundation

/// A drill on one rubric item of one case study (`mlsd drill`): a 60–120-second answer to a single
/// question built from the item's hint, scored on that item alone — covered or not.
public struct ItemDrill: Codable, Sendable, Equatable, Hashable {
    public var promptID: String
    public var phase: Phase
    public var itemID: String
    /// The rubric item's description, as the report names it ("Splits the latency budget with numbers").
    public var description: String
    /// What the candidate is asked: the item's hint, which rubric authors write as an instruction
    /// ("Say how the ad's last-hour clicks reach the model within minutes.").
    public var question: String

    public static let defaultSeconds = 90
    public static let secondsRange = 60...120

    public init(promptID: String, phase: Phase, itemID: String, description: String, question: String) {
        self.promptID = promptID
        self.phase = phase
        self.itemID = itemID
        self.description = description
        self.question = question
    }

    /// The drill for `itemID` of `prompt`, or nil when the prompt has no such item.
    public init?(prompt: Prompt, itemID: String) {
        for phase in Phase.allCases {
            if let item = prompt.spec(phase).rubric.first(where: { $0.id == itemID }) {
                self.init(prompt: prompt, phase: phase, item: item)
                return
            }
        }
        return nil
    }

    public init(prompt: Prompt, phase: Phase, item: RubricItem) {
        self.init(
            promptID: prompt.id, phase: phase, itemID: item.id, description: item.description,
            question: Self.question(from: item))
    }

    /// The hint is already phrased as an instruction; the description ("Asks for …", "Splits …")
    /// serves when a prompt has no hint.
    static func question(from item: RubricItem) -> String {
        let hint = item.hint.trimmingCharacters(in: .whitespacesAndNewlines)
        if !hint.isEmpty { return hint }
        return "In a minute or two: " + item.description.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
