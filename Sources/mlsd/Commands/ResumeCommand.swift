/// `mlsd resume [SESSION]`: continue an unfinished interview.
enum ResumeCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "resume", abstract: "Continue an unfinished interview where it stopped.",
            arguments: [ArgumentSpec(name: "session", help: "The session id (default: the latest unfinished one).", isOptional: true, completion: .sessionID)],
            run: { _, context in
                context.console.print("Nothing to resume yet.")
                return .success
            })
    }
}
