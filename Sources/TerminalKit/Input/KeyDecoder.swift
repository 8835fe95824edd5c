/// Turns the bytes read from a terminal in raw mode into ``Key`` events, incrementally.
///
/// Terminals send one key as one to a handful of bytes, and a read may end in the middle of a key
/// (a multi-byte UTF-8 character, an escape sequence) or hold many keys at once. Feed every chunk you read
/// to ``feed(_:)``; bytes that do not make a whole key yet are kept for the next call.
///
/// A lone Escape is ambiguous: `ESC` is also how every escape sequence starts. When ``hasPendingInput`` is
/// true and no more input arrives within a short time (25–50 ms is usual), call ``flush()``: a waiting
/// `ESC` becomes ``Key/escape`` and any other unfinished sequence is dropped.
///
/// Bracketed paste (`ESC [ 200 ~` … `ESC [ 201 ~`) is delivered as a single ``Key/paste(_:)``, however many
/// reads it spans; the scan is linear in the pasted size, so pasting megabytes stays fast.
///
/// Decoding never traps: unknown sequences, stray continuation bytes and invalid UTF-8 are skipped.
///
/// ```swift
/// var decoder = KeyDecoder()
/// let keys = decoder.feed([0x68, 0x69, 0x1B, 0x5B])   // [.character("h"), .character("i")]
/// decoder.feed([0x44])                               // [.left]  (ESC [ D completed)
/// ```
public struct KeyDecoder: Sendable {
    /// An escape sequence longer than this is garbage, not a key: drop it rather than buffer forever.
    private static let maximumSequenceLength = 32

    private static let escape: UInt8 = 0x1B
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    /// Bytes of an unfinished key, waiting for the rest.
    private var pending: [UInt8] = []
    /// Set while between the paste start and end markers.
    private var pasteBytes: [UInt8]?
    /// How many bytes of the paste end marker have been seen at the end of the input so far.
    private var pasteEndMatched = 0
    /// The last key was a CR, so an LF right after it belongs to the same Enter.
    private var lastWasCarriageReturn = false

    public init() {}

    /// True while bytes of an unfinished key (or an unfinished paste) are buffered.
    public var hasPendingInput: Bool { !pending.isEmpty || pasteBytes != nil }

    /// True between the start and the end of a bracketed paste.
    public var isInsidePaste: Bool { pasteBytes != nil }

