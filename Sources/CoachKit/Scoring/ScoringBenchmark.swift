#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures how fast the scorer is, for the `mlsd-bench` tool (Sources/mlsd-bench): it builds answer sets of a given size from
/// the prompt's own text (example answers, reference sentences, hints — so the answers hit real
/// signals, negations and lists rather than random words), scores each set several times and
/// reports the timings. Deterministic apart from the clock.
public struct ScoringBenchmark: Sendable {
    /// Timings of one answer-set size.
    public struct Result: Sendable, Equatable {
        /// Words in the answer set (all six phases together).
        public var words: Int
        public var repetitions: Int
        /// Fastest and median time to score the whole set, in milliseconds.
        public var bestMilliseconds: Double
        public var medianMilliseconds: Double
        /// Median time per 1,000 words, in milliseconds: flat across sizes when scoring is linear.
        public var millisecondsPerThousandWords: Double
        /// Median CPU time of the scoring thread, in milliseconds: what the scorer costs even when the
        /// machine is busy with other work and wall-clock time stretches.
        public var medianCPUMilliseconds: Double
        /// The overall score, so the work cannot be optimised away and runs can be compared.
        public var overallScore: Int
    }

    /// Timings of a whole run.
    public struct Report: Sendable, Equatable {
        /// Time to compile the prompt and lexicon (`Scorer.init`), in milliseconds.
        public var compileMilliseconds: Double
        public var results: [Result]
    }

    public let prompt: Prompt
    public let lexicon: Lexicon

    public init(prompt: Prompt, lexicon: Lexicon) {
        self.prompt = prompt
        self.lexicon = lexicon
    }

    /// Scores answer sets of each size `repetitions` times (after one warm-up run).
    public func run(wordCounts: [Int] = [1_000, 100_000], repetitions: Int = 5) -> Report {
        let clock = ContinuousClock()
        var scorer: Scorer?
        let compile = clock.measure { scorer = Scorer(prompt: prompt, lexicon: lexicon) }
        guard let scorer else { return Report(compileMilliseconds: 0, results: []) }
        let results = wordCounts.map { count -> Result in
            let answers = answerSet(words: count)
            var overall = scorer.score(answers: answers).overall
            var timings: [Double] = []
            var cpuTimings: [Double] = []
            for _ in 0..<max(1, repetitions) {
                let cpuStart = Self.threadCPUMilliseconds()
                let elapsed = clock.measure { overall = scorer.score(answers: answers).overall }
                cpuTimings.append(Self.threadCPUMilliseconds() - cpuStart)
                timings.append(Self.milliseconds(elapsed))
            }
            timings.sort()
            cpuTimings.sort()
            let median = timings[timings.count / 2]
            let words = answers.values.reduce(0) { $0 + Self.wordCount($1) }
            return Result(
                words: words, repetitions: timings.count, bestMilliseconds: timings[0], medianMilliseconds: median,
                millisecondsPerThousandWords: words > 0 ? median * 1000 / Double(words) : 0,
                medianCPUMilliseconds: cpuTimings[cpuTimings.count / 2], overallScore: overall)
        }
        return Report(compileMilliseconds: Self.milliseconds(compile), results: results)
    }

    /// An answer set of `words` words spread evenly over the six phases, each phase built by cycling
    /// through sentences written for that phase (example answers, references, hints) plus a few
    /// negated and list-like lines, so every part of the scorer is exercised.
    public func answerSet(words: Int) -> [Phase: String] {
        var answers: [Phase: String] = [:]
        let perPhase = max(0, words) / Phase.allCases.count
        var remainder = max(0, words) - perPhase * Phase.allCases.count
        for phase in Phase.allCases {
            var target = perPhase
            if remainder > 0 { target += 1; remainder -= 1 }
            answers[phase] = phaseAnswer(phase, words: target)
        }
        return answers
    }

    private func phaseAnswer(_ phase: Phase, words target: Int) -> String {
        let sentences = sourceSentences(for: phase)
        var lines: [String] = []
        var count = 0
        var index = 0
        while count < target {
            var sentenceWords = sentences[index % sentences.count].split(separator: " ").map(String.init)
            if count + sentenceWords.count > target { sentenceWords = Array(sentenceWords.prefix(target - count)) }
            lines.append(sentenceWords.joined(separator: " "))
            count += sentenceWords.count
            index += 1
        }
        return lines.joined(separator: index % 7 == 0 ? "\n" : " ")
    }

    private func sourceSentences(for phase: Phase) -> [String] {
        let spec = prompt.spec(phase)
        var texts = prompt.examples.compactMap { $0.answers[phase] } + spec.reference + spec.rubric.map(\.hint) + spec.questions
        texts.append("We don't need to worry about latency here, and there is no need for an A/B test.")
        texts.append("latency, QPS, cold start, calibration, drift")
        if texts.allSatisfy({ $0.isEmpty }) { texts = [prompt.statement] }
        let sentences = texts.flatMap { text in SentenceSplitter().split(text).map(\.text) }.filter { !$0.isEmpty }
        return sentences.isEmpty ? ["Design the system."] : sentences
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// CPU time consumed by the calling thread so far.
    private static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
