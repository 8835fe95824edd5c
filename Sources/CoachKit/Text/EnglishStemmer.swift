/// The Snowball English ("Porter2") stemmer, written from the algorithm's published definition
/// (snowballstem.org, current revision with the extra R1 prefixes such as "past", "univers", "inter").
/// It maps inflected and derived forms to a shared stem ("watched", "watching", "watches" → "watch";
/// "calibration", "calibrated" → "calibr") so rubric phrases match however a candidate words them.
///
/// Input is expected lower-case; words with characters outside a–z and the apostrophe are returned
/// unchanged (they are numbers, identifiers or non-English words the rules were never meant for).
/// Works on bytes because the rules are defined over ASCII letters and this runs for every token.
public struct EnglishStemmer: Sendable {
    public init() {}

    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 2 else { return word }
        for byte in bytes where !(byte >= 97 && byte <= 122) && byte != Letter.apostrophe { return word }
        if let special = Self.exceptions1[word] { return special }
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - The algorithm

    private func stem(_ w: inout [UInt8]) {
        // Prelude: drop a leading apostrophe; mark consonant-y as Y so it is not taken for a vowel.
        if w.first == Letter.apostrophe { w.removeFirst() }
        var foundY = false
        for k in w.indices where w[k] == Letter.y && (k == 0 || isVowel(w[k - 1])) {
            w[k] = Letter.capitalY
            foundY = true
        }
        let (p1, p2) = regions(w)

        step1a(&w)
        if !Self.exceptions2.contains(w) {
            step1b(&w, p1: p1)
            step1c(&w)
            step2(&w, p1: p1)
            step3(&w, p1: p1, p2: p2)
            step4(&w, p2: p2)
            step5(&w, p1: p1, p2: p2)
        }
        if foundY { for k in w.indices where w[k] == Letter.capitalY { w[k] = Letter.y } }
    }

    /// R1 starts after the first non-vowel that follows a vowel (or after one of a few prefixes
    /// whose R1 would otherwise be too short); R2 is the same rule applied again inside R1.
    private func regions(_ w: [UInt8]) -> (Int, Int) {
        var p1 = w.count
        if let prefix = Self.r1Prefixes.first(where: { w.starts(with: $0) }) {
            p1 = prefix.count
        } else if let after = afterVowelThenConsonant(w, from: 0) {
            p1 = after
        }
        let p2 = afterVowelThenConsonant(w, from: p1) ?? w.count
        return (p1, p2)
    }

    private func afterVowelThenConsonant(_ w: [UInt8], from start: Int) -> Int? {
        var k = start
        while k < w.count, !isVowel(w[k]) { k += 1 }
        guard k < w.count else { return nil }
        while k < w.count, isVowel(w[k]) { k += 1 }
        guard k < w.count else { return nil }
        return k + 1
    }

    private func step1a(_ w: inout [UInt8]) {
        if w.hasSuffix("'s'") { w.removeLast(3) } else if w.hasSuffix("'s") { w.removeLast(2) } else if w.last == Letter.apostrophe { w.removeLast() }

        if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("ied") || w.hasSuffix("ies") {
            // "cries" → "cri", but "ties" → "tie": keep the e when only one letter precedes.
            w.removeLast(w.count - 3 > 1 ? 2 : 1)
        } else if w.hasSuffix("us") || w.hasSuffix("ss") {
            return
        } else if w.last == Letter.s {
            // Delete the s when a vowel occurs before the letter preceding it ("gaps" → "gap", "gas" stays).
            if w.count >= 2, w[0..<(w.count - 2)].contains(where: isVowel) { w.removeLast() }
        }
    }

    private func step1b(_ w: inout [UInt8], p1: Int) {
        guard let suffix = Self.step1bSuffixes.first(where: { w.hasSuffix($0) }) else { return }
        let start = w.count - suffix.count
        if suffix == Array("eed".utf8) || suffix == Array("eedly".utf8) {
            guard start >= p1 else { return }
            let stemPart = Array(w[0..<start])
            if Self.eedStems.contains(stemPart) { return }
            w.removeLast(suffix.count)
            w.append(contentsOf: [Letter.e, Letter.e])
            return
        }
        // -ed, -edly, -ing, -ingly: only when a vowel precedes the suffix.
        guard w[0..<start].contains(where: isVowel) else { return }
        if suffix == Array("ing".utf8), start == 2, !isVowel(w[0]), w[1] == Letter.y {
            // "dying", "vying": the y belonged to an -ie verb.
            w.removeLast(suffix.count + 1)
            w.append(contentsOf: [Letter.i, Letter.e])
            return
        }
        w.removeLast(suffix.count)
        if w.hasSuffix("at") || w.hasSuffix("bl") || w.hasSuffix("iz") {
            w.append(Letter.e)
        } else if let last = w.last, w.count >= 2, w[w.count - 2] == last, Self.doubles.contains(last) {
            // "hopped" → "hop", but "added" → "add" (a lone a/e/o before the double is kept).
            if !(w.count == 3 && [Letter.a, Letter.e, Letter.o].contains(w[0])) { w.removeLast() }
        } else if w.count == p1, endsInShortSyllable(w, at: w.count) {
            w.append(Letter.e)
        }
    }

