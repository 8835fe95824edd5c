/// `mlsd practice`: the timed mock interview. (Being built; see the interview issue.)
enum PracticeCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "practice", abstract: "Start a timed mock interview on a case study.",
            arguments: [ArgumentSpec(name: "prompt-id", help: "The case study to practise.", isOptional: true, completion: .promptID)],
            run: { _, context in
                context.console.print("The interactive interview is coming soon. Meanwhile: mlsd prompts list, mlsd score FILE.")
                return .success
            })
    }
}
