#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The size of a terminal window in character cells.
///
/// ```swift
/// let size = TerminalSize.current(fileDescriptor: STDOUT_FILENO, environment: ProcessInfo.processInfo.environment)
/// renderer.resize(to: size)
/// ```
public struct TerminalSize: Equatable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// What a terminal that says nothing about its size is taken to be.
    public static let fallback = TerminalSize(columns: 80, rows: 24)

    public var description: String { "\(columns)x\(rows)" }

    /// The window size of the terminal on `fileDescriptor`: asked of the terminal (`TIOCGWINSZ`), then
    /// `$COLUMNS` / `$LINES`, then 80×24, dimension by dimension.
    public static func current(fileDescriptor: Int32, environment: [String: String]) -> TerminalSize {
        resolve(reported: query(fileDescriptor: fileDescriptor), environment: environment)
    }

    /// What the terminal driver reports for `fileDescriptor`, or nil when it is no terminal or reports nothing.
    public static func query(fileDescriptor: Int32) -> TerminalSize? {
        var window = winsize()
        let result = withUnsafeMutablePointer(to: &window) { pointer in
            ioctl(fileDescriptor, UInt(TIOCGWINSZ), pointer)
        }
        guard result == 0 else { return nil }
        return TerminalSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
    }

    /// Combines a reported size with the environment's `COLUMNS` and `LINES` and the fallback.
    ///
    /// A dimension reported as zero (some CI pseudo-terminals do that) counts as not reported.
    public static func resolve(reported: TerminalSize?, environment: [String: String]) -> TerminalSize {
        func pick(_ reported: Int?, _ variable: String, _ fallback: Int) -> Int {
            if let reported, reported > 0 { return reported }
            if let text = environment[variable]?.trimmingSpaces, let value = Int(text), value > 0 { return value }
            return fallback
        }
        return TerminalSize(
            columns: pick(reported?.columns, "COLUMNS", fallback.columns),
            rows: pick(reported?.rows, "LINES", fallback.rows)
        )
    }
}

private extension String {
    var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
