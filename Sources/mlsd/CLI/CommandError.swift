/// A failure a command reports in its own words, with its own exit code (e.g. 65 for bad data).
/// Errors of CoachKit are thrown as they are (see ``ReportableError``); this is for sentences only
/// the command can write.
struct CommandError: ReportableError {
    var message: String
    var code: ExitCode

    init(_ message: String, code: ExitCode = .failure) {
        self.message = message
        self.code = code
    }

    var exitCode: ExitCode { code }
}
