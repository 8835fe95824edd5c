/// Scores 0–100 as a row of block characters (▁ to █) on a fixed scale, so a rising line means rising
/// scores whatever the range; a gap (no practice that week) is a dot.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func render(_ values: [Double?]) -> String {
        String(values.map { value -> Character in
            guard let value else { return "·" }
            let index = Int((max(0, min(100, value)) / 100 * Double(blocks.count - 1)).rounded())
            return blocks[index]
        })
    }
}
