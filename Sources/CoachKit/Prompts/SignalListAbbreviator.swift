/// Finds where a signal spells out a named list of the lexicon, so `mlsd prompts fmt` can write
/// `$name` there instead (see `SignalLists`, `SignalSyntax.format(_:abbreviating:asListEntry:)`).
/// Only exact matches are used — the same alternatives in the same order — so the file reads back
/// as the very same signals and no score changes.
public struct SignalListAbbreviator: Sendable {
    /// One-signal lists, by that signal.
    private var singles: [Signal: String] = [:]
    /// Lists of two or more alternatives, by their alternatives.
    private var wholes: [[Signal]: String] = [:]
    /// The same lists by their first alternative, longest first, for runs inside a longer any.
    private var runsByFirst: [Signal: [(name: String, alternatives: [Signal])]] = [:]

    public init(_ lists: SignalLists) {
        // Sorted by name, so that of two lists with the same alternatives the first name is used.
        for name in lists.names {
            guard let alternatives = lists.alternatives[name], let first = alternatives.first else { continue }
            if alternatives.count == 1 {
                if singles[first] == nil { singles[first] = name }
                continue
            }
            if wholes[alternatives] == nil { wholes[alternatives] = name }
            runsByFirst[first, default: []].append((name, alternatives))
        }
        for key in runsByFirst.keys { runsByFirst[key]?.sort { ($0.alternatives.count, $1.name) > ($1.alternatives.count, $0.name) } }
    }

    public var isEmpty: Bool { singles.isEmpty && wholes.isEmpty }

    /// The list `signal` is exactly: a one-signal list equal to it, or a list whose alternatives are
    /// those of the any `signal` (`isGroup`).
    func whole(_ signal: Signal) -> (name: String, isGroup: Bool)? {
        if let name = singles[signal] { return (name, false) }
        if case .any(let parts) = signal, let name = wholes[parts] { return (name, true) }
        return nil
    }

    /// The longest list of two or more alternatives that `parts` spell out from `start` on.
    func run(in parts: [Signal], from start: Int) -> (name: String, length: Int)? {
        guard start < parts.count, let candidates = runsByFirst[parts[start]] else { return nil }
        for candidate in candidates where start + candidate.alternatives.count <= parts.count {
            if Array(parts[start..<(start + candidate.alternatives.count)]) == candidate.alternatives {
                return (candidate.name, candidate.alternatives.count)
            }
        }
        return nil
    }

    /// A signal list's entries with runs that spell out a list replaced by the list's name (a bare
    /// `$name` entry stands for its alternatives, each an entry).
    public func entries(_ signals: [Signal]) -> [Entry] {
        var result: [Entry] = []
        var index = 0
        while index < signals.count {
            if let run = run(in: signals, from: index) {
                result.append(.list(run.name))
                index += run.length
            } else if let single = singles[signals[index]] {
                result.append(.list(single))
                index += 1
            } else {
                result.append(.signal(signals[index]))
                index += 1
            }
        }
        return result
    }

    public enum Entry: Equatable, Sendable {
        case signal(Signal)
        case list(String)
    }
}
