import CoachKit
import Foundation
import TerminalKit

/// `mlsd practice [PROMPT_ID]`: the timed mock interview.
struct PracticeCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "practice", abstract: "Start a timed mock interview on a case study.",
            discussion: """
                Six timed phases (clarify, frame, data, model, evaluate, deploy), each with a goal and a time budget;
                the status line counts down. Type your answer; on a line of its own, /next (or Ctrl-D) ends a phase,
                /ask QUESTION asks the interviewer (the way to ask any question), /hint gives a guiding question,
                /help lists the rest. In the terminal the interviewer asks one follow-up after each phase: reply, then
                /next; an empty reply (Enter on an empty line) skips it. The session is saved after every line: /quit,
                Ctrl-C or a closed terminal leave it resumable with 'mlsd resume'. With no id, a menu suggests the case
                study you practised least (piped input takes the suggestion).

                Piped input (or TERM=dumb) runs the line mode: each line is answer text, a line '/next' ends the phase,
                end of input ends the interview. Follow-ups are OFF there unless --follow-ups is given, so a script that
                writes each phase's answer then '/next' puts every answer in its own phase. With --follow-ups, '/next'
                on an answered phase brings the follow-up; its reply ends with another '/next', and an empty line
                skips it.

                The end shows a one-screen summary: score bars, Overall and verdict, time per phase, three things to
                improve, and 'mlsd review last' for the details. --report full shows the details first (through
                $PAGER, or 'less -R', on a terminal); --reference shows what a strong answer says next to what you
                said, per phase, only after the attempt. A session with no answer at all is kept as abandoned and left
                out of stats unless --keep-empty is given.
                """,
            arguments: [ArgumentSpec(name: "prompt-id", help: "The case study to practise (see 'mlsd prompts list').", isOptional: true, completion: .promptID)],
            options: [
                OptionSpec(name: "random", help: "Practise a case study chosen at random."),
                OptionSpec(name: "next", help: "Practise what 'mlsd next' recommends (spaced repetition over case studies and phases)."),
                OptionSpec(name: "phase", value: "phase", help: "Drill one phase only (clarify, frame, data, model, evaluate, deploy).",
                           completion: .phase),
                OptionSpec(name: "minutes", value: "n", help: "Scale the phase budgets to a total of n minutes (1–\(BudgetPlanner.maximumMinutes))."),
                OptionSpec(name: "strict", help: "Move on to the next phase when a phase's time is up."),
                OptionSpec(name: "feedback", value: "when", help: "'end' (default): feedback after the interview; 'phase': after each phase.",
                           completion: .choices(SessionOptions.FeedbackMode.allCases.map(\.rawValue))),
                OptionSpec(name: "hints", help: "Show each phase's guiding questions up front."),
                OptionSpec(name: "follow-ups", help: "Ask a follow-up after each phase in line mode too (piped input, TERM=dumb)."),
                OptionSpec(name: "no-follow-ups", help: "Ask no follow-up questions, in the terminal either."),
                OptionSpec(name: "report", value: "kind", help: "'summary' (default): one screen at the end; 'full': the details first.",
                           completion: .choices(["summary", "full"])),
                OptionSpec(name: "reference", help: "After the interview, show what a strong answer says next to what you said."),
                OptionSpec(name: "keep-empty", help: "Count a session with no answer as a normal one (default: abandoned, not in stats)."),
            ],
            command: PracticeCommand.self)
    }

    /// The case study given on the command line.
    var promptID: String?
    var random: Bool
    var next: Bool
    /// The one phase to drill (--phase).
    var phase: Phase?
    /// The total budget (--minutes); nil keeps the case study's own.
    var minutes: Int?
    var strict: Bool
    var feedback: SessionOptions.FeedbackMode
    var hintsUpFront: Bool
    /// --follow-ups (true), --no-follow-ups (false), or neither (nil: the mode decides).
    var followUps: Bool?
    var fullReport: Bool
    var showReference: Bool
    var keepEmpty: Bool

    init(_ parsed: ParsedCommand) throws {
        minutes = try parsed.integer("minutes", range: 1...BudgetPlanner.maximumMinutes)
        phase = try parsed.choice("phase", in: Phase.allCases.map(\.rawValue)).flatMap(Phase.init(rawValue:))
        feedback = try parsed.choice("feedback", in: SessionOptions.FeedbackMode.allCases.map(\.rawValue))
            .flatMap(SessionOptions.FeedbackMode.init(rawValue:)) ?? .end
        if parsed.flag("follow-ups"), parsed.flag("no-follow-ups") {
            throw parsed.usageError("Give either '--follow-ups' or '--no-follow-ups', not both.")
        }
        followUps = parsed.flag("follow-ups") ? true : parsed.flag("no-follow-ups") ? false : nil
        fullReport = try parsed.choice("report", in: ["summary", "full"]) == "full"
        promptID = parsed.arguments.first
        random = parsed.flag("random")
        next = parsed.flag("next")
        let choosers = [promptID != nil, random, next].filter { $0 }.count
        if choosers > 1 {
            throw parsed.usageError("Give only one of a case study id, '--random' or '--next'.")
        }
        if next, phase != nil {
            throw parsed.usageError("'--next' chooses the phase itself; leave out '--phase'.")
        }
        strict = parsed.flag("strict")
        hintsUpFront = parsed.flag("hints")
        showReference = parsed.flag("reference")
        keepEmpty = parsed.flag("keep-empty")
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        var drill = phase
        // With an id given, only that case study (and the lexicon) is read.
        let library = context.loadLibrary(onlyNeeding: promptID)
        guard !library.prompts.isEmpty else {
            throw CommandError("No case studies found. Check the prompts folder, or add one with 'mlsd prompts new ID'.", code: .dataError)
        }
        let catalog = SessionCatalog(dataHome: context.dataHome)
        let loaded: LoadedPrompt
        if next {
            let listing = catalog.load()
            for warning in listing.warnings { context.console.warn("warning: \(warning)") }
            guard let recommendation = SpacedRepetition().next(
                summaries: listing.summaries, outlines: library.prompts.map(\.outline), now: context.now()),
                let recommended = library.prompt(id: recommendation.promptID)
            else {
                throw CommandError("Nothing to recommend yet. Start with 'mlsd practice'.")
            }
            context.console.warn("Next: \(recommendation.promptID)\(recommendation.phase.map { " — \($0.rawValue) phase" } ?? ""). \(recommendation.reason)")
            loaded = recommended
            drill = recommendation.phase
        } else {
            loaded = try choosePrompt(context: context, library: library, catalog: catalog)
        }
        let prompt = loaded.prompt
        let ownMinutes = drill.map { prompt.spec($0).minutes } ?? prompt.minutes
        let options = SessionOptions(
            minutes: minutes ?? max(1, ownMinutes), strict: strict, feedback: feedback, hintsUpFront: hintsUpFront,
            followUps: followUps,
            keepEmpty: keepEmpty ? true : nil)
        var launcher = InterviewLauncher(context: context, prompt: prompt, lexicon: library.lexicon, catalog: catalog)
        launcher.fullReport = fullReport
        launcher.showReference = showReference
        return try launcher.start(options: options, drill: drill)
    }

    /// The id given, a random one, the menu's choice (terminal), or the least-practised one (piped).
    func choosePrompt(context: CommandContext, library: PromptLibrary, catalog: SessionCatalog) throws -> LoadedPrompt {
        if let id = promptID { return try PromptsCommand.lookUp(id, in: library) }
        if random { return library.prompts.randomElement()! }
        let listing = catalog.load(items: .omitted)
        for warning in listing.warnings { context.console.warn("warning: \(warning)") }
        let sessions = listing.summaries
        let ids = library.prompts.map(\.outline.id)
        let suggestion = PracticeSuggestion()
        let suggested = suggestion.suggest(promptIDs: ids, sessions: sessions) ?? ids[0]
        guard context.terminal.isInteractive else {
            context.console.warn("No case study given; practising the least-practised one: \(suggested).")
            return library.prompt(id: suggested)!
        }
        let menu = PromptMenu(
            console: context.console, prompts: library.prompts,
            tallies: suggestion.tallies(promptIDs: ids, sessions: sessions), suggested: suggested)
        guard let chosen = menu.ask(input: context.terminal.inputDescriptor, width: context.terminal.columns) else {
            throw CommandError("No case study chosen.")
        }
        return chosen
    }
}
