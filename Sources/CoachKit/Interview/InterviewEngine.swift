import Foundation

/// The mock interview as a state machine over a ``Session``: text and commands go in, notices for the
/// screen come out, and the session is saved after every line and every command so nothing typed is
/// lost. No terminal I/O and no real time: the clock and the save function are injected, so a test can
/// run a 45-minute interview in milliseconds.
///
/// Time accrues to the current phase only while the engine is running — between ``start``/``resume()``
/// and ``pause()`` — so a resumed session continues with its timers where they stood. ``tick()``
/// (called about once a second by the front end) moves the clock and reports the one-minute warning,
/// time-up and, with `--strict`, the automatic move to the next phase.
///
/// ## The answer text
///
/// While a phase (or its follow-up) is open, one side owns the draft — the answer or reply being
/// written — and text flows one way only:
/// - In the terminal the editor owns it. The front end hands the whole draft over with
///   ``update(draft:)`` (in memory only) before every call that acts on it: a command, a save, a tick.
///   The engine's copy (``currentText``) is what commands act on, saves store and scoring reads; it goes
///   back to the editor only when a new draft opens (another phase, the follow-up, `/back`, `/edit`).
/// - In line mode there is no editor: ``submit(_:save:)`` appends each line to the engine's copy, which
///   is then the only one. (At the end of piped input the front end hands over that copy with the
///   unterminated last line added, through ``update(draft:)``.)
///
/// So text enters through three calls: ``update(draft:)``, ``submit(_:save:)`` and ``applyEdit(_:)``
/// (`/edit`'s result); commands through ``perform(_:)``, which act on the draft held. Nothing else
/// takes text.
///
/// Saving: every command saves, and so does every submitted line unless `save: false`; ``checkpoint()``
/// saves now (after an Enter or a paste in the terminal, after a burst of piped lines); ``tick()`` saves
/// when the clock did something; ``pause()`` saves (`/quit`, Ctrl-C, the signals). A failed save is
/// reported once and retried at the next; the injected save function keeps a rescue copy.
///
/// ```swift
/// var (engine, notices) = InterviewEngine.start(prompt: p, lexicon: l, options: o, clock: SystemClock(), id: id, save: store.save)
/// show(notices)
/// show(engine.submit("/ask how many users?"))
/// engine.update(draft: editor.text)
/// show(engine.perform(.next))
/// ```
public struct InterviewEngine: Sendable {
    public typealias Save = @Sendable (Session) throws -> Void

    /// What the candidate's next line is for.
    public enum Stage: Equatable, Sendable {
        case answering
        /// Replying to the interviewer's follow-up question.
        case followUp(String)
        case finished
    }

    public private(set) var session: Session
    public let prompt: Prompt
    public let lexicon: Lexicon
    private let clock: any SessionClock
    private let saveSession: Save
    private let interviewer: Interviewer
    /// Compiled when first needed (see ``DeferredScorer``).
    private let deferredScorer: DeferredScorer
    private var scorer: Scorer { deferredScorer.scorer }
    /// Whether the rubric has been compiled yet: not before a phase ends, a hint or feedback needs it.
    var hasCompiledScorer: Bool { deferredScorer.isBuilt }
    /// Until when time has been added to the current phase; nil while paused or finished.
    private var accruedUntil: Date?
    private var saveFailing = false
    /// Whether `/next` on an answered phase brings the interviewer's follow-up first. From the session's
    /// options (default on); the front end turns it off in line mode unless `--follow-ups` was given.
    public var asksFollowUps: Bool

    // MARK: - Starting and resuming

    /// A new session with the phase budgets planned, saved at once, and the first phase's intro.
    /// `drill` limits it to one phase (`--phase`).
    public static func start(
        prompt: Prompt, lexicon: Lexicon, options: SessionOptions, drill: Phase? = nil,
        clock: any SessionClock, id: String, save: @escaping Save
    ) -> (InterviewEngine, [InterviewNotice]) {
        let phases = drill.map { [$0] } ?? Phase.allCases
        let budgets = BudgetPlanner().budgets(for: prompt, phases: phases, totalMinutes: options.minutes)
        let now = clock.now()
        let session = Session(
            id: id, promptID: prompt.id, promptVersion: prompt.version, promptTitle: prompt.title, drillPhase: drill,
            options: options, startedAt: now,
            phases: phases.map { PhaseRecord(phase: $0, budgetSeconds: budgets[$0] ?? 0) })
        var engine = InterviewEngine(session: session, prompt: prompt, lexicon: lexicon, clock: clock, save: save)
        engine.accruedUntil = now
        engine.record(.phaseStart, phase: phases[0])
        var notices = [InterviewNotice.phaseStarted(engine.intro(isReturn: false))]
        notices += engine.persist()
        return (engine, notices)
    }

