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
        guard let input = try? Lexer.partialTokens(text) else { return nil }
        switch input.openEnd {
        case .string: return .string
        // Names and regexes end on their line, so more lines cannot close them.
        case .quotedName, .regex: return nil
        case .comment, nil: break
        }
        if let open = input.openBrackets.last { return .bracket(open.isSymbol("[") ? "[" : "(") }
        let last = input.tokens.last { $0.kind != .newline }
        if last?.isSymbol("|") == true { return .pipe }
        return last?.isSymbol(",") == true ? .comma : nil
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
