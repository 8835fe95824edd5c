/// A prompt's self-test: its example answers are scored, and a phase whose score contradicts the
/// example's label (a strong answer scoring low, a weak one scoring high) is a problem. It lives with
/// the authoring tools rather than with the prompt rules because it needs the scorer, and the scorer
/// needs prompts: Prompts/ ← Scoring/ ← Authoring/, with no way back.
public struct ExampleSelfTest: Sendable {
    /// Strong example sets must score at least this in every phase…
    public static let strongMinimum = 70
    /// …and weak ones at most this.
    public static let weakMaximum = 35

    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The phases of the prompt's examples that score against their label, one problem each.
    public func problems(_ loaded: LoadedPrompt) -> [PromptError] {
        let scorer = Scorer(prompt: loaded.prompt, lexicon: lexicon)
        var problems: [PromptError] = []
        for (index, example) in loaded.prompt.examples.enumerated() {
            let report = scorer.score(answers: example.answers)
            for phase in Phase.allCases {
                // An answer not written yet is a warning (see `PromptLinter.warnings`), not a failed self-test.
                if PromptLinter.isUnwritten(example.answers[phase]) { continue }
                let score = report.phases[phase]?.score ?? 0
                let path = "examples[\(index)].answers.\(phase.rawValue)"
                let at = loaded.sourceMap.position(of: path)
                switch example.label {
                case .strong where score < Self.strongMinimum:
                    problems.append(.exampleScore(
                        file: loaded.file, at: at, path: path,
                        problem: "the strong example scores \(score) in \(phase.rawValue), under \(Self.strongMinimum)",
                        fix: "Add signals for the ways a strong answer says it, or strengthen the example. Missed: "
                            + (report.phases[phase]?.missed.map(\.id).joined(separator: ", ") ?? "")))
                case .weak where score > Self.weakMaximum:
                    problems.append(.exampleScore(
                        file: loaded.file, at: at, path: path,
                        problem: "the weak example scores \(score) in \(phase.rawValue), over \(Self.weakMaximum)",
                        fix: "Tighten the signals that matched: "
                            + (report.phases[phase]?.matched.map(\.id).joined(separator: ", ") ?? "")))
                default:
                    break
                }
            }
        }
        return problems
    }
}
