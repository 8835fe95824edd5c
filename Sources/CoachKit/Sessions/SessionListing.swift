import Foundation

/// The result of ``SessionCatalog/load()``.
public struct SessionListing: Sendable {
    /// Newest first.
    public var summaries: [SessionSummary]
    public var warnings: [SessionStore.StoreError]
    /// The summaries' item results by number, in the same order (only when loaded `.numbered`).
    public var itemResults: ItemResults?

    public init(summaries: [SessionSummary], warnings: [SessionStore.StoreError]) {
        self.summaries = summaries
        self.warnings = warnings
    }

    /// The session with this id, the only one whose id starts with it, or "last" for the newest.
    public func resolve(_ reference: String) throws -> SessionSummary {
        if reference.isEmpty { throw SessionStore.StoreError.notFound(reference) }
        if reference == "last" {
            guard let newest = summaries.first else { throw SessionStore.StoreError.notFound(reference) }
            return newest
        }
        if let exact = summaries.first(where: { $0.id == reference }) { return exact }
        let matches = summaries.filter { $0.id.hasPrefix(reference) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw SessionStore.StoreError.notFound(reference) }
        throw SessionStore.StoreError.ambiguous(reference, matches: matches.map(\.id))
    }

    /// The warning for a skipped session file (newer version, unreadable, bad id) whose name starts
    /// with `reference`: a session the user named but mlsd could not use, which deserves saying rather
    /// than "no session matches". Never for "last".
    public func skippedFile(matching reference: String) -> SessionStore.StoreError? {
        guard reference != "last" else { return nil }
        return warnings.first { warning in
            let file: String
            switch warning {
            case .newerVersion(let path, _), .unreadable(let path, _), .invalidID(let path, _), .misnamed(let path, _): file = path
            case .notFound, .ambiguous: return false
            }
            return URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent.hasPrefix(reference)
        }
    }
}
