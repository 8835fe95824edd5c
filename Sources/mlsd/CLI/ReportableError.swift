import CoachKit
import TerminalKit

/// An error the runner reports as one sentence with its own exit code: commands throw these as they
/// are and never re-wrap them. ``CommandRunner`` prints `Error: <message>` and exits with `exitCode`.
protocol ReportableError: Error {
    /// The sentence shown after "Error: ".
    var message: String { get }
    var exitCode: ExitCode { get }
}

/// A domain error's sentence is its description.
extension ReportableError where Self: CustomStringConvertible {
    var message: String { description }
}

// The one mapping from CoachKit's errors to exit codes (0 ok, 1 failure, 64 usage, 65 bad data,
// 70 internal). Their sentences are their descriptions.

extension UsageError: ReportableError {
    var exitCode: ExitCode { .usage }
}

extension SessionStore.StoreError: ReportableError {

    /// No match is a failure (nothing was wrong with any file); a session file mlsd cannot use is bad data.
    var exitCode: ExitCode {
        switch self {
        case .notFound, .ambiguous: .failure
        case .unreadable, .newerVersion, .invalidID, .misnamed: .dataError
        }
    }
}

extension DrillLog.LogError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension AnswerFile.ParseError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension PromptError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension InputFile.ReadError: ReportableError {

    /// A file past its size limit is bad data; one that is missing or cannot be read is a failure.
    var exitCode: ExitCode {
        switch self {
        case .tooLarge: .dataError
        case .missing, .notRegular, .unreadable: .failure
        }
    }
}

extension AtomicFile.WriteError: ReportableError {
    var exitCode: ExitCode { .failure }
}

extension FileLock.LockError: ReportableError {
    var exitCode: ExitCode { .failure }
}

extension SessionCatalog.ClaimError: ReportableError {
    var exitCode: ExitCode { .failure }
}

/// The terminal could not be put into raw mode (or restored): a failure, the interview did not start.
extension RawModeError: ReportableError {
    var exitCode: ExitCode { .failure }
}