    private func step1c(_ w: inout [UInt8]) {
        guard let last = w.last, last == Letter.y || last == Letter.capitalY, w.count >= 3 else { return }
        if !isVowel(w[w.count - 2]) { w[w.count - 1] = Letter.i }
    }

    private func step2(_ w: inout [UInt8], p1: Int) {
        guard let (suffix, replacement) = Self.step2Rules.first(where: { w.hasSuffix($0.0) }) else { return }
        let start = w.count - suffix.count
        guard start >= p1 else { return }
        switch suffix {
        case Array("ogi".utf8):
            guard start > 0, w[start - 1] == Letter.l else { return }
        case Array("li".utf8):
            guard start > 0, Self.validLiEndings.contains(w[start - 1]) else { return }
        default: break
        }
        w.removeLast(suffix.count)
        w.append(contentsOf: replacement)
    }

    private func step3(_ w: inout [UInt8], p1: Int, p2: Int) {
        guard let (suffix, replacement) = Self.step3Rules.first(where: { w.hasSuffix($0.0) }) else { return }
        let start = w.count - suffix.count
        guard start >= p1 else { return }
        if suffix == Array("ative".utf8), start < p2 { return }
        w.removeLast(suffix.count)
        w.append(contentsOf: replacement)
    }

    private func step4(_ w: inout [UInt8], p2: Int) {
        guard let suffix = Self.step4Suffixes.first(where: { w.hasSuffix($0) }) else { return }
        let start = w.count - suffix.count
        guard start >= p2 else { return }
        if suffix == Array("ion".utf8) {
            guard start > 0, w[start - 1] == Letter.s || w[start - 1] == Letter.t else { return }
        }
        w.removeLast(suffix.count)
    }

    private func step5(_ w: inout [UInt8], p1: Int, p2: Int) {
        guard let last = w.last else { return }
        let start = w.count - 1
        if last == Letter.e {
            if start >= p2 || (start >= p1 && !endsInShortSyllable(w, at: start)) { w.removeLast() }
        } else if last == Letter.l {
            if start >= p2, start > 0, w[start - 1] == Letter.l { w.removeLast() }
        }
    }

    /// A short syllable ends at `end`: non-vowel, vowel, non-vowel other than w/x/Y; or a vowel that
    /// starts the word followed by one non-vowel; or (a recent addition) the letters "past".
    private func endsInShortSyllable(_ w: [UInt8], at end: Int) -> Bool {
        if end >= 3, !isVowel(w[end - 3]), isVowel(w[end - 2]), !isVowel(w[end - 1]),
           w[end - 1] != Letter.w, w[end - 1] != Letter.x, w[end - 1] != Letter.capitalY {
            return true
        }
        if end == 2, isVowel(w[0]), !isVowel(w[1]) { return true }
        return end >= 4 && Array(w[(end - 4)..<end]) == Array("past".utf8)
    }

    private func isVowel(_ c: UInt8) -> Bool { c == Letter.a || c == Letter.e || c == Letter.i || c == Letter.o || c == Letter.u || c == Letter.y }

    // MARK: - Tables

    private static let exceptions1: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]
    private static let exceptions2: Set<[UInt8]> = Set(
        ["inning", "outing", "canning", "herring", "earring", "evening", "proceed", "exceed", "succeed"].map { Array($0.utf8) })
    private static let eedStems: Set<[UInt8]> = Set(["proc", "exc", "succ"].map { Array($0.utf8) })
    private static let r1Prefixes: [[UInt8]] =
        ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"].map { Array($0.utf8) }
    /// Longest first, so the first suffix that fits is the one the algorithm means.
    private static let step1bSuffixes: [[UInt8]] = ["eedly", "ingly", "edly", "eed", "ing", "ed"].map { Array($0.utf8) }
    private static let step2Rules: [([UInt8], [UInt8])] = [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"),
        ("fulli", "ful"), ("ogist", "og"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"),
        ("li", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let step3Rules: [([UInt8], [UInt8])] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let step4Suffixes: [[UInt8]] = [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ].map { Array($0.utf8) }
    private static let doubles: Set<UInt8> = Set("bdfgmnprt".utf8)
    private static let validLiEndings: Set<UInt8> = Set("cdeghkmnrt".utf8)
}

/// The letters the rules mention, as bytes.
private enum Letter {
    static let apostrophe = UInt8(ascii: "'")
    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), capitalY = UInt8(ascii: "Y")
    static let l = UInt8(ascii: "l"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t"), w = UInt8(ascii: "w")
    static let x = UInt8(ascii: "x")
}

extension Array where Element == UInt8 {
    fileprivate func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }

    fileprivate func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard count >= n else { return false }
        return suffix.withUTF8Buffer { self[(count - n)...].elementsEqual($0) }
    }
}
