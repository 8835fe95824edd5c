/// One line of status (e.g. "Phase 2/6 · Frame" on the left, "04:31 left" on the right), fitted to a width.
///
/// Fitting happens on plain text, before styling, so escape sequences never count towards the width and the
/// line never wraps: the left part is cut with "…" first, then the right part if even that does not fit.
///
/// ```swift
/// let status = StatusLine(left: "Phase 2/6 · Frame", right: "04:31 left")
/// status.render(width: 40, style: style)
/// // "Phase 2/6 · Frame             04:31 left" in inverse video
/// ```
public struct StatusLine: Equatable, Sendable {
    public var left: String
    public var right: String
    /// How the whole line is styled (inverse by default: a bar that stands apart from the answer).
    public var attributes: [Style.Attribute]

    public init(left: String, right: String = "", attributes: [Style.Attribute] = [.inverse]) {
        self.left = Self.singleLine(left)
        self.right = Self.singleLine(right)
        self.attributes = attributes
    }

    /// The plain text of the line, exactly `width` columns wide.
    public func plainText(width: Int) -> String {
        guard width > 0 else { return "" }
        let rightText = DisplayWidth.truncate(right, toWidth: width)
        let rightWidth = DisplayWidth.of(rightText)
        // Keep one space between the parts when both are shown.
        let leftBudget = rightWidth == 0 ? width : width - rightWidth - 1
        guard leftBudget > 0 else { return DisplayWidth.pad(rightText, toWidth: width) }
        let leftText = DisplayWidth.truncate(left, toWidth: leftBudget)
        let gap = width - DisplayWidth.of(leftText) - rightWidth
        return leftText + String(repeating: " ", count: max(0, gap)) + rightText
    }

    /// The styled line, exactly `width` columns wide on screen.
    public func render(width: Int, style: Style) -> String {
        style.apply(attributes, to: plainText(width: width))
    }

    /// Line breaks and other control characters would break the one-row layout: show them as spaces.
    private static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) else {
            return text
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) ? " " : scalar
        }))
    }
}