    /// A new drill on one rubric item (`mlsd drill`): one phase of `seconds`, no follow-up, scored on
    /// the item alone. Nothing is saved until the end; the caller's `save` decides where it goes.
    public static func startDrill(
        prompt: Prompt, lexicon: Lexicon, item: ItemDrill, seconds: Int, clock: any SessionClock, id: String, save: @escaping Save
    ) -> (InterviewEngine, [InterviewNotice]) {
        let now = clock.now()
        var session = Session(
            id: id, promptID: prompt.id, promptVersion: prompt.version, promptTitle: prompt.title, drillPhase: item.phase,
            options: SessionOptions(minutes: max(1, (seconds + 59) / 60), followUps: false), startedAt: now,
            phases: [PhaseRecord(phase: item.phase, budgetSeconds: seconds)])
        session.drillItem = item
        var engine = InterviewEngine(session: session, prompt: prompt, lexicon: lexicon, clock: clock, save: save)
        engine.accruedUntil = now
        engine.record(.phaseStart, phase: item.phase)
        return (engine, [InterviewNotice.phaseStarted(engine.intro(isReturn: false))] + engine.persist())
    }

    /// An engine over a saved session, paused; call ``resume()`` to start its clock.
    public init(session: Session, prompt: Prompt, lexicon: Lexicon, clock: any SessionClock, save: @escaping Save) {
        self.session = session
        self.prompt = prompt
        self.lexicon = lexicon
        self.clock = clock
        saveSession = save
        interviewer = Interviewer(prompt: prompt, lexicon: lexicon)
        deferredScorer = DeferredScorer(prompt: prompt, lexicon: lexicon)
        asksFollowUps = session.drillItem == nil && session.options.followUps != false
        if !session.phases.indices.contains(session.currentPhaseIndex), !session.phases.isEmpty {
            self.session.currentPhaseIndex = min(max(0, session.currentPhaseIndex), session.phases.count - 1)
        }
    }

    /// Starts the clock of a paused (resumed) session where it stood and re-shows the current phase.
    public mutating func resume() -> [InterviewNotice] {
        guard !session.isFinished, accruedUntil == nil, !session.phases.isEmpty else { return [] }
        accruedUntil = clock.now()
        record(.resume, phase: currentPhase)
        return [.phaseStarted(intro(isReturn: true))] + persist()
    }

    /// Stops the clock and saves; the session stays resumable (`/quit`, Ctrl-C, SIGTERM, SIGHUP).
    public mutating func pause() -> [InterviewNotice] {
        guard !session.isFinished, accruedUntil != nil else { return [] }
        var notices = accrue()
        accruedUntil = nil
        record(.pause, phase: currentPhase)
        notices.append(.paused)
        return notices + persist()
    }

    // MARK: - State

    public var isRunning: Bool { accruedUntil != nil }
    /// True when the latest save failed (the session on disk is behind what is on screen).
    public var isSaveFailing: Bool { saveFailing }
    public var isFinished: Bool { session.isFinished }
    public var currentIndex: Int { session.currentPhaseIndex }
    public var currentPhase: Phase { session.phases[session.currentPhaseIndex].phase }

    public var stage: Stage {
        if session.isFinished { return .finished }
        let record = session.phases[session.currentPhaseIndex]
        if session.awaitingFollowUpReply == true, let followUp = record.followUp { return .followUp(followUp.question) }
        return .answering
    }

    /// The engine's copy of the draft: the answer, or the follow-up reply (see "The answer text" above).
    public var currentText: String {
        let record = session.phases[session.currentPhaseIndex]
        if case .followUp = stage { return record.followUp?.reply ?? "" }
        return record.answer
    }

    /// The clock right now, including the time since the last tick.
    public func timeStatus() -> TimeStatus {
        let running = accruedUntil.map { max(0, clock.now().timeIntervalSince($0)) } ?? 0
        let record = session.phases[session.currentPhaseIndex]
        return TimeStatus(
            phase: record.phase, phaseBudgetSeconds: record.budgetSeconds, phaseElapsedSeconds: record.elapsedSeconds + running,
            totalBudgetSeconds: session.phases.map(\.budgetSeconds).reduce(0, +),
            totalElapsedSeconds: session.activeSeconds + running)
    }

