/// Numbers the (case study, phase, rubric item) triples of an ``ItemSchedule`` 0, 1, 2, … in order of
/// first appearance, so the half a million reviews of 10,000 sessions are folded by number. A case
/// study is looked up once per session (``promptNumber(_:)``) and an item by its id alone within its
/// case study and phase, so a review costs one hash of a short string.
struct ItemNumbering {
    let outlines: [String: PromptOutline]
    /// Each numbered item, by number.
    private(set) var items: [ItemSchedule.Item] = []
    /// Each numbered item's description in its current prompt (nil: the prompt no longer has it).
    private(set) var descriptions: [String?] = []
    private var promptNumbers: [String: Int] = [:]
    /// Item id → number, one table per case study and phase (case study number × 6 + phase).
    private var tables: [[String: Int32]] = []

    init(outlines: [String: PromptOutline]) {
        self.outlines = outlines
    }

    /// The case study's number, to pass to ``slot(prompt:phase:itemID:)``.
    mutating func promptNumber(_ promptID: String) -> Int {
        if let number = promptNumbers[promptID] { return number }
        let number = promptNumbers.count
        promptNumbers[promptID] = number
        tables.append(contentsOf: repeatElement([:], count: Phase.allCases.count))
        return number
    }

    /// The item's number, given a new one the first time it is seen.
    mutating func slot(prompt: Int, promptID: String, phase: Phase, itemID: String) -> Int32 {
        let table = prompt * Phase.allCases.count + ProgressStats.slot(phase)
        if let slot = tables[table][itemID] { return slot }
        let slot = Int32(items.count)
        tables[table][itemID] = slot
        items.append(ItemSchedule.Item(promptID: promptID, phase: phase, itemID: itemID))
        descriptions.append(outlines[promptID]?.itemDescription(phase, itemID))
        return slot
    }

    /// The slot of item `number` of `results` (looked up by its strings once, then by number).
    mutating func slot(number: UInt32, in results: ItemResults) -> Int32 {
        let index = Int(number)
        if index >= slotsByNumber.count { slotsByNumber += repeatElement(-1, count: index + 1 - slotsByNumber.count) }
        if slotsByNumber[index] >= 0 { return slotsByNumber[index] }
        let item = results.items[index]
        let slot = slot(promptID: item.promptID, phase: item.phase, itemID: item.itemID)
        slotsByNumber[index] = slot
        return slot
    }
    private var slotsByNumber: [Int32] = []

    /// The same, looking the case study up (for one-off reviews such as drills).
    mutating func slot(promptID: String, phase: Phase, itemID: String) -> Int32 {
        slot(prompt: promptNumber(promptID), promptID: promptID, phase: phase, itemID: itemID)
    }
}