    /// Decodes as many keys as `bytes` (after whatever was left over) complete.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [Key] where Bytes.Element == UInt8 {
        var keys: [Key] = []
        pending.append(contentsOf: bytes)
        decodePending(into: &keys)
        return keys
    }

    /// Resolves what is waiting when no more input is coming soon: a lone `ESC` becomes ``Key/escape``,
    /// `ESC O` and `ESC [` become Alt-O and Alt-[, any other unfinished escape sequence or UTF-8 character
    /// is dropped. A paste in progress is kept (its end marker is still to come).
    public mutating func flush() -> [Key] {
        guard pasteBytes == nil, !pending.isEmpty else { return [] }
        let waiting = pending
        pending.removeAll()
        switch waiting {
        case [Self.escape]:
            return [.escape]
        case [Self.escape, UInt8(ascii: "O")], [Self.escape, UInt8(ascii: "[")]:
            // Alt-O and Alt-[ look like the start of a sequence until the pause shows they are not.
            return [.alt(Character(Unicode.Scalar(waiting[1])))]
        default:
            return []
        }
    }

    // MARK: - Decoding

    private enum Step {
        /// `count` bytes made `key` (or nothing worth reporting when `key` is nil).
        case decoded(Key?, count: Int)
        /// The bytes so far are the start of a key; wait for more.
        case incomplete
        /// `count` bytes opened a bracketed paste.
        case pasteStart(count: Int)
    }

    private mutating func decodePending(into keys: inout [Key]) {
        var index = 0
        while index < pending.count {
            if pasteBytes != nil {
                index += consumePaste(pending[index...], into: &keys)
                continue
            }
            switch step(at: index) {
            case .incomplete:
                pending.removeFirst(index)
                return
            case .pasteStart(let count):
                index += count
                pasteBytes = []
                pasteEndMatched = 0
                lastWasCarriageReturn = false
            case .decoded(let key, let count):
                index += count
                guard let key else { continue }
                if key == .enter {
                    let isCarriageReturn = pending[index - 1] == 0x0D
                    let isLineFeed = pending[index - 1] == 0x0A
                    if isLineFeed && lastWasCarriageReturn {
                        lastWasCarriageReturn = false
                        continue
                    }
                    lastWasCarriageReturn = isCarriageReturn
                } else {
                    lastWasCarriageReturn = false
                }
                keys.append(key)
            }
        }
        pending.removeAll()
    }

    private func step(at index: Int) -> Step {
        let byte = pending[index]
        switch byte {
        case Self.escape:
            return escapeStep(at: index)
        case 0x0D, 0x0A:
            return .decoded(.enter, count: 1)
        case 0x7F, 0x08:
            return .decoded(.backspace, count: 1)
        case 0x09:
            return .decoded(.tab, count: 1)
        case 0x01...0x1A:
            return .decoded(.control(Character(Unicode.Scalar(byte + 0x60))), count: 1)
        case 0x1C:
            return .decoded(.control("\\"), count: 1)  // Ctrl-\: quit, as it would in a cooked terminal
        case 0x00, 0x1D...0x1F:
            return .decoded(nil, count: 1)  // Ctrl-@, Ctrl-] … Ctrl-_: nothing an editor needs
        case 0x20...0x7E:
            return .decoded(.character(Character(Unicode.Scalar(byte))), count: 1)
        default:
            return utf8Step(at: index)
        }
    }

    private func escapeStep(at index: Int) -> Step {
        guard index + 1 < pending.count else { return .incomplete }
        let next = pending[index + 1]
        switch next {
        case UInt8(ascii: "["):
            return controlSequenceStep(at: index)
        case UInt8(ascii: "O"):
            guard index + 2 < pending.count else { return .incomplete }
            let key: Key?
            switch pending[index + 2] {
            case UInt8(ascii: "A"): key = .up
            case UInt8(ascii: "B"): key = .down
            case UInt8(ascii: "C"): key = .right
            case UInt8(ascii: "D"): key = .left
            case UInt8(ascii: "H"): key = .home
            case UInt8(ascii: "F"): key = .end
            case UInt8(ascii: "M"): key = .enter  // keypad Enter in application mode
            default: key = nil  // F1–F4 and other keypad keys
            }
            return .decoded(key, count: 3)
        case Self.escape:
            // ESC ESC: the first one was the Escape key; the second starts something new.
            return .decoded(.escape, count: 1)
        case 0x20...0x7E:
            return .decoded(.alt(Character(Unicode.Scalar(next))), count: 2)
        default:
            // ESC before a control byte or non-ASCII: report the Escape, decode the rest on its own.
            return .decoded(.escape, count: 1)
        }
    }

    /// `ESC [` parameters (0x30–0x3F), intermediates (0x20–0x2F), one final byte (0x40–0x7E).
    private func controlSequenceStep(at index: Int) -> Step {
        var cursor = index + 2
        var parameters: [UInt8] = []
        while cursor < pending.count {
            let byte = pending[cursor]
            switch byte {
            case 0x20...0x3F:
                parameters.append(byte)
                cursor += 1
                if cursor - index > Self.maximumSequenceLength {
                    return .decoded(nil, count: cursor - index)
                }
            case 0x40...0x7E:
                let count = cursor + 1 - index
                if byte == UInt8(ascii: "~") && parameters == Array("200".utf8) {
                    return .pasteStart(count: count)
                }
                return .decoded(Self.key(final: byte, parameters: parameters), count: count)
            default:
                // Not a valid sequence: drop what was read and decode the odd byte on its own.
                return .decoded(nil, count: cursor - index)
            }
        }
        return .incomplete
    }

    private static func key(final: UInt8, parameters: [UInt8]) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up       // modifiers such as "1;5" (Ctrl) are ignored
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "~"):
            // The first parameter names the key; a modifier may follow after ";".
            let first = parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).first ?? []
            switch String(decoding: first, as: UTF8.self) {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            case "5": return .pageUp
            case "6": return .pageDown
            default: return nil  // Insert, function keys, a stray paste end marker
            }
        default:
            return nil
        }
    }

    private func utf8Step(at index: Int) -> Step {
        let lead = pending[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .decoded(nil, count: 1)  // stray continuation byte or a byte UTF-8 never uses
        }
        var cursor = index + 1
        while cursor < index + length {
            guard cursor < pending.count else { return .incomplete }
            guard pending[cursor] & 0xC0 == 0x80 else { return .decoded(nil, count: cursor - index) }
            cursor += 1
        }
        var decoder = UTF8()
        var iterator = pending[index..<index + length].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
            return .decoded(nil, count: 1)  // overlong form or surrogate: skip the lead, resync
        }
        if scalar.value < 0xA0 { return .decoded(nil, count: length) }  // C1 control characters
        return .decoded(.character(Character(scalar)), count: length)
    }

    // MARK: - Bracketed paste

    /// Moves paste content from `bytes` into the paste buffer until the end marker; returns the bytes used.
    ///
    /// Content is copied in bulk between ESC bytes, so a paste costs time linear in its size.
    private mutating func consumePaste(_ bytes: ArraySlice<UInt8>, into keys: inout [Key]) -> Int {
        let terminator = Self.pasteEnd
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if pasteEndMatched == 0 {
                let nextEscape = bytes[index...].firstIndex(of: Self.escape) ?? bytes.endIndex
                pasteBytes?.append(contentsOf: bytes[index..<nextEscape])
                index = nextEscape
                guard index < bytes.endIndex else { break }
            }
            let byte = bytes[index]
            index += 1
            if byte == terminator[pasteEndMatched] {
                pasteEndMatched += 1
                if pasteEndMatched == terminator.count {
                    keys.append(.paste(Self.pastedText(pasteBytes ?? [])))
                    pasteBytes = nil
                    pasteEndMatched = 0
                    return index - bytes.startIndex
                }
                continue
            }
            // A partial marker that turned out to be content. Only its first byte (ESC) can restart a match.
            pasteBytes?.append(contentsOf: terminator[0..<pasteEndMatched])
            pasteEndMatched = 0
            if byte == Self.escape {
                pasteEndMatched = 1
            } else {
                pasteBytes?.append(byte)
            }
        }
        return index - bytes.startIndex
    }

    /// The pasted bytes as text, with CR LF and CR turned into LF (terminals paste line breaks as CR).
    private static func pastedText(_ bytes: [UInt8]) -> String {
        guard bytes.contains(0x0D) else { return String(decoding: bytes, as: UTF8.self) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        var previousWasCarriageReturn = false
        for byte in bytes {
            if byte == 0x0D {
                normalized.append(0x0A)
                previousWasCarriageReturn = true
                continue
            }
            if byte == 0x0A && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = false
            normalized.append(byte)
        }
        return String(decoding: normalized, as: UTF8.self)
    }
}
