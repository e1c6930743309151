import LedeCorpus

/// A lexeme with its place in the source, so every later error can point at it.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case identifier(String)
        /// A name in backticks: a field whose name is not an identifier (`fuel tank`), never a keyword.
        case quotedName(String)
        case number(Double)
        case string(String)
        case regex(String)
        case date(Day)
        case symbol(String)
        case newline
        case eof
    }

    public var kind: Kind
    public var span: SourceSpan
    /// Unicode-scalar offset of the token in the source, for slicing statements back out.
    public var offset: Int
    public var endOffset: Int

    public var identifier: String? { if case .identifier(let s) = kind { s } else { nil } }
    /// A name as a field, table or variable: an identifier or a name in backticks.
    public var name: String? {
        switch kind {
        case .identifier(let s), .quotedName(let s): s
        default: nil
        }
    }
    public func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
    public func isWord(_ w: String) -> Bool { identifier == w }

    /// How the token reads in an error message.
    public var display: String {
        switch kind {
        case .identifier(let s), .quotedName(let s): "`\(s)`"
        case .number(let n): "`\(Value.format(n))`"
        case .string(let s): "\"\(s)\""
        case .regex(let r): "/\(r)/"
        case .date(let d): "`\(d)`"
        case .symbol(let s): "`\(s)`"
        case .newline: "end of line"
        case .eof: "end of input"
        }
    }
}
