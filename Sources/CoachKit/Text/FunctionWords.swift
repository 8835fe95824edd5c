/// English function words: articles, pronouns, prepositions, auxiliaries, conjunctions and the
/// most common light verbs. A statement almost always contains some; a bare list of buzzwords
/// has none, which is how keyword salad is recognised. They are also never treated as typos of
/// rubric words and do not count as content when comparing an answer with the prompt.
public enum FunctionWords {
    /// Normalised (lower-case) forms.
    public static let all: Set<String> = [
        // articles, determiners, quantifiers
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "either",
        "neither", "no", "none", "other", "another", "such", "own", "same", "many", "much", "more", "most", "less",
        "least", "few", "fewer", "several", "enough",
        // pronouns
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "theirs", "myself", "ourselves", "itself", "themselves",
        "who", "whom", "whose", "which", "what", "whatever", "whichever", "one", "ones", "something", "anything",
        "nothing", "everything", "someone", "anyone",
        // prepositions
        "about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "before", "behind",
        "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "down", "during", "except",
        "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over",
        "per", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
        "until", "up", "upon", "via", "with", "within", "without",
        // auxiliaries and modals
        "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "doing", "have",
        "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "need", "needs", "ought", "let", "lets", "let's", "i'm", "we're", "we'll", "we'd", "we've", "i'll", "i'd",
        "i've", "it's", "that's", "there's", "they're", "you're", "what's", "don't", "doesn't", "didn't", "isn't",
        "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't", "can't", "cannot", "couldn't", "mustn't",
        "haven't", "hasn't", "hadn't", "needn't",
        // conjunctions and connectives
        "and", "or", "but", "nor", "so", "yet", "if", "then", "else", "because", "although", "though", "while",
        "whereas", "unless", "whether", "when", "where", "why", "how", "once", "also", "too", "very", "just",
        "only", "even", "still", "already", "not", "never", "always", "often", "usually", "there", "here", "now",
        "again", "instead", "rather", "however", "therefore", "thus", "otherwise", "plus", "eg", "ie", "etc",
        // light verbs that glue statements together (not "start", "take", "look", "keep": they form
        // domain terms such as "cold start", "take down", "look-alike")
        "use", "uses", "used", "using", "get", "gets", "got", "make", "makes", "made", "want", "wants", "go",
        "going", "would've", "should've", "think", "know", "see",
    ]

    /// Connectives that join list items without making a statement ("latency and throughput").
    public static let listJoiners: Set<String> = ["and", "or", "vs", "versus", "plus", "etc", "eg", "ie", "nor"]

    public static func contains(_ word: String) -> Bool { all.contains(word) }
}
