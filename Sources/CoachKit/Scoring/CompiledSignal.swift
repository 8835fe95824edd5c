/// A `Signal` compiled against the vocabulary: phrases and lexicon terms become indices into the
/// scorer's phrase table, so matching a sentence never re-normalises or re-stems prompt text.
indirect enum CompiledSignal: Sendable {
    case phrase(Int)
    /// A lexicon concept: any of these phrase indices.
    case terms([Int])
    case quantity(QuantityKind)
    case all([CompiledSignal])
    case any([CompiledSignal])
    /// A signal that can never match (an unknown concept, or a phrase with no words).
    case nothing
}
