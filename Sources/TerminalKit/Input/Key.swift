/// One key press (or one bracketed paste) decoded from terminal input by ``KeyDecoder``.
///
/// Control letters that have a key of their own arrive as that key: Ctrl-I is ``tab``, Ctrl-M and Ctrl-J are
/// ``enter``, Ctrl-H is ``backspace``. Every other Ctrl-letter arrives as ``control(_:)`` with the lowercase
/// letter, e.g. `.control("c")` for Ctrl-C — raw mode keeps `ISIG` off, so Ctrl-C is a key the app handles
/// (for instance to save the answer before leaving) rather than a signal that kills the process.
public enum Key: Equatable, Sendable {
    /// A printable character (one Unicode scalar; combining marks arrive as their own `character`).
    case character(Character)
    /// Return / Enter (CR or LF; a CR LF pair counts once).
    case enter
    /// Backspace (DEL 0x7F or BS 0x08).
    case backspace
    /// Forward delete (`ESC [ 3 ~`).
    case delete
    case tab
    /// Shift-Tab (`ESC [ Z`).
    case backTab
    case left
    case right
    case up
    case down
    case home
    case end
    case pageUp
    case pageDown
    /// Ctrl plus a letter, lowercase: `.control("a")` … `.control("z")`, except the letters listed above.
    case control(Character)
    /// Alt (Meta) plus a printable ASCII character, sent by terminals as `ESC` followed by the character.
    case alt(Character)
    /// Text pasted while bracketed paste was on, in one piece. Line breaks are normalised to "\n".
    case paste(String)
    /// The Escape key on its own (see ``KeyDecoder/flush()`` for how a lone ESC is told from a sequence).
    case escape
}
