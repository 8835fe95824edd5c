/// ANSI text styles that switch themselves off when they should not be used.
///
/// Colour is on only when the output is an interactive terminal, `TERM` is not `dumb`, and `NO_COLOR` is
/// unset or empty (https://no-color.org). The decision is made from values passed in — never from globals —
/// so it can be tested and so the app decides once at start-up. With styles off every method returns its
/// text unchanged.
///
/// Each style ends with its own reset (e.g. bold ends with "normal intensity", not "reset all"), so styles
/// nest: `style.red(style.bold("x") + " y")` keeps " y" red.
///
/// ```swift
/// let style = Style(outputIsTTY: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
/// print(style.green("✓ covered") + " " + style.dim("(quote)"))
/// ```
public struct Style: Equatable, Sendable {
    /// One text attribute with its ANSI SGR on/off codes.
    public enum Attribute: CaseIterable, Equatable, Sendable {
        case bold, dim, red, green, yellow, cyan, inverse

        var onCode: String {
            switch self {
            case .bold: return "1"
            case .dim: return "2"
            case .red: return "31"
            case .green: return "32"
            case .yellow: return "33"
            case .cyan: return "36"
            case .inverse: return "7"
            }
        }

        var offCode: String {
            switch self {
            case .bold, .dim: return "22"  // normal intensity
            case .red, .green, .yellow, .cyan: return "39"  // default foreground
            case .inverse: return "27"
            }
        }
    }

    /// True when styles produce escape sequences.
    public let isEnabled: Bool
    /// True when the output is a terminal, so a bell is heard rather than written into a file.
    public let isTerminal: Bool

    public init(isEnabled: Bool, isTerminal: Bool) {
        self.isEnabled = isEnabled
        self.isTerminal = isTerminal
    }

    /// Decides from whether the output is a terminal and from the environment (`NO_COLOR`, `TERM`). The one
    /// colour decision: ``Terminal/style`` and the executable's console both come here. Per no-color.org only
    /// a non-empty `NO_COLOR` turns colour off; `NO_COLOR=` (empty) leaves it on.
    public init(outputIsTTY: Bool, environment: [String: String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        self.init(isEnabled: outputIsTTY && !noColor && !dumb, isTerminal: outputIsTTY && !dumb)
    }

    /// No styles, no bell: for files, pipes and tests.
    public static let plain = Style(isEnabled: false, isTerminal: false)

    /// `text` with `attributes` applied (unchanged when styles are off or `attributes` is empty).
    public func apply(_ attributes: [Attribute], to text: String) -> String {
        guard isEnabled, !attributes.isEmpty else { return text }
        let on = attributes.map(\.onCode).joined(separator: ";")
        var offCodes: [String] = []
        for attribute in attributes where !offCodes.contains(attribute.offCode) { offCodes.append(attribute.offCode) }
        return "\u{1B}[\(on)m\(text)\u{1B}[\(offCodes.joined(separator: ";"))m"
    }

    public func bold(_ text: String) -> String { apply([.bold], to: text) }
    public func dim(_ text: String) -> String { apply([.dim], to: text) }
    public func red(_ text: String) -> String { apply([.red], to: text) }
    public func green(_ text: String) -> String { apply([.green], to: text) }
    public func yellow(_ text: String) -> String { apply([.yellow], to: text) }
    public func cyan(_ text: String) -> String { apply([.cyan], to: text) }
    public func inverse(_ text: String) -> String { apply([.inverse], to: text) }

    /// The terminal bell, or nothing when the output is not a terminal. `NO_COLOR` does not silence it.
    public var bell: String { isTerminal ? ControlSequence.bell : "" }
}
