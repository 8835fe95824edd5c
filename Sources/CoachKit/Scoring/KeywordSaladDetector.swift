/// Recognises sentences that are bare lists of terms ("latency, QPS, two-tower, NDCG, A/B test")
/// rather than statements. An interviewer credits what a candidate *says*; naming a buzzword is not
/// saying anything about it.
///
/// A sentence is list-like when
/// - it has no function words at all (no "we", "the", "to", "for", "is", …; "and"/"or" do not
///   count) and no number with a unit, and is either a comma (or slash) list or five words or more; or
/// - three quarters or more of its comma-separated items are short (up to three words) without
///   function words, and there are at least four of them,
///   even behind a lead-in ("We'd think about latency, QPS, drift, calibration and fairness").
/// A line of one to four words without function words ("Cold start") is a *bare term*: one alone is
/// just a terse sentence, but several make a newline-separated list.
/// A "key: value" note whose value is a single item ("Objective: watch time") is a statement, and so
/// is a headed list whose heading names what the items are ("Ad features: advertiser ID, category,
/// format", "Guardrails: hide rate and report rate"): it says which features, which guardrails.
/// A heading that names nothing ("Key topics:", "Things to consider:", "We would think about:")
/// does not make a list of buzzwords a statement.
struct KeywordSaladDetector: Sendable {
    /// The share of an answer's words in list-like sentences above which the answer is keyword salad.
    static let saladShare = 0.6
    /// Longest bare term, in words.
    static let bareTermWords = 4

    /// A single term on its own: no function words, no quantity, one item of at most four words.
    func isBareTerm(tokens: [Token], quantities: [Quantity]) -> Bool {
        if quantities.contains(where: { $0.kind != nil }) { return false }
        let words = tokens.filter { $0.kind == .word || $0.kind == .number }
        guard !words.isEmpty, words.count <= Self.bareTermWords else { return false }
        if tokens.contains(where: { $0.kind == .punctuation && $0.text == ":" }) { return false }
        return !words.contains(where: Self.isGrammar) && segments(of: tokens[...]).count == 1
    }

    func isListLike(tokens: [Token], quantities: [Quantity]) -> Bool {
        if quantities.contains(where: { $0.kind != nil }) { return false }
        var body = tokens[...]
        if let colon = tokens.firstIndex(where: { $0.kind == .punctuation && $0.text == ":" }) {
            let value = tokens[(colon + 1)...]
            let valueSegments = segments(of: value)
            if valueSegments.count <= 1, value.contains(where: \.isTerm) { return false }
            if isMeaningfulHeading(tokens[..<colon]), value.contains(where: \.isTerm) { return false }
            body = value
        }
        let words = body.filter { $0.kind == .word || $0.kind == .number }
        guard !words.isEmpty else { return false }
        let functionWords = words.filter(Self.isGrammar)
        let bodySegments = segments(of: body)
        // Several items, or a run of five or more words with no function word at all: nobody writes a
        // statement that way ("two tower retrieval GBDT ranker NDCG calibration drift").
        if functionWords.isEmpty { return bodySegments.count >= 2 || words.count > Self.bareTermWords }
        let listItems = bodySegments.filter { segment in
            segment.count <= 3 && !segment.contains(where: Self.isGrammar)
        }
        return listItems.count >= 4 && Double(listItems.count) >= 0.75 * Double(bodySegments.count)
    }

    /// A word that makes a statement of a line: a function word other than the list joiners "and"/"or",
    /// or a word in another script (a note in Korean or Chinese is written in sentences the scorer
    /// cannot parse; its grammar is in those words, so it is never a bare list of English terms).
    static func isGrammar(_ token: Token) -> Bool {
        token.isForeignScript || (FunctionWords.contains(token.text) && !FunctionWords.listJoiners.contains(token.text))
    }

    /// A heading of at most a few words that names something: a content word other than the
    /// generic words of a note ("key", "topics", "things", "considerations", "plan").
    private func isMeaningfulHeading(_ heading: ArraySlice<Token>) -> Bool {
        let words = heading.filter(\.isTerm)
        guard !words.isEmpty, words.count <= Self.longestHeading else { return false }
        return words.contains { $0.kind == .word && !FunctionWords.contains($0.text) && !Self.genericHeadingWords.contains($0.text) }
    }

    /// Longest heading, in words, of a headed list.
    static let longestHeading = 6

    /// Words of headings that only announce a list ("Key topics:", "Main considerations:", "My plan:").
    private static let genericHeadingWords: Set<String> = [
        "key", "main", "important", "major", "core", "other", "various", "misc", "miscellaneous", "general", "overall",
        "topic", "topics", "thing", "things", "keyword", "keywords", "buzzword", "buzzwords", "term", "terms", "point",
        "points", "consideration", "considerations", "consider", "aspect", "aspects", "area", "areas", "concept",
        "concepts", "idea", "ideas", "item", "items", "note", "notes", "stuff", "list", "summary", "overview",
        "highlights", "tldr", "checklist", "agenda", "outline", "plan", "approach", "design", "solution", "answer",
        "components", "pieces", "parts", "elements", "bits", "concerns", "factors", "issues", "mention", "cover",
        "discuss", "talk", "remember", "include", "includes", "including", "look", "covered", "mentioned", "quick",
    ]

    /// Items of a list: words between commas, semicolons, slashes, pipes and the joiners "and"/"or".
    private func segments(of tokens: ArraySlice<Token>) -> [[Token]] {
        var result: [[Token]] = []
        var current: [Token] = []
        for token in tokens {
            let separates = (token.kind == .punctuation && [",", ";", "/", "|", "+"].contains(token.text))
                || (token.kind == .symbol && token.text == "+")
                || (token.kind == .word && FunctionWords.listJoiners.contains(token.text))
            if separates {
                if !current.isEmpty { result.append(current) }
                current = []
            } else if token.kind == .word || token.kind == .number {
                current.append(token)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
