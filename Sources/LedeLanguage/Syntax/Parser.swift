import LedeCorpus

/// Builds statements from tokens by recursive descent; each method parses one rule of the
/// grammar in the language reference (`help syntax`).
public struct Parser {
    /// Words with a meaning in the grammar: they end a verb's item list or start a clause.
    static let clauseKeywords: Set<String> = ["by", "vs", "window", "with", "to", "on"]
    /// Words an expression gives a meaning to; a field with one of these names needs backticks.
    static let expressionWords: Set<String> = ["and", "or", "not", "in", "true", "false", "null", "as", "asc", "desc"]
    static let settings: Set<String> = ["format", "timer", "rows", "width", "timeout", "sandbox"]

    /// Deeper expressions are refused rather than recursed into, so 10,000 nested brackets or
    /// `not`s or a chain of 10,000 `+` cannot overflow the stack of the parser, the expression
    /// compiler or evaluation.
    public static let maxNesting = 200
    static let tooDeep = "this expression nests more than \(maxNesting) levels deep"

    private let source: Source
    private let tokens: [Token]
    private var position = 0
    /// Nesting of the expression being read: brackets, calls, prefix operators and operands.
    private var depth = 0

    public init(_ source: Source) throws(Diagnostic) {
        self.source = source
        self.tokens = try Lexer.tokenize(source)
    }

    /// Parses a whole program; the first syntax error stops it.
    public static func parse(_ source: Source) throws(Diagnostic) -> [Statement] {
        var parser = try Parser(source)
        return try parser.program()
    }

