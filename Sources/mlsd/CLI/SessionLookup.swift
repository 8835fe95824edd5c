import CoachKit
import Foundation

/// The sessions folder as the commands see it: every readable session (warnings for the skipped
/// files go to stderr, naming each file), and a session found by id, unique id prefix or "last".
struct SessionLookup {
    let context: CommandContext

    var catalog: SessionCatalog { SessionCatalog(dataHome: context.dataHome) }

    /// The readable sessions, newest first. Skipped files are reported, never changed.
    /// - Parameter items: the form in which the command reads which rubric items a phase covered
    ///   (see ``ItemResultsForm``).
    func listing(items: ItemResultsForm = .listed) -> SessionListing {
        let listing = catalog.load(items: items)
        for warning in listing.warnings { context.console.warn("warning: \(warning)") }
        return listing
    }

    /// The summary for `reference`, or an error the user can act on. Every command that takes a session
    /// uses this, so an unknown or ambiguous session is reported one way everywhere, with exit status 1
    /// (failure: nothing was wrong with any file); a matching file mlsd had to skip exits 65 (bad data).
    /// `action` names what was asked for in "Cannot resume 'x': …" (a file that was skipped).
    func summary(_ reference: String, in listing: SessionListing, action: String = "open") throws -> SessionSummary {
        do {
            return try listing.resolve(reference)
        } catch let error as SessionStore.StoreError {
            // A file the user named but this mlsd cannot use: say that rather than "no such session".
            if case .notFound = error, let skipped = listing.skippedFile(matching: reference) {
                throw CommandError("Cannot \(action) '\(reference)': \(skipped)", code: .dataError)
            }
            if case .notFound = error, listing.summaries.isEmpty {
                throw CommandError("No sessions recorded yet. Start one with 'mlsd practice'.", code: .failure)
            }
            throw error
        }
    }

    /// The whole session for `reference`.
    func session(_ reference: String, in listing: SessionListing) throws -> (SessionSummary, Session) {
        let summary = try summary(reference, in: listing)
        // A file that cannot be read now is bad data (65): see `SessionStore.StoreError`'s exit code.
        return (summary, try catalog.session(for: summary))
    }

    /// The case study a session was recorded on, if mlsd still has it (its current version).
    func prompt(for promptID: String, in library: PromptLibrary) -> Prompt? {
        library.prompt(id: promptID)?.prompt
    }
}
