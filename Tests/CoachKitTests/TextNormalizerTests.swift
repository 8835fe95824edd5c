import Testing
@testable import CoachKit

@Suite("Text normaliser and tokeniser")
struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test("case folding, diacritics and typographic characters", arguments: [
        ("Latency", "latency"), ("NAÏVE Café", "naive cafe"), ("don’t", "don't"), ("“quoted”", "quoted"),
        ("straße", "strasse"), ("ＱＰＳ", "qps"), ("A\u{00A0}B", "a b"),
    ])
    func folding(input: String, expected: String) {
        #expect(normalizer.normalize(input) == expected)
    }

    @Test("hyphens and slashes", arguments: [
        ("click-through rate", "click through rate"), ("A/B test", "ab test"), ("I/O bound", "io bound"),
        ("train/test split", "train test split"), ("requests/sec", "requests sec"), ("w/o labels", "without labels"),
        ("w/ labels", "with labels"), ("re\u{2011}ranking", "reranking"), ("two-tower", "two tower"),
    ])
    func compounds(input: String, expected: String) {
        #expect(normalizer.normalize(input) == expected)
    }

    @Test("numbers and units", arguments: [
        ("p99", "p99"), ("10k", "10 thousand"), ("200ms", "200 ms"), ("1.5B", "1.5 billion"), ("500M users", "500 million users"),
        ("1,000,000", "1000000"), ("10GB", "10 gb"), ("3rd", "3rd"), ("5%", "5 %"), ("$5M", "$ 5 million"), ("2x", "2 x"),
        ("0.5", "0.5"), ("recall@10", "recall 10"), ("1,2,3", "1 2 3"), ("e.g. GDPR", "eg gdpr"),
    ])
    func numbers(input: String, expected: String) {
        #expect(normalizer.normalize(input) == expected)
    }

    @Test("number tokens carry their value and unit suffixes become words")
    func numberValues() {
        let tokens = Tokenizer().tokens(in: "1,500 req at 1.5B and 200ms")
        #expect(tokens.map(\.text) == ["1500", "req", "at", "1.5", "billion", "and", "200", "ms"])
        #expect(tokens[0].value == 1500)
        #expect(tokens[3].value == 1.5)
        #expect(tokens[0].kind == .number && tokens[4].kind == .word && tokens[7].kind == .word)
    }

    @Test("tokens keep Character offsets into the original text, through emoji and accents")
    func offsets() {
        let text = "👩🏽‍💻 Café: p99 < 200ms, A/B-test"
        let tokens = Tokenizer().tokens(in: text)
        let characters = Array(text)
        for token in tokens where token.kind != .punctuation {
            let original = String(characters[token.start..<token.end])
            #expect(normalizer.normalize(original) == token.text || token.text == "ab" || token.text == "ms",
                    "\(token.text) ↔ \(original)")
        }
        let ab = tokens.first { $0.text == "ab" }
        #expect(ab.map { String(characters[$0.start..<$0.end]) } == "A/B")
        let ms = tokens.first { $0.text == "ms" }
        #expect(ms.map { String(characters[$0.start..<$0.end]) } == "ms")
        #expect(tokens.contains { $0.kind == .symbol && $0.text == "<" })
        #expect(tokens.contains { $0.kind == .punctuation && $0.text == "," })
    }

    @Test("the period of an abbreviation is no punctuation; a sentence's last period is")
    func abbreviationPeriods() {
        let tokens = Tokenizer().tokens(in: "GBDT vs. DNN, approx. 2x slower etc. Done.")
        #expect(tokens.filter { $0.kind == .punctuation }.map(\.text) == [",", "."])
    }

    @Test("contractions stay one word; quotes and apostrophes at word edges are dropped")
    func apostrophes() {
        #expect(normalizer.normalize("We don't, 'really', users' data") == "we don't really users data")
    }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test("prose splits at sentence ends but not at abbreviations or decimals")
    func prose() {
        let sentences = splitter.split("Latency is 1.5 s today. We need e.g. caching, i.e. less work! Is that ok? Yes.")
        #expect(sentences.map(\.text) == ["Latency is 1.5 s today.", "We need e.g. caching, i.e. less work!", "Is that ok?", "Yes."])
    }

    @Test("every line is a sentence, bullets and numbers removed, offsets point into the text")
    func lines() {
        let text = "Plan:\n- latency p99 200ms\n  * QPS 10k\n1. cold start\n2) privacy\n\n• GDPR\n(a) logs"
        let sentences = splitter.split(text)
        #expect(sentences.map(\.text) == ["Plan:", "latency p99 200ms", "QPS 10k", "cold start", "privacy", "GDPR", "logs"])
        let characters = Array(text)
        for sentence in sentences {
            #expect(String(characters[sentence.start..<sentence.end]) == sentence.text)
            #expect(sentence.isLine)
        }
    }

    @Test("sentences of a paragraph are not lines; empty and punctuation-only pieces vanish")
    func paragraphs() {
        let sentences = splitter.split("First one. Second one.\n\n---\n...")
        #expect(sentences.map(\.text) == ["First one.", "Second one."])
        #expect(sentences.allSatisfy { !$0.isLine })
        #expect(splitter.split("").isEmpty)
        #expect(splitter.split("   \n  ").isEmpty)
    }

    @Test("offsets count Characters, not bytes or scalars")
    func characterOffsets() {
        let text = "Ünïcödé 🇬🇧 first. Then 👍🏽 second."
        let sentences = splitter.split(text)
        #expect(sentences.count == 2)
        #expect(sentences[1].start == 17)  // 7 letters, space, flag, space, "first.", space
        #expect(Array(text)[sentences[1].start] == "T")
    }
}

