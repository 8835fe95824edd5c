/// The six phases of an ML system design interview, in interview order.
public enum Phase: String, CaseIterable, Codable, Sendable, Comparable {
    case clarify, frame, data, model, evaluate, deploy

    /// Title-case name for headings ("Clarify").
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// 1-based position in the interview (clarify is 1, deploy is 6).
    public var position: Int { Phase.allCases.firstIndex(of: self)! + 1 }

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.position < rhs.position }
}
