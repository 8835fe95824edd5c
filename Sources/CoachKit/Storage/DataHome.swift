import Foundation

/// Where mlsd keeps the user's data: `$MLSD_HOME`, else `$XDG_DATA_HOME/mlsd`, else `~/.local/share/mlsd`.
/// Resolved from an injected environment so tests never touch the real home folder.
public struct DataHome: Sendable, Equatable {
    public let root: URL

    public init(root: URL) { self.root = root }

    public init(environment: [String: String]) {
        if let home = environment["MLSD_HOME"], !home.isEmpty {
            root = URL(fileURLWithPath: home, isDirectory: true)
        } else if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            root = URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("mlsd", isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            root = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/share/mlsd", isDirectory: true)
        }
    }

    /// User case studies; a prompt here with a built-in's id overrides it.
    public var prompts: URL { root.appendingPathComponent("prompts", isDirectory: true) }
    /// One JSON file per interview session.
    public var sessions: URL { root.appendingPathComponent("sessions", isDirectory: true) }
    /// The drill log (`mlsd drill`): one JSON file.
    public var drills: URL { root.appendingPathComponent("drills.json") }
}