@Suite("Edit distance")
struct EditDistanceTests {
    @Test("insertions, deletions, substitutions and adjacent transpositions count one each")
    func basics() {
        let distance = EditDistance()
        #expect(distance.distance("latency", "lateny", limit: 2) == 1)
        #expect(distance.distance("model", "modle", limit: 2) == 1)
        #expect(distance.distance("latency", "latancy", limit: 2) == 1)
        #expect(distance.distance("kitten", "sitting", limit: 3) == 3)
        #expect(distance.distance("kitten", "sitting", limit: 2) == nil)
        #expect(distance.distance("", "abc", limit: 3) == 3)
    }

    @Test("the typo model counts dropped, swapped and doubled letters and vowel slips, nothing else")
    func typoModel() {
        let distance = EditDistance()
        #expect(distance.typoDistance("calibraton", "calibration", limit: 2) == 1)  // dropped letter
        #expect(distance.typoDistance("modle", "model", limit: 1) == 1)  // swapped neighbours
        #expect(distance.typoDistance("modell", "model", limit: 1) == 1)  // doubled letter
        #expect(distance.typoDistance("latancy", "latency", limit: 1) == 1)  // one vowel for another
        #expect(distance.typoDistance("recomendatoin", "recommendation", limit: 2) == 2)
        #expect(distance.typoDistance("modal", "model", limit: 1) == 1)  // a vowel slip, which is why short words get stricter rules
        #expect(distance.typoDistance("appeared", "appealed", limit: 2) == nil)  // a replaced consonant is another word
        #expect(distance.typoDistance("exciting", "existing", limit: 2) == nil)
        #expect(distance.typoDistance("coast", "cost", limit: 1) == nil)  // an unrelated extra letter
    }


    @Test("a bound prefix makes one word however it is written", arguments: [
        ("pre-computed embeddings", "precomputed embeddings"), ("pre computed embeddings", "precomputed embeddings"),
        ("re-ranking", "reranking"), ("multi task", "multitask"), ("non-linear", "nonlinear"),
        ("co-view graph", "coview graph"), ("post-click features", "post click features"), ("re: ranking", "re ranking"),
    ])
    func boundPrefixes(input: String, expected: String) {
        #expect(TextNormalizer().normalize(input) == expected)
    }
}
