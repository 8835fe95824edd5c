/// A prompt and lexicon compiled once for matching: every phrase and lexicon term normalised,
/// stemmed and interned; every signal of every rubric item, red flag and interviewer fact turned
/// into a `CompiledSignal`; the statement's content words collected for spotting restatements.
/// Built by `Scorer.init`, immutable afterwards, so one scorer can serve any number of answers
/// from any number of threads.
struct ScoringModel: Sendable {
    struct Item: Sendable {
        var item: RubricItem
        var signals: [CompiledSignal]
        /// What lifts the item from named to covered (`RubricItem.covered`), compiled.
        var covered: [CompiledSignal] = []
        /// Kinds of the quantities among its signals, when its description asks for a number ("with
        /// numbers", "as a number"): such an item needs one to be covered. Empty otherwise — a quantity that
        /// is merely one way of matching ("retrain every 6 hours" or "retrain daily") asks for nothing.
        var quantityKinds: [QuantityKind] = []
    }

    struct Flag: Sendable {
        var flag: RedFlag
        var signals: [CompiledSignal]
        var unless: [CompiledSignal]
    }

    struct Fact: Sendable {
        var fact: InterviewerFact
        var signals: [CompiledSignal]
    }

    /// Words allowed between consecutive words of a rubric phrase, and of a lexicon term.
    static let phraseGap = 3
    static let termGap = 1
    /// Function words that bind to the word after them in a phrase.
    static let bindingWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "every", "each", "all", "any", "some", "no", "many", "much",
        "how", "what", "which", "few", "several", "own", "such", "other", "another", "more", "most", "less", "our", "their",
        "my", "your", "its",
    ]

    let stemmer = EnglishStemmer()
    private(set) var vocabulary = Vocabulary()
    private(set) var phrases: [PhrasePattern] = []
    /// Phrase indices by the vocabulary id of their first word, to find candidates in a sentence fast.
    private(set) var phrasesByFirstID: [[Int]] = []
    private(set) var items: [Phase: [Item]] = [:]
    /// Every rubric item of every phase, numbered in phase order, for the indexes below.
    private(set) var allItems: [ItemReference] = []
    /// Which rubric items (by number in `allItems`) mention each phrase (by index), and which mention a
    /// quantity: a sentence only needs the items one of whose words or numbers it contains.
    private(set) var itemsByPhrase: [[Int]] = []
    private(set) var quantityItems: [Int] = []
    private(set) var flags: [Phase: [Flag]] = [:]
    private(set) var facts: [Fact] = []
    /// Stems of the content words of the prompt's title and statement.
    private(set) var statementStems: Set<String> = []
    /// The prompt's guiding questions, follow-ups, goals and rubric texts, for spotting answers that echo them.
    private(set) var echoSources: [RestatementDetector.Source] = []
    /// Stem → indices into `echoSources` of the sources holding it, so checking a sentence for echoes
    /// costs its words' postings rather than every source (the check runs for every sentence).
    private(set) var echoPostings: [String: [Int]] = [:]
    /// The distinctive words of each rubric item, for notes that say its idea in other words.
    private(set) var topics = TopicOverlap(itemTexts: [], statementStems: [], stems: { _ in [] })

    private var phraseIndex: [PhrasePattern: Int] = [:]
    private var conceptCache: [String: [Int]] = [:]

    init(prompt: Prompt, lexicon: Lexicon) {
        for phase in Phase.allCases {
            let spec = prompt.spec(phase)
            items[phase] = spec.rubric.map {
                Item(item: $0, signals: $0.signals.map { compile($0, lexicon: lexicon) }, covered: $0.covered.map { compile($0, lexicon: lexicon) },
                     quantityKinds: Self.asksForNumber($0.description) ? Self.quantityKinds(in: $0.signals) : [])
            }
            flags[phase] = spec.redFlags.map {
                Flag(flag: $0, signals: $0.signals.map { compile($0, lexicon: lexicon) }, unless: $0.unless.map { compile($0, lexicon: lexicon) })
            }
        }
        facts = prompt.facts.map { Fact(fact: $0, signals: $0.signals.map { compile($0, lexicon: lexicon) }) }
        // Index phrases by first word once every phrase (including the facts') is known.
        phrasesByFirstID = Array(repeating: [], count: vocabulary.keys.count)
        for (index, pattern) in phrases.enumerated() { phrasesByFirstID[pattern.ids[0]].append(index) }
        itemsByPhrase = Array(repeating: [], count: phrases.count)
        for phase in Phase.allCases {
            for (index, item) in (items[phase] ?? []).enumerated() {
                let number = allItems.count
                allItems.append(ItemReference(phase: phase, index: index))
                var leaves = Set<Int>()
                var hasQuantity = false
                for signal in item.signals { Self.collectLeaves(signal, phrases: &leaves, hasQuantity: &hasQuantity) }
                for phrase in leaves.sorted() { itemsByPhrase[phrase].append(number) }
                if hasQuantity { quantityItems.append(number) }
            }
        }
        // Descriptions and hints are read twice (topics, echoes) and share most words: stem each text
        // and each word once.
        var stemsOfWord: [String: String] = [:]
        var stemsOfText: [String: Set<String>] = [:]
        let stemmer = self.stemmer
        let stems = { (text: String) -> Set<String> in
            if let known = stemsOfText[text] { return known }
            let result = Self.contentStems(of: text, stemmer: stemmer, memo: &stemsOfWord)
            stemsOfText[text] = result
            return result
        }
        statementStems = stems(prompt.title + ". " + prompt.statement)
        let itemTexts = allItems.map { reference in [item(reference).item.description, item(reference).item.hint] }
        topics = TopicOverlap(itemTexts: itemTexts, statementStems: statementStems, stems: stems)
        for phase in Phase.allCases {
            let spec = prompt.spec(phase)
            for question in spec.questions + spec.followUps.map(\.question) {
                echoSources.append(.init(kind: .guidingQuestion, stems: stems(question)))
            }
            for text in [spec.goal] + spec.rubric.flatMap({ [$0.description, $0.hint] }) {
                echoSources.append(.init(kind: .rubricText, stems: stems(text)))
            }
        }
        echoSources.removeAll { $0.stems.isEmpty }
        for (index, source) in echoSources.enumerated() {
            for stem in source.stems { echoPostings[stem, default: []].append(index) }
        }
        phraseIndex = [:]
        conceptCache = [:]
    }

    func items(of phase: Phase) -> [Item] { items[phase] ?? [] }

    /// Stems of the content words (numbers and words other than function words) of a text; `memo`
    /// keeps each word's stem.
    private static func contentStems(of text: String, stemmer: EnglishStemmer, memo: inout [String: String]) -> Set<String> {
        var stems = Set<String>()
        for token in Tokenizer().tokens(in: text) where token.isTerm {
            guard token.kind == .number || !FunctionWords.contains(token.text) else { continue }
            if let known = memo[token.text] {
                stems.insert(known)
            } else {
                let stem = Vocabulary.key(for: token, stemmer: stemmer)
                memo[token.text] = stem
                stems.insert(stem)
            }
        }
        return stems
    }

    func item(_ reference: ItemReference) -> Item { items[reference.phase]![reference.index] }
    func flags(of phase: Phase) -> [Flag] { flags[phase] ?? [] }

    /// Whether an item's description asks for a number: "with a number", "with numbers", "as a number".
    static func asksForNumber(_ description: String) -> Bool {
        let text = description.lowercased()
        return ["with a number", "with numbers", "as a number", "in numbers", "with a rough number"].contains { text.contains($0) }
    }

    private static func quantityKinds(in signals: [Signal]) -> [QuantityKind] {
        var kinds: [QuantityKind] = []
        for signal in signals {
            switch signal {
            case .quantity(let kind): if !kinds.contains(kind) { kinds.append(kind) }
            case .all(let list), .any(let list): for kind in quantityKinds(in: list) where !kinds.contains(kind) { kinds.append(kind) }
            case .phrase, .concept: break
            }
        }
        return kinds
    }

    private static func collectLeaves(_ signal: CompiledSignal, phrases: inout Set<Int>, hasQuantity: inout Bool) {
        switch signal {
        case .phrase(let index): phrases.insert(index)
        case .terms(let indices): phrases.formUnion(indices)
        case .quantity: hasQuantity = true
        case .all(let parts), .any(let parts): for part in parts { collectLeaves(part, phrases: &phrases, hasQuantity: &hasQuantity) }
        case .nothing: break
        }
    }

    // MARK: - Compiling

    private mutating func compile(_ signal: Signal, lexicon: Lexicon) -> CompiledSignal {
        switch signal {
        case .phrase(let text):
            guard let index = addPhrase(text, maxGap: Self.phraseGap) else { return .nothing }
            return .phrase(index)
        case .concept(let id):
            if let cached = conceptCache[id] { return cached.isEmpty ? .nothing : .terms(cached) }
            let indices = Array(Set(lexicon.terms(for: id).compactMap { addPhrase($0, maxGap: Self.termGap) })).sorted()
            conceptCache[id] = indices
            return indices.isEmpty ? .nothing : .terms(indices)
        case .quantity(let kind):
            return .quantity(kind)
        case .all(let list):
            let compiled = list.map { compile($0, lexicon: lexicon) }
            if compiled.isEmpty || compiled.contains(where: { if case .nothing = $0 { true } else { false } }) { return .nothing }
            return compiled.count == 1 ? compiled[0] : .all(compiled)
        case .any(let list):
            let compiled = list.map { compile($0, lexicon: lexicon) }.filter { if case .nothing = $0 { false } else { true } }
            if compiled.isEmpty { return .nothing }
            return compiled.count == 1 ? compiled[0] : .any(compiled)
        }
    }

    /// What a phrase compiles to, before interning: the vocabulary key of each kept word, the gap
    /// allowed before it, and whether it is matched exactly (an acronym, no typo tolerance). Two
    /// phrases with the same keys and gaps match exactly the same sentences — which is how
    /// `SignalNormalizer` finds stem-redundant variants ("compare | compared | comparing").
    struct PhraseShape: Hashable, Sendable {
        var keys: [String]
        var gaps: [Int]
        var tokens: [Token]
        var exact: [Bool]

        static func == (lhs: PhraseShape, rhs: PhraseShape) -> Bool { lhs.keys == rhs.keys && lhs.gaps == rhs.gaps }
        func hash(into hasher: inout Hasher) {
            hasher.combine(keys)
            hasher.combine(gaps)
        }
    }

    /// Function words inside a phrase of two or more content words are optional ("number of users"
    /// also matches "number of daily users" and "user number" does not), each one dropped widening the
    /// gap allowed at its place; a phrase made only of function words or with a single content word
    /// keeps every word ("how many users", "no history"). Nil for a phrase with no words.
    static func phraseShape(_ text: String, maxGap: Int, stemmer: EnglishStemmer) -> PhraseShape? {
        let characters = Array(text)
        let tokens = Tokenizer().tokens(in: characters, range: 0..<characters.count).filter { $0.kind != .punctuation }
        guard !tokens.isEmpty else { return nil }
        let isContent = tokens.map { $0.kind != .word || !FunctionWords.contains($0.text) }
        let keepAll = isContent.filter { $0 }.count < 2
        var shape = PhraseShape(keys: [], gaps: [], tokens: [], exact: [])
        var dropped = 0
        var previousBinds = false
        for (token, content) in zip(tokens, isContent) {
            if keepAll || content {
                let spelling = characters[token.start..<token.end]
                shape.exact.append(spelling.count >= 2 && spelling.allSatisfy { $0.isUppercase || $0.isNumber })
                shape.tokens.append(token)
                shape.keys.append(Vocabulary.key(for: token, stemmer: stemmer))
                // A kept determiner or question word binds to the next word ("every video", "how many
                // users"): one word may come between them, not a whole gap. Verbs and particles do not
                // ("take the post down").
                shape.gaps.append(previousBinds ? min(1, maxGap) : maxGap + dropped)
                previousBinds = Self.bindingWords.contains(token.text)
                dropped = 0
            } else {
                dropped += 1
            }
        }
        return shape
    }

    /// Compiles a phrase (see `phraseShape`) and interns it.
    private mutating func addPhrase(_ text: String, maxGap: Int) -> Int? {
        guard let shape = Self.phraseShape(text, maxGap: maxGap, stemmer: stemmer) else { return nil }
        var ids: [Int] = []
        for (index, token) in shape.tokens.enumerated() {
            ids.append(vocabulary.intern(token, key: shape.keys[index], exact: shape.exact[index]))
        }
        let pattern = PhrasePattern(ids: ids, gaps: shape.gaps, source: text)
        if let existing = phraseIndex[pattern] { return existing }
        let index = phrases.count
        phrases.append(pattern)
        phraseIndex[pattern] = index
        return index
    }
}