    mutating func program() throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .eof { return statements }
            statements.append(try statement())
            guard isAtStatementEnd else {
                throw error("expected the end of the statement, found \(current.display)",
                            help: "put `|` before a verb, or `;` between statements")
            }
        }
    }

    // MARK: Statements

    mutating func statement() throws(Diagnostic) -> Statement {
        let first = current
        let kind: StatementKind
        switch first.identifier {
        case "load" where tokens[position + 1].isWord("table"):
            advance(); advance()
            let path = try expression()
            guard matchWord("as") else {
                throw error("expected `as NAME` after the file of a table", help: "e.g. load table \"losses.json\" as losses")
            }
            kind = .loadTable(path: path, name: try identifier("a table name after `as`"))
        case "load":
            advance()
            var paths = [try expression()]
            while match(",") { paths.append(try expression()) }
            let metadata = matchWord("with") ? try expression() : nil
            kind = .load(paths: paths, metadata: metadata, optional: matchWord("optional"))
        case "let":
            advance()
            let name = try identifier("a variable name after `let`")
            try expect("=", "`=` after the variable name")
            kind = .assign(name: name, pipeline: try pipeline())
        case "export":
            advance()
            let p = try pipeline()
            guard matchWord("to") else { throw error("expected `to \"file.csv\"` after the pipeline to export", help: "e.g. export quotes | take 10 to \"quotes.csv\"") }
            let path = try expression()
            kind = .export(pipeline: p, path: path, overwrite: matchWord("overwrite"))
        case "explain" where tokens[position + 1].isWord("sql"):
            advance(); advance()
            kind = .explainSQL(try pipeline())
        case "help":
            advance()
            kind = .help(topic: isAtStatementEnd ? nil : try topicWord())
        case "schema":
            advance()
            kind = .schema(table: isAtStatementEnd ? nil : try identifier("a table name"))
        case "vars" where nextIsStatementEnd:
            advance()
            kind = .variables
        case "open" where !nextIsPipe && !nextIsStatementEnd:
            advance()
            kind = .open(path: try expression())
        case "cache" where tokens[position + 1].isWord("clear"):
            advance(); advance()
            kind = .clearCache
        case "clear" where nextIsStatementEnd:
            advance()
            kind = .clear
        case "quit" where nextIsStatementEnd, "exit" where nextIsStatementEnd:
            advance()
            kind = .quit
        case "save" where !nextIsPipe:
            advance()
            if current.isWord("notebook"), case .string = tokens[min(position + 1, tokens.count - 1)].kind {
                advance()
                let path = try expression()
                kind = .saveNotebook(path: path, overwrite: matchWord("overwrite"))
            } else {
                let path = try expression()
                kind = .save(path: path, overwrite: matchWord("overwrite"))
            }
        case let word? where Self.settings.contains(word) && !nextIsPipe && !nextIsStatementEnd:
            advance()
            kind = .setting(name: word, value: try settingValue())
        default:
            kind = .pipeline(try pipeline())
        }
        let last = tokens[max(position - 1, 0)]
        let text = String(source.text.unicodeScalars.dropFirst(first.offset).prefix(last.endOffset - first.offset))
        return Statement(kind: kind, span: first.span, text: text)
    }

    mutating func topicWord() throws(Diagnostic) -> String {
        let t = current
        advance()
        switch t.kind {
        case .identifier(let s), .string(let s), .symbol(let s): return s
        default: throw Diagnostic(.error, "expected a topic after `help`", at: t.span, sourceLine: source.line(t.span.line), help: "try `help` for the list of topics")
        }
    }

    mutating func settingValue() throws(Diagnostic) -> String {
        let t = current
        advance()
        switch t.kind {
        case .identifier(let s), .string(let s): return s
        case .number(let n): return Value.format(n)
        default: throw Diagnostic(.error, "expected a value, found \(t.display)", at: t.span, sourceLine: source.line(t.span.line), help: "e.g. `format csv`, `timer on`, `rows 40`")
        }
    }

    // MARK: Pipelines

    mutating func pipeline() throws(Diagnostic) -> Pipeline {
        var stages = [try stage()]
        while match("|") { stages.append(try stage()) }
        return Pipeline(stages: stages)
    }

    mutating func stage() throws(Diagnostic) -> Stage {
        let nameToken = current
        guard var name = nameToken.name else {
            throw error("expected a table or a verb, found \(current.display)",
                        help: "a pipeline starts with a table such as `articles` or `quotes`; `help` lists the verbs")
        }
        advance()
        var clauses: [Clause] = []
        // `left join` is `join` keeping the rows that match nothing.
        if name == "left", current.isWord("join") {
            clauses.append(Clause(keyword: "left", items: [], span: nameToken.span))
            name = "join"
            advance()
        }
        let items = startsItem ? try itemList() : []
        while let word = current.identifier, Self.clauseKeywords.contains(word), word != "to" {
            let span = current.span
            advance()
            clauses.append(Clause(keyword: word, items: try itemList(), span: span))
        }
        return Stage(name: name, nameSpan: nameToken.span, items: items, clauses: clauses, span: nameToken.span)
    }

    private var startsItem: Bool {
        if isAtStatementEnd || current.isSymbol("|") { return false }
        if let w = current.identifier, Self.clauseKeywords.contains(w) { return false }
        return true
    }

    mutating func itemList() throws(Diagnostic) -> [Item] {
        var items = [try item()]
        while match(",") { items.append(try item()) }
        return items
    }

    mutating func item() throws(Diagnostic) -> Item {
        let start = current.span
        let e = try expression()
        var alias: String?
        if matchWord("as") { alias = try identifier("a column name after `as`") }
        var descending = false
        if matchWord("desc") { descending = true } else { _ = matchWord("asc") }
        return Item(expr: e, alias: alias, descending: descending, span: start)
    }

    // MARK: Expressions, lowest precedence first

    public mutating func expression() throws(Diagnostic) -> Expr {
        let outer = depth
        defer { depth = outer }
        try nest()
        return try or()
    }

    mutating func or() throws(Diagnostic) -> Expr {
        var left = try and()
        while matchWord("or") { try nest(); left = binary(.or, left, try and()) }
        return left
    }

    mutating func and() throws(Diagnostic) -> Expr {
        var left = try not()
        while matchWord("and") { try nest(); left = binary(.and, left, try not()) }
        return left
    }

    mutating func not() throws(Diagnostic) -> Expr {
        let span = current.span
        if matchWord("not") { try nest(); return Expr(.unary(.not, try not()), span) }
        return try comparison()
    }

    static let comparisons: Set<BinaryOperator> = [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .matches, .notMatches]

    mutating func comparison() throws(Diagnostic) -> Expr {
        let left = try additive()
        if case .symbol(let symbol) = current.kind, let op = BinaryOperator(symbol: symbol), Self.comparisons.contains(op) {
            advance()
            return binary(op, left, try additive())
        }
        if matchWord("in") { return binary(.in, left, try additive()) }
        if current.isWord("not"), tokens[position + 1].isWord("in") {
            let span = current.span
            advance(); advance()
            return Expr(.unary(.not, binary(.in, left, try additive())), span)
        }
        return left
    }

    mutating func additive() throws(Diagnostic) -> Expr {
        var left = try multiplicative()
        while case .symbol(let symbol) = current.kind, let op = BinaryOperator(symbol: symbol), op == .plus || op == .minus {
            advance()
            try nest()
            left = binary(op, left, try multiplicative())
        }
        return left
    }

    mutating func multiplicative() throws(Diagnostic) -> Expr {
        var left = try unary()
        while case .symbol(let symbol) = current.kind, let op = BinaryOperator(symbol: symbol),
              op == .times || op == .divide || op == .remainder {
            advance()
            try nest()
            left = binary(op, left, try unary())
        }
        return left
    }

    mutating func unary() throws(Diagnostic) -> Expr {
        let span = current.span
        if match("-") { try nest(); return Expr(.unary(.negate, try unary()), span) }
        return try primary()
    }

    mutating func primary() throws(Diagnostic) -> Expr {
        let t = current
        switch t.kind {
        case .number(let n): advance(); return Expr(.literal(.number(n)), t.span)
        case .string(let s): advance(); return Expr(.literal(.text(s)), t.span)
        case .date(let d): advance(); return Expr(.literal(.date(d)), t.span)
        case .regex(let r): advance(); return Expr(.regex(r), t.span)
        case .symbol("("):
            advance()
            let inner = try expression()
            try expect(")", "`)` to close the bracket")
            return inner
        case .symbol("["):
            advance()
            var elements: [Expr] = []
            if !current.isSymbol("]") {
                repeat { elements.append(try expression()) } while match(",")
            }
            try expect("]", "`]` or `,` in the list")
            return Expr(.list(elements), t.span)
        case .quotedName(let name):
            advance()
            return Expr(.field(name), t.span)
        case .symbol("*"):
            // `select *`: every field; the select verb expands it.
            advance()
            return Expr(.field(Select.everyField), t.span)
        case .identifier(let name):
            advance()
            // `article.outlet`: a field of the row's article.
            if current.isSymbol("."), current.offset == t.endOffset, let field = tokens[position + 1].name {
                var span = t.span
                span.length = tokens[position + 1].endOffset - t.offset
                advance(); advance()
                return Expr(.field(name + "." + field), span)
            }
            switch name {
            case "true": return Expr(.literal(.bool(true)), t.span)
            case "false": return Expr(.literal(.bool(false)), t.span)
            case "null": return Expr(.literal(.null), t.span)
            default: break
            }
            if match("(") {
                var args: [Expr] = []
                if !current.isSymbol(")") {
                    repeat { args.append(try expression()) } while match(",")
                }
                try expect(")", "`)` or `,` in the arguments of `\(name)`")
                return Expr(.call(name, args), t.span)
            }
            return Expr(.field(name), t.span)
        default:
            throw error("expected a value, a field or a function, found \(t.display)",
                        help: "e.g. `speaker ~ \"Zhao\"`, `value > 100`, `lower(outlet)`")
        }
    }

    // MARK: Token helpers

    private var current: Token { tokens[position] }
    private var isAtStatementEnd: Bool {
        switch current.kind {
        case .newline, .eof, .symbol(";"): true
        default: false
        }
    }
    private var nextIsStatementEnd: Bool {
        switch tokens[min(position + 1, tokens.count - 1)].kind {
        case .newline, .eof, .symbol(";"): true
        default: false
        }
    }
    private var nextIsPipe: Bool { tokens[min(position + 1, tokens.count - 1)].isSymbol("|") }

    /// One level deeper; `expression()` restores the level when it returns.
    private mutating func nest() throws(Diagnostic) {
        depth += 1
        guard depth <= Self.maxNesting else {
            throw error(Self.tooDeep, help: "split it into smaller steps, e.g. with `let`")
        }
    }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private mutating func skipSeparators() {
        while current.kind == .newline || current.isSymbol(";") { advance() }
    }

    private mutating func match(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    private mutating func matchWord(_ word: String) -> Bool {
        guard current.isWord(word) else { return false }
        advance()
        return true
    }

    private mutating func expect(_ symbol: String, _ what: String) throws(Diagnostic) {
        guard match(symbol) else { throw error("expected \(what), found \(current.display)") }
    }

    private mutating func identifier(_ what: String) throws(Diagnostic) -> String {
        guard let name = current.name else { throw error("expected \(what), found \(current.display)") }
        advance()
        return name
    }

    private func error(_ message: String, help: String? = nil) -> Diagnostic {
        source.error(message, at: current.span, help: help)
    }

    private func binary(_ op: BinaryOperator, _ left: Expr, _ right: Expr) -> Expr {
        var span = left.span
        if right.span.line == span.line { span.length = max(1, right.span.column + right.span.length - span.column) }
        return Expr(.binary(op, left, right), span)
    }
}
