import Foundation

/// Folds text to the form the matcher compares: lower case, no diacritics, typographic variants
/// mapped to their plain ASCII forms (curly quotes, non-breaking hyphens, en/em dashes), and the
/// word-level rules applied by `Tokenizer` ("click-through" → "click through", "A/B" → "ab",
/// "200ms" → "200 ms", "1.5B" → "1.5 billion", "p99" and "10k" kept meaningful).
///
/// Rubric phrases, lexicon terms and answers all go through the same normaliser, so they agree
/// on every spelling decision by construction.
public struct TextNormalizer: Sendable {
    public init() {}

    /// The whole text normalised: its words, numbers and symbols separated by single spaces.
    public func normalize(_ text: String) -> String {
        Tokenizer().tokens(in: text).filter { $0.kind != .punctuation }.map(\.text).joined(separator: " ")
    }

    /// One Character folded: usually one Character, occasionally more ("ß" → "ss") or none
    /// (zero-width joiners and other format characters).
    public func fold(_ character: Character) -> String {
        if let ascii = character.asciiValue {
            if ascii >= 65 && ascii <= 90 { return String(UnicodeScalar(ascii + 32)) }
            return String(character)
        }
        if let mapped = Self.typographic[character] { return mapped }
        if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) { return "" }
        let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.lowercased()
    }

    /// Typographic characters candidates paste from editors, mapped to what they mean here.
    private static let typographic: [Character: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201B}": "'", "\u{2032}": "'", "\u{02BC}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{2033}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2212}": "-",
        "\u{2013}": "\u{2014}", "\u{2014}": "\u{2014}", "\u{2015}": "\u{2014}",
        "\u{2026}": "...",
        "\u{00A0}": " ", "\u{2007}": " ", "\u{202F}": " ", "\u{2009}": " ", "\u{200A}": " ",
        "\u{2028}": "\n", "\u{2029}": "\n",
        "\u{2022}": "\u{2022}", "\u{00B7}": "\u{2022}", "\u{25AA}": "\u{2022}", "\u{25E6}": "\u{2022}", "\u{2023}": "\u{2022}",
        "\u{2264}": "<", "\u{2265}": ">", "\u{2248}": "~", "\u{223C}": "~", "\u{00D7}": "x",
        "\u{00B5}": "u", "\u{03BC}": "u",
        "\u{00DF}": "ss",
    ]
}
