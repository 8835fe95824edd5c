import CoachKit
import Foundation

/// The sessions folder as the commands see it: every readable session (warnings for the skipped
/// files go to stderr, naming each file), and a session found by id, unique id prefix or "last".
struct SessionLookup {
    let context: CommandContext

    var catalog: SessionCatalog { SessionCatalog(dataHome: context.dataHome) }

    /// The readable sessions, newest first. Skipped files are reported, never changed.
    func listing() -> SessionListing {
        let listing = catalog.load()
        for warning in listing.warnings { context.console.warn("warning: \(warning)") }
        return listing
    }

    /// The summary for `reference`, or an error the user can act on (exit 65: no such session).
    func summary(_ reference: String, in listing: SessionListing) throws -> SessionSummary {
        do {
            return try listing.resolve(reference)
        } catch let error as SessionStore.StoreError {
            if case .notFound = error, listing.summaries.isEmpty {
                throw CommandError("No sessions recorded yet. Start one with 'mlsd practice'.", code: .dataError)
            }
            throw CommandError(error.description, code: .dataError)
        }
    }

    /// The whole session for `reference`.
    func session(_ reference: String, in listing: SessionListing) throws -> (SessionSummary, Session) {
        let summary = try summary(reference, in: listing)
        do {
            return (summary, try catalog.session(for: summary))
        } catch {
            throw CommandError("\(error)", code: .dataError)
        }
    }

    /// The case study a session was recorded on, if mlsd still has it (its current version).
    func prompt(for promptID: String, in library: PromptLibrary) -> Prompt? {
        library.prompt(id: promptID)?.prompt
    }
}
