/// Text lexed as far as it goes, for input still being typed: the REPL completes at its end and
/// decides whether a statement goes on to the next line.
public struct PartialInput: Sendable {
    /// What the text ends inside of. Offsets count Unicode scalars, as token offsets do.
    public enum OpenEnd: Equatable, Sendable {
        case string(start: Int)
        case quotedName(start: Int)
        case regex(start: Int)
        case comment
    }

    /// The tokens read, newlines included, without `.eof`.
    public var tokens: [Token]
    /// Brackets opened and not closed, innermost last.
    public var openBrackets: [Token]
    public var openEnd: OpenEnd?
}
