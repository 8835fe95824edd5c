/// The root of the command tree. Each subcommand lives in its own file under Commands/.
enum MLSD {
    static let version = "0.1.0"

    static var spec: CommandSpec {
        CommandSpec(
            name: "mlsd",
            abstract: "A coach for machine-learning system design interviews.",
            discussion: """
                Practise timed mock interviews on ML system design case studies, get feedback against each
                phase's rubric, and track your progress. Start with 'mlsd practice'.
                """,
            subcommands: [
                PracticeCommand.spec,
                ResumeCommand.spec,
                ScoreCommand.spec,
                HistoryCommand.spec,
                ReviewCommand.spec,
                ExportCommand.spec,
                StatsCommand.spec,
                NextCommand.spec,
                DrillCommand.spec,
                PromptsCommand.spec,
                CompletionsCommand.spec,
                ManCommand.spec,
                HelpCommand.spec,
                CompleteCommand.spec,
            ]
        )
    }
}
