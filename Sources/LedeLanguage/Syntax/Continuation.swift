/// Why a statement typed so far is not finished: the REPL shows it in the `...>` prompt and
/// piped input reads the next line.
public enum Continuation: Equatable, Sendable {
    case string
    case bracket(String)
    case pipe
    /// A line ending in `,`: a list of fields goes on.
    case comma

    /// What is left open at the end of `text`, or nil when it can run as it is.
    public static func of(_ text: String) -> Continuation? {
        do {
            let tokens = try Lexer.tokenize(Source(name: "", text: text))
            let last = tokens.last { $0.kind != .eof && $0.kind != .newline }
            if last?.isSymbol("|") == true { return .pipe }
            return last?.isSymbol(",") == true ? .comma : nil
        } catch {
            if error.message == Lexer.unclosedString { return .string }
            if error.message == Lexer.unclosedBracket, let line = error.sourceLine, let span = error.span {
                // Columns count Unicode scalars, as the lexer does.
                let scalars = Array(line.unicodeScalars)
                return .bracket(scalars.indices.contains(span.column - 1) ? String(scalars[span.column - 1]) : "(")
            }
            return nil
        }
    }

    /// Names what is open, for the prompt: `...(>`, `..."> `, `...|>`, `...,>`.
    public var symbol: String {
        switch self {
        case .string: "\""
        case .bracket(let b): b
        case .pipe: "|"
        case .comma: ","
        }
    }
}
