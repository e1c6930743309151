import LedeCorpus

/// Turns program text into tokens. Newlines are tokens (they end statements) except inside
/// brackets and after a trailing `|`, where a statement continues on the next line.
public struct Lexer {
    private let source: Source
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Partial input may end inside a string, name, regex or comment; complete input may not.
    private let isPartial: Bool
    private var openEnd: PartialInput.OpenEnd?
    private var openBrackets: [Token] = []
    private var tokens: [Token] = []

    private init(_ source: Source, partial: Bool) {
        self.source = source
        self.scalars = Array(source.text.unicodeScalars)
        self.isPartial = partial
    }

    /// All tokens, ending with `.eof`; throws the first lexical error.
    public static func tokenize(_ source: Source) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source, partial: false)
        try lexer.run()
        if let open = lexer.openBrackets.last {
            throw source.error("this bracket is never closed", at: open.span,
                               help: "add the closing `\(open.isSymbol("(") ? ")" : "]")`")
        }
        lexer.add(.eof, from: lexer.index)
        return lexer.tokens
    }

    /// The tokens of text that may stop anywhere, with what is left open at its end. Throws only
    /// errors that more typing at the end cannot mend, such as a stray character.
    public static func partialTokens(_ text: String) throws(Diagnostic) -> PartialInput {
        var lexer = Lexer(Source(name: "", text: text), partial: true)
        try lexer.run()
        return PartialInput(tokens: lexer.tokens, openBrackets: lexer.openBrackets, openEnd: lexer.openEnd)
    }

    private mutating func run() throws(Diagnostic) {
        while let c = peek() {
            let start = index
            switch c {
            case " ", "\t", "\r":
                index += 1
            case "#":
                while let d = peek(), d != "\n" { index += 1 }
                if isPartial && peek() == nil { openEnd = .comment }
            case "\n":
                index += 1
                if openBrackets.isEmpty && !continuesAfterNewline() { add(.newline, from: start) }
                line += 1
                lineStart = index
            case "\"", "\u{201C}":
                try lexString(closing: c == "\"" ? "\"" : "\u{201D}")
            case "0"..."9":
                try lexNumberOrDate()
            case "`":
                try lexQuotedName()
            case "/" where previousAllowsRegex():
                try lexRegex()
            default:
                if isIdentifierStart(c) {
                    while let d = peek(), isIdentifierPart(d) { index += 1 }
                    add(.identifier(text(from: start)), from: start)
                } else {
                    try lexSymbol(c)
                }
            }
        }
    }

    /// A line ending in `|` or `,` (or the next line starting with `|`) continues the statement.
    private func continuesAfterNewline() -> Bool {
        if tokens.last?.isSymbol("|") == true || tokens.last?.isSymbol(",") == true { return true }
        var j = index
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
        return j < scalars.count && scalars[j] == "|"
    }

    private func previousAllowsRegex() -> Bool {
        guard let last = tokens.last else { return false }
        return last.isSymbol("~") || last.isSymbol("!~")
    }

    private mutating func lexString(closing: Unicode.Scalar) throws(Diagnostic) {
        let start = index
        let startSpan = span(from: start, length: 1)
        index += 1
        var value = String.UnicodeScalarView()
        while let c = peek() {
            if c == closing {
                index += 1
                var whole = startSpan
                whole.length = whole.line == line ? index - start : 1
                tokens.append(Token(kind: .string(String(value)), span: whole, offset: start, endOffset: index))
                return
            }
            if c == "\\", let next = peek(1) {
                index += 2
                switch next {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "\"", "\\": value.append(next)
                default:
                    throw source.error("unknown escape `\\\(next)` in a string", at: span(from: index - 2, length: 2),
                                       help: "write `\\\\` for a backslash, `\\\"` for a quote, `\\n` or `\\t`")
                }
                continue
            }
            value.append(c)
            index += 1
            if c == "\n" { line += 1; lineStart = index }
        }
        if isPartial { openEnd = .string(start: start); return }
        throw Diagnostic(.error, "this string is never closed", at: startSpan,
                         sourceLine: source.line(startSpan.line),
                         help: "end it with `\(closing == "\"" ? "\"" : "\u{201D}")`")
    }

    /// `` `fuel tank` ``: a name that is not an identifier, on one line.
    private mutating func lexQuotedName() throws(Diagnostic) {
        let start = index
        index += 1
        var name = String.UnicodeScalarView()
        while let c = peek(), c != "\n" {
            index += 1
            if c == "`" {
                guard !name.isEmpty else { throw source.error("expected a name between the backticks", at: span(from: start)) }
                add(.quotedName(String(name)), from: start)
                return
            }
            name.append(c)
        }
        if isPartial && peek() == nil { openEnd = .quotedName(start: start); return }
        throw source.error("this name is never closed", at: span(from: start, length: 1), help: "end it with ` on the same line")
    }

    /// Whether `name` reads as one identifier, so it can be written without backticks.
    public static func isPlainName(_ name: String) -> Bool {
        guard let tokens = try? tokenize(Source(name: "", text: name)), tokens.count == 2 else { return false }
        return tokens[0].identifier == name && !Parser.clauseKeywords.contains(name) && !Parser.expressionWords.contains(name)
    }

    /// The name as it must be written: in backticks unless it is an identifier.
    public static func written(_ name: String) -> String { isPlainName(name) ? name : "`\(name)`" }

    private mutating func lexRegex() throws(Diagnostic) {
        let start = index
        index += 1
        var value = ""
        while let c = peek(), c != "\n" {
            if c == "\\", let next = peek(1), next == "/" { value.unicodeScalars.append("/"); index += 2; continue }
            if c == "/" { index += 1; add(.regex(value), from: start); return }
            value.unicodeScalars.append(c)
            index += 1
        }
        if isPartial && peek() == nil { openEnd = .regex(start: start); return }
        throw source.error("this regular expression is never closed", at: span(from: start),
                           help: "end it with `/` on the same line")
    }

    private mutating func lexNumberOrDate() throws(Diagnostic) {
        let start = index
        digits()
        // 2022-03-14 is a date literal, not arithmetic.
        if index - start == 4, peek() == "-", isDigit(peek(1)), isDigit(peek(2)), peek(3) == "-",
           isDigit(peek(4)), isDigit(peek(5)), !isDigit(peek(6)) {
            index += 6
            let text = text(from: start)
            guard let day = Day(iso: Substring(text)) else {
                throw source.error("`\(text)` is not a valid date", at: span(from: start),
                                   help: "dates are written YYYY-MM-DD, e.g. 2022-03-14")
            }
            add(.date(day), from: start)
            return
        }
        if peek() == ".", isDigit(peek(1)) { index += 1; digits() }
        if peek() == "e" || peek() == "E", isDigit(peek(1)) || ((peek(1) == "-" || peek(1) == "+") && isDigit(peek(2))) {
            index += 2
            digits()
        }
        let text = text(from: start).replacingOccurrences(of: "_", with: "")
        // Past Double's range a literal reads as infinity, which no count, date or sum can use.
        guard let value = Double(text), value.isFinite else {
            throw source.error("`\(text)` is too large a number", at: span(from: start),
                               help: "numbers go up to about 1.8e308")
        }
        add(.number(value), from: start)
    }

    private mutating func digits() {
        while let c = peek(), isDigit(c) || (c == "_" && isDigit(peek(1))) { index += 1 }
    }

    private static let twoCharSymbols: Set<String> = ["==", "!=", "<=", ">=", "!~"]
    private static let oneCharSymbols: Set<Unicode.Scalar> = ["|", "=", "<", ">", "~", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", ";", "."]

    private mutating func lexSymbol(_ c: Unicode.Scalar) throws(Diagnostic) {
        let start = index
        if let next = peek(1), Self.twoCharSymbols.contains(String(c) + String(next)) {
            index += 2
            add(.symbol(String(c) + String(next)), from: start)
            return
        }
        guard Self.oneCharSymbols.contains(c) else {
            throw source.error("unexpected character `\(c)`", at: span(from: start),
                               help: c == "'" ? "strings use double quotes: \"text\"" : "remove it, or put it inside a string")
        }
        index += 1
        add(.symbol(String(c)), from: start)
        switch c {
        case "(", "[": if let open = tokens.last { openBrackets.append(open) }
        case ")", "]":
            guard openBrackets.popLast() != nil else {
                throw source.error("`\(c)` has no matching opening bracket", at: span(from: start), help: "remove it")
            }
        default: break
        }
    }

    // MARK: - Helpers

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "$" || c.properties.isAlphabetic
    }

    private func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        // Field names from data may contain hyphens (`triplet-uuid`): inside an identifier a hyphen
        // followed by a letter is part of the name, so subtraction of fields needs spaces.
        isIdentifierStart(c) || isDigit(c) || c == "-" && peek(1).map(isIdentifierStart) == true
    }

    private func text(from start: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<index])
        return String(s)
    }

    private func span(from start: Int, length: Int? = nil) -> SourceSpan {
        SourceSpan(file: source.name, line: line, column: start - lineStart + 1, length: length ?? max(1, index - start))
    }

    private mutating func add(_ kind: Token.Kind, from start: Int) {
        let length = kind == .eof || kind == .newline ? 1 : index - start
        tokens.append(Token(kind: kind, span: span(from: start, length: length), offset: start, endOffset: index))
    }
}
