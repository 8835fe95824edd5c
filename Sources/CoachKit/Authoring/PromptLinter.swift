import Foundation

/// Rules a prompt must follow beyond what the decoder checks: unique rubric ids, positive weights,
/// phase minutes adding up to the total, concept references that resolve, no empty signal lists,
/// follow-ups aimed at their own phase's items. Whether the example answers score as labelled is
/// `ExampleSelfTest`'s job (it needs the scorer; the rules here need only the prompt).
public struct PromptLinter: Sendable {
    public let lexicon: Lexicon
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func lint(_ loaded: LoadedPrompt) -> [PromptError] {
        var problems: [PromptError] = []
        if let problem = PromptError.invalidID(of: loaded) { problems.append(problem) }
        let report: Report = { path, problem, fix in
            problems.append(.rule(file: loaded.file, at: loaded.sourceMap.position(of: path), path: path, problem: problem, fix: fix))
        }
        let prompt = loaded.prompt
        lintHeader(prompt, report: report)
        var itemOwners: [String: String] = [:]
        for phase in Phase.allCases {
            lintPhase(phase, of: prompt, itemOwners: &itemOwners, report: report)
        }
        lintFacts(prompt, report: report)
        return problems
    }

    /// Reports a problem at a JSON path: (path, what is wrong, how to fix it).
    private typealias Report = (String, String, String) -> Void

