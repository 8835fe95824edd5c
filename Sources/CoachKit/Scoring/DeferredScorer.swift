import Foundation

/// A ``Scorer`` compiled on first use. Compiling a prompt's rubric takes about ten milliseconds, and
/// an interview needs it only when a phase ends, a hint is asked for or feedback is due, so its first
/// screen comes up without it. Copies share the one compiled scorer; once built it never changes.
final class DeferredScorer: @unchecked Sendable {
    private let prompt: Prompt
    private let lexicon: Lexicon
    private let lock = NSLock()
    private var built: Scorer?

    init(prompt: Prompt, lexicon: Lexicon) {
        self.prompt = prompt
        self.lexicon = lexicon
    }

    /// The scorer, compiled now if this is the first call.
    var scorer: Scorer {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let scorer = Scorer(prompt: prompt, lexicon: lexicon)
        built = scorer
        return scorer
    }

    /// Whether the scorer has been compiled yet (for tests).
    var isBuilt: Bool {
        lock.lock()
        defer { lock.unlock() }
        return built != nil
    }
}