    // MARK: - Input (see "The answer text" above)

    /// A submitted line (the plain line mode): a command (see ``InterviewCommand``) or answer text added
    /// to the answer or the follow-up reply. Pasted text may hold several lines; it is then always text.
    ///
    /// With `save: false` a text line is only kept in memory, so a burst of piped lines (a 10 MB paste)
    /// costs one save rather than one per line: call ``checkpoint()`` once the burst is over. Commands
    /// always save.
    public mutating func submit(_ line: String, save: Bool = true) -> [InterviewNotice] {
        guard !session.isFinished else { return [] }
        if !line.contains("\n"), let command = InterviewCommand.parse(line) {
            return perform(command)
        }
        // "An empty reply skips it": an empty line before any reply ends the follow-up.
        if case .followUp = stage, line.trimmingCharacters(in: .whitespaces).isEmpty,
           currentText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            return perform(.next)
        }
        // The text belongs to the phase it was typed in, even if that phase's time ran out meanwhile.
        if !line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { append(line) }
        return save ? accrue() + persist() : accrue()
    }

    /// Saves now, with the time so far: after a draft handed over with ``update(draft:)`` (an Enter, a
    /// paste in the terminal) or lines submitted with `save: false`.
    public mutating func checkpoint() -> [InterviewNotice] {
        guard !session.isFinished else { return [] }
        return accrue() + persist()
    }

    /// Runs a command on the draft held (the terminal hands its editor's text over with
    /// ``update(draft:)`` first, so the command acts on what is on screen). Always saves.
    public mutating func perform(_ command: InterviewCommand) -> [InterviewNotice] {
        guard !session.isFinished else { return [] }
        let phaseBefore = currentIndex
        var notices = accrue()
        if session.isFinished { return notices + persist() }
        let phase = currentPhase
        // `--strict` may have just ended the phase the command was meant for; don't end the next one too.
        let advancedMeanwhile = currentIndex != phaseBefore
        switch command {
        case .next where advancedMeanwhile, .skip where advancedMeanwhile:
            break
        case .next:
            notices += finishPhase(askFollowUp: true)
        case .ask(let question):
            if question.isEmpty {
                notices.append(.emptyQuestion)
            } else {
                let reply = interviewer.answer(question)
                record(.ask, phase: phase, text: question, reply: reply.text)
                session.phases[currentIndex].asked.append(AskedQuestion(question: question, reply: reply.text, factIDs: reply.factIDs))
                notices.append(.reply(question: question, reply))
            }
        case .hint:
            let used = session.phases[currentIndex].hintsUsed
            let total = prompt.spec(phase).questions.count
            let shown = session.events.filter { $0.kind == .hint && $0.phase == phase }.compactMap(\.text)
            // Re-scored now: a hint about what the answer already says is no help.
            let open = Set(scorer.score(phase, answer: session.phases[currentIndex].scoredText).missed.map(\.id))
            if let hint = interviewer.hint(for: phase, shown: shown, isOpen: { !scorer.itemIDs(phase, mentionedIn: $0).isDisjoint(with: open) }) {
                session.phases[currentIndex].hintsUsed += 1
                record(.hint, phase: phase, text: hint)
                notices.append(.hint(hint, number: used + 1, total: total))
            } else {
                notices.append(.noMoreHints(phase))
            }
        case .time:
            notices.append(.time(timeStatus()))
        case .edit:
            notices.append(.editRequested(self.currentText))
        case .skip:
            session.phases[currentIndex].skipped = true
            record(.skip, phase: phase)
            notices.append(.skipped(phase))
            notices += finishPhase(askFollowUp: false)
        case .back:
            notices += goBack()
        case .quit:
            return notices + pause()
        case .help:
            notices.append(.help)
        case .unknown(let word, let suggestion):
            notices.append(.unknownCommand(word, suggestion: suggestion))
        }
        return notices + persist()
    }

    /// Takes the whole draft — the answer, or the follow-up reply — as the front end holds it (the
    /// terminal editor's text), replacing the engine's copy. In memory only: the next command, ``checkpoint()``, ``tick()`` that
    /// does something, or ``pause()`` saves it. Trailing blank lines and spaces are not kept.
    public mutating func update(draft: String) {
        guard !session.isFinished else { return }
        setDraft(draft)
    }

    /// `/edit`'s result: the draft as `$EDITOR` left it replaces the engine's copy, recorded as an edit
    /// when it changed, and saved.
    public mutating func applyEdit(_ draft: String) -> [InterviewNotice] {
        guard !session.isFinished else { return [] }
        let before = currentText
        setDraft(draft)
        var notices: [InterviewNotice] = []
        if currentText != before {
            record(.edit, phase: currentPhase, text: "\(currentText.count) characters")
            notices.append(.edited(currentPhase))
        }
        return notices + accrue() + persist()
    }

    /// Moves the clock: one-minute warning, time-up, and with `--strict` the move to the next phase.
    /// Saves when something happened.
    public mutating func tick() -> [InterviewNotice] {
        guard !session.isFinished, accruedUntil != nil else { return [] }
        let notices = accrue()
        return notices.isEmpty ? [] : notices + persist()
    }

    /// End of input (piped mode): the draft held is kept, the phases not reached are marked skipped,
    /// and the interview is scored and finished.
    public mutating func endOfInput() -> [InterviewNotice] {
        guard !session.isFinished else { return [] }
        var notices = accrue()
        if session.isFinished { return notices + persist() }
        for index in session.phases.indices where index > currentIndex {
            session.phases[index].skipped = session.phases[index].answer.isEmpty
            session.phases[index].finished = true
        }
        session.phases[currentIndex].finished = true
        session.awaitingFollowUpReply = nil
        record(.phaseEnd, phase: currentPhase)
        notices += finishInterview()
        return notices + persist()
    }

    // MARK: - Phases

    /// Stores the draft as the answer (or reply), without trailing blank lines and spaces: what a save
    /// should hold.
    private mutating func setDraft(_ text: String) {
        var cleaned = text
        while let last = cleaned.last, last.isWhitespace { cleaned.removeLast() }
        if case .followUp = stage {
            session.phases[currentIndex].followUp?.reply = cleaned
        } else {
            session.phases[currentIndex].answer = cleaned
        }
    }

    /// Appends in place (no copy of the text so far), so a long answer built line by line stays linear.
    private mutating func append(_ text: String) {
        let index = currentIndex
        if case .followUp = stage {
            if session.phases[index].followUp?.reply.isEmpty == false { session.phases[index].followUp?.reply += "\n" }
            session.phases[index].followUp?.reply += text
        } else {
            if !session.phases[index].answer.isEmpty { session.phases[index].answer += "\n" }
            session.phases[index].answer += text
        }
    }

    /// `/next`: asks the follow-up first when the phase has an answer and no follow-up yet; otherwise
    /// finishes the phase and opens the next one (or ends the interview).
    private mutating func finishPhase(askFollowUp: Bool) -> [InterviewNotice] {
        let index = currentIndex
        let phase = currentPhase
        let record = session.phases[index]
        if askFollowUp, asksFollowUps, stage == .answering, record.followUp == nil,
           !record.answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            let missed = scorer.score(phase, answer: record.scoredText).missed
            let answered = Set(record.asked.flatMap(\.factIDs))
            if let followUp = interviewer.followUp(for: phase, missed: missed, answeredFacts: answered) {
                session.phases[index].followUp = FollowUpExchange(question: followUp.question, targets: followUp.targets)
                session.awaitingFollowUpReply = true
                self.record(.followUp, phase: phase, text: followUp.question)
                return [.followUp(followUp.question)]
            }
        }
        session.awaitingFollowUpReply = nil
        session.phases[index].finished = true
        self.record(.phaseEnd, phase: phase)
        var notices: [InterviewNotice] = []
        if session.options.feedback == .phase {
            let score = SessionScorer(scorer: scorer).score(session.phases[index])
            notices.append(.phaseFeedback(score))
            storePartialScore(score)
        }
        if index + 1 < session.phases.count {
            session.currentPhaseIndex = index + 1
            session.phases[index + 1].finished = false
            self.record(.phaseStart, phase: currentPhase)
            notices.append(.phaseStarted(intro(isReturn: session.phases[index + 1].elapsedSeconds > 0)))
        } else {
            notices += finishInterview()
        }
        return notices
    }

    private mutating func goBack() -> [InterviewNotice] {
        guard currentIndex > 0 else { return [.cannotGoBack] }
        session.awaitingFollowUpReply = nil
        session.currentPhaseIndex -= 1
        session.phases[currentIndex].finished = false
        record(.back, phase: currentPhase)
        return [.phaseStarted(intro(isReturn: true))]
    }

    private mutating func finishInterview() -> [InterviewNotice] {
        let now = clock.now()
        accruedUntil = nil
        // Not a word in any phase: kept on disk, but marked abandoned so it counts nowhere.
        if session.options.keepEmpty != true,
           session.phases.allSatisfy({ $0.scoredText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        {
            for index in session.phases.indices { session.phases[index].skipped = true }
        }
        let report = score()
        session.report = report
        session.finishedAt = now
        session.awaitingFollowUpReply = nil
        return [.finished(report)]
    }

    /// Scores every phase of the session: all six for a full interview (a phase never answered counts
    /// as empty), only the drilled one for a drill.
    public func score() -> ScoreReport {
        SessionScorer(scorer: scorer).score(session)
    }

    /// With `--feedback phase` the report grows phase by phase, so a session quit halfway keeps its feedback.
    private mutating func storePartialScore(_ score: PhaseScore) {
        var phases = session.report?.phases ?? [:]
        phases[score.phase] = score
        session.report = ScoreReport(promptID: prompt.id, phases: phases)
    }

    private func intro(isReturn: Bool) -> PhaseIntro {
        let record = session.phases[currentIndex]
        let spec = prompt.spec(record.phase)
        var pending: String?
        if case .followUp(let question) = stage { pending = question }
        var intro = PhaseIntro(
            phase: record.phase, goal: spec.goal, budgetSeconds: record.budgetSeconds, elapsedSeconds: record.elapsedSeconds,
            questions: session.options.hintsUpFront ? spec.questions : [], isDrill: session.drillPhase != nil,
            isReturn: isReturn, pendingFollowUp: pending)
        intro.drillQuestion = session.drillItem?.question
        return intro
    }

    // MARK: - Time

    /// Adds the time since the last accrual to the current phase, reporting the warnings it crosses.
    /// With `--strict` the time past a phase's budget moves on to the next phase, possibly several
    /// times after a long gap (a suspended laptop), each phase getting exactly its budget.
    private mutating func accrue() -> [InterviewNotice] {
        guard let since = accruedUntil else { return [] }
        let now = clock.now()
        var remainingDelta = max(0, now.timeIntervalSince(since))
        var cursor = since
        var notices: [InterviewNotice] = []
        while true {
            let index = currentIndex
            let phase = currentPhase
            let budget = Double(session.phases[index].budgetSeconds)
            let elapsed = session.phases[index].elapsedSeconds
            // How far the delta can run before the next threshold of this phase.
            var step = remainingDelta
            if session.options.strict, !hasEvent(.timeUp, phase) {
                step = min(step, max(0, budget - elapsed))
            }
            session.phases[index].elapsedSeconds = elapsed + step
            cursor += step
            remainingDelta -= step
            let left = budget - session.phases[index].elapsedSeconds
            if budget > 60, left <= 60, !hasEvent(.oneMinuteWarning, phase) {
                record(.oneMinuteWarning, phase: phase, at: cursor - max(0, 60 - left))
                if left > 0 { notices.append(.oneMinuteLeft(phase)) }
            }
            guard left <= 0, !hasEvent(.timeUp, phase) else { break }
            record(.timeUp, phase: phase, at: cursor + left)
            notices.append(.timeUp(phase))
            guard session.options.strict else { break }
            record(.autoAdvance, phase: phase, at: cursor)
            notices.append(.autoAdvanced(phase))
            accruedUntil = cursor
            notices += finishPhase(askFollowUp: false)
            if session.isFinished || remainingDelta <= 0 { break }
        }
        if !session.isFinished { accruedUntil = now }
        return notices
    }

    private func hasEvent(_ kind: SessionEvent.Kind, _ phase: Phase) -> Bool {
        session.events.contains { $0.kind == kind && $0.phase == phase }
    }

    private mutating func record(_ kind: SessionEvent.Kind, phase: Phase?, text: String? = nil, reply: String? = nil, at: Date? = nil) {
        session.events.append(SessionEvent(kind: kind, at: at ?? clock.now(), phase: phase, text: text, reply: reply))
    }

    // MARK: - Saving

    /// Saves the session; a failure is reported once and retried on the next line.
    private mutating func persist() -> [InterviewNotice] {
        session.updatedAt = clock.now()
        do {
            try saveSession(session)
            if saveFailing {
                saveFailing = false
                return [.saveRecovered]
            }
            return []
        } catch {
            defer { saveFailing = true }
            return saveFailing ? [] : [.saveFailed("\(error)")]
        }
    }
}
