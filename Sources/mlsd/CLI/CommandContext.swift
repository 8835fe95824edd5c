import CoachKit
import Foundation
import TerminalKit

/// Everything a command needs from the outside world, injected so commands are testable.
struct CommandContext: Sendable {
    /// The whole command tree, for the commands that describe it (help, man, completions).
    var root: CommandSpec
    var environment: [String: String]
    var console: Console
    /// Whether standard input and output are terminals, and how wide: the one place commands ask.
    var terminal: StandardTerminal
    var dataHome: DataHome
    /// `--prompts DIR` folders given on the command line, in order.
    var extraPromptFolders: [URL]
    var now: @Sendable () -> Date
    var currentDirectory: URL

    /// Built-ins, then the data home's prompts folder, then each `--prompts DIR`. Bad files are
    /// reported on stderr and left out; the rest load.
    /// - Parameter fullCheck: check every file in full, the built-ins too, with no validation cache
    ///   (`prompts validate`); otherwise built-ins are trusted and unchanged user files checked once.
    /// - Parameter id: the one case study the command needs, if that is all: the other built-ins are
    ///   then not even outlined (see `PromptLibrary.init(onlyNeeding:)`).
    func loadLibrary(warn: Bool = true, fullCheck: Bool = false, onlyNeeding id: String? = nil) -> PromptLibrary {
        let library = PromptLibrary(
            folders: [dataHome.prompts] + extraPromptFolders, trustBuiltin: !fullCheck,
            validationCache: fullCheck ? nil : PromptLibrary.validationCacheFile(in: dataHome), onlyNeeding: id)
        if warn {
            for problem in library.problems {
                console.warn("warning: skipped \(problem.file): \(problem)")
            }
        }
        return library
    }

    /// Resolves a path the user typed relative to the working directory.
    func url(forPath path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            return URL(fileURLWithPath: home + path.dropFirst())
        }
        return currentDirectory.appendingPathComponent(path)
    }
}