    /// Tags, the texts every prompt needs, and minutes that add up.
    private func lintHeader(_ prompt: Prompt, report: Report) {
        for (index, tag) in prompt.tags.enumerated() where !Identifier.isValid(tag) {
            report("tags[\(index)]", "the tag \"\(tag)\" is not lowercase-kebab", "Use lowercase letters, digits and hyphens.")
        }
        for field in [("title", prompt.title), ("statement", prompt.statement), ("category", prompt.category)]
        where field.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(field.0, "\(field.0) is empty", "Write the \(field.0).")
        }
        if prompt.minutes <= 0 {
            report("minutes", "minutes must be positive, found \(prompt.minutes)", "Set the total interview length, e.g. 45.")
        }
        let phaseMinutes = Phase.allCases.map { prompt.spec($0).minutes }
        if phaseMinutes.reduce(0, +) != prompt.minutes {
            let list = zip(Phase.allCases, phaseMinutes).map { "\($0.rawValue) \($1)" }.joined(separator: " + ")
            report("minutes", "the phase minutes (\(list) = \(phaseMinutes.reduce(0, +))) do not add up to minutes (\(prompt.minutes))",
                   "Change the phase minutes or the total so they agree.")
        }
    }

    /// A phase's minutes, rubric (ids unique across the prompt, weights, signals), red flags and
    /// follow-ups.
    private func lintPhase(_ phase: Phase, of prompt: Prompt, itemOwners: inout [String: String], report: Report) {
        let spec = prompt.spec(phase)
        let base = "phases.\(phase.rawValue)"
        if spec.minutes <= 0 {
            report("\(base).minutes", "each phase needs a positive number of minutes, found \(spec.minutes)", "Give \(phase.rawValue) at least 1 minute.")
        }
        if spec.rubric.isEmpty {
            report("\(base).rubric", "the \(phase.rawValue) rubric is empty", "Add at least one rubric item.")
        }
        for (index, item) in spec.rubric.enumerated() {
            let path = "\(base).rubric[\(index)]"
            if let owner = itemOwners[item.id] {
                report("\(path).id", "the rubric item id \"\(item.id)\" is already used at \(owner)", "Give every rubric item of a prompt its own id.")
            } else {
                itemOwners[item.id] = path
            }
            if !Identifier.isValid(item.id) {
                report("\(path).id", "the rubric item id \"\(item.id)\" is not lowercase-kebab", "Use e.g. \"\(phase.rawValue)-scale\".")
            }
            if !(item.weight > 0) {
                report("\(path).weight", "weight must be positive, found \(item.weight)", "Use a weight such as 1, 2 or 3.")
            }
            checkSignals(item.signals, path: "\(path).signals", report: report)
            checkSignals(item.covered, path: "\(path).covered", allowEmpty: true, report: report)
            if let credit = item.namedCredit, !(credit >= 0 && credit <= 1) {
                report("\(path).namedCredit", "namedCredit must be between 0 and 1, found \(credit)", "Use e.g. 0.5 (half the weight).")
            }
        }
        var flagIDs: Set<String> = []
        for (index, flag) in spec.redFlags.enumerated() {
            let path = "\(base).redFlags[\(index)]"
            if !flagIDs.insert(flag.id).inserted {
                report("\(path).id", "the red flag id \"\(flag.id)\" is used twice in \(phase.rawValue)", "Give each red flag its own id.")
            }
            if flag.penalty <= 0 || flag.penalty > 100 {
                report("\(path).penalty", "penalty must be between 1 and 100, found \(flag.penalty)", "Use a penalty such as 10 or 15.")
            }
            checkSignals(flag.signals, path: "\(path).signals", report: report)
            checkSignals(flag.unless, path: "\(path).unless", allowEmpty: true, report: report)
        }
        let ids = Set(spec.rubric.map(\.id))
        for (index, followUp) in spec.followUps.enumerated() {
            for (targetIndex, target) in followUp.targets.enumerated() where !ids.contains(target) {
                report("\(base).followUps[\(index)].targets[\(targetIndex)]",
                       "the follow-up targets \"\(target)\", which is not a rubric item of \(phase.rawValue)",
                       "Name one of: \(spec.rubric.map(\.id).joined(separator: ", ")).")
            }
        }
    }

    /// Interviewer facts: unique ids and well-formed signals.
    private func lintFacts(_ prompt: Prompt, report: Report) {
        var factIDs: Set<String> = []
        for (index, fact) in prompt.facts.enumerated() {
            if !factIDs.insert(fact.id).inserted {
                report("facts[\(index)].id", "the fact id \"\(fact.id)\" is used twice", "Give each fact its own id.")
            }
            checkSignals(fact.signals, path: "facts[\(index)].signals", report: report)
        }
    }

    /// An example answer that still starts with this is a placeholder from `mlsd prompts new`.
    public static let placeholderPrefix = "TODO"

    /// An answer left empty or still holding the template's placeholder.
    static func isUnwritten(_ answer: String?) -> Bool {
        let text = (answer ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty || text.hasPrefix(placeholderPrefix)
    }

    /// What does not stop the prompt from working but should be fixed: no self-test (no strong or no
    /// weak example set, or placeholder answers not written yet) and stem-redundant signal variants.
    /// `mlsd prompts validate` prints them; `--strict` fails on them.
    public func warnings(_ loaded: LoadedPrompt) -> [PromptError] {
        var warnings: [PromptError] = []
        let prompt = loaded.prompt
        func warn(_ path: String, _ problem: String, _ fix: String) {
            warnings.append(.rule(file: loaded.file, at: loaded.sourceMap.position(of: path), path: path, problem: problem, fix: fix))
        }
        for label in [ExampleAnswerSet.Label.strong, .weak] where !prompt.examples.contains(where: { $0.label == label }) {
            warn("examples", "no \(label.rawValue) example answers, so nothing tests the rubric",
                 "Add {\"label\": \"\(label.rawValue)\", \"answers\": {…}} with an answer per phase (`mlsd prompts new` writes a skeleton).")
        }
        for (index, example) in prompt.examples.enumerated() {
            let unwritten = Phase.allCases.filter { Self.isUnwritten(example.answers[$0]) }
            guard let first = unwritten.first else { continue }
            warn("examples[\(index)].answers.\(first.rawValue)",
                 "the \(example.label.rawValue) example answers for \(unwritten.map(\.rawValue).joined(separator: ", ")) are not written yet",
                 "Replace each \(Self.placeholderPrefix) with how a \(example.label.rawValue) candidate answers that phase.")
        }
        let normalizer = SignalNormalizer()
        func checkVariants(_ signals: [Signal], path: String) {
            for redundancy in normalizer.redundancies(in: signals) {
                warn(path, "\"\(redundancy.dropped)\" adds nothing to \"\(redundancy.kept)\": matching is on stems already",
                     "Remove it; `mlsd prompts fmt` does.")
            }
        }
        for phase in Phase.allCases {
            let spec = prompt.spec(phase)
            for (index, item) in spec.rubric.enumerated() {
                checkVariants(item.signals, path: "phases.\(phase.rawValue).rubric[\(index)].signals")
                checkVariants(item.covered, path: "phases.\(phase.rawValue).rubric[\(index)].covered")
            }
            for (index, flag) in spec.redFlags.enumerated() {
                checkVariants(flag.signals, path: "phases.\(phase.rawValue).redFlags[\(index)].signals")
                checkVariants(flag.unless, path: "phases.\(phase.rawValue).redFlags[\(index)].unless")
            }
        }
        return warnings
    }

    /// What `mlsd prompts validate` warns about in a lexicon file's named lists: a stem-redundant variant
    /// inside a list (`mlsd prompts fmt` simplifies the signals it expands, so a list holding one can never
    /// be written as its `$name`), and a list named like a concept (`$x` and `@x` would read alike).
    /// `lists`: every list resolved, those of earlier lexicons included.
    public static func lexiconWarnings(_ own: Lexicon, lists: SignalLists, concepts: Set<String>, file: String, data: Data) -> [PromptError] {
        let map = (try? JSONSourceMap(Array(data))) ?? (try! JSONSourceMap(Array("{}".utf8)))
        var warnings: [PromptError] = []
        let normalizer = SignalNormalizer()
        for name in own.lists.keys.sorted() {
            let path = "lists.\(name)"
            for redundancy in normalizer.redundancies(in: lists.alternatives[name] ?? []) {
                warnings.append(.rule(file: file, at: map.position(of: path), path: path,
                                      problem: "\"\(redundancy.dropped)\" adds nothing to \"\(redundancy.kept)\": matching is on stems already, and `mlsd prompts fmt` cannot write a list with such a variant as $\(name)",
                                      fix: "Remove \"\(redundancy.dropped)\" from the list."))
            }
            if concepts.contains(name) {
                warnings.append(.rule(file: file, at: map.position(of: path), path: path,
                                      problem: "the list $\(name) has the name of the concept @\(name), so the two read alike",
                                      fix: "Give the list a name of its own, e.g. \"\(name)-signals\"."))
            }
        }
        return warnings
    }

    private func checkSignals(
        _ signals: [Signal], path: String, allowEmpty: Bool = false, report: (String, String, String) -> Void
    ) {
        if signals.isEmpty && !allowEmpty {
            report(path, "the signal list is empty, so nothing can match", "Add at least one signal (the syntax: `mlsd prompts guide`).")
        }
        for (index, signal) in signals.enumerated() {
            check(signal, path: "\(path)[\(index)]", report: report)
        }
    }

    private func check(_ signal: Signal, path: String, report: (String, String, String) -> Void) {
        switch signal {
        case .concept(let id) where lexicon.concepts[id] == nil:
            let suggestion = Suggestion.hint(for: id, in: Array(lexicon.concepts.keys), shown: Suggestion.doubleQuoted)
            report("\(path).concept", "the concept \"\(id)\" is not in the lexicon", "Use an existing concept (`mlsd prompts concepts` lists them) or add it to a lexicon.json beside the prompt.\(suggestion)")
        case .phrase(let text) where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
            report("\(path).phrase", "the phrase is empty", "Write the words to match.")
        case .all(let list), .any(let list):
            let key = if case .all = signal { "all" } else { "any" }
            checkSignals(list, path: "\(path).\(key)", report: report)
        default:
            break
        }
    }
}
