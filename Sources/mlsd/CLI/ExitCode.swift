/// Exit codes, following swift-argument-parser and sysexits.h.
enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    /// EX_USAGE: the command line was wrong.
    case usage = 64
    /// EX_DATAERR: an input file was invalid.
    case dataError = 65
    /// EX_SOFTWARE: a bug in mlsd.
    case internalError = 70
}
