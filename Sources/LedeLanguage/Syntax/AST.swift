import LedeCorpus

/// An expression with the span it was written at.
public indirect enum ExprKind: Sendable, Hashable {
    case literal(Value)
    case regex(String)
    case field(String)
    case list([Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case call(String, [Expr])
}

/// `not x`, `-x`.
public enum UnaryOperator: String, Sendable, Hashable {
    case not
    case negate = "-"
}

/// The operators between two expressions, as written.
public enum BinaryOperator: String, Sendable, Hashable {
    case or, and, `in`
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case matches = "~", notMatches = "!~"
    case plus = "+", minus = "-", times = "*", divide = "/", remainder = "%"

    /// `==` is another spelling of `=`.
    init?(symbol: String) {
        self.init(rawValue: symbol == "==" ? "=" : symbol)
    }
}

public struct Expr: Sendable, Hashable {
    public var kind: ExprKind
    public var span: SourceSpan
    public init(_ kind: ExprKind, _ span: SourceSpan) { self.kind = kind; self.span = span }

    /// The field name when the expression is a bare field, as `select` uses for column names.
    public var fieldName: String? { if case .field(let n) = kind { n } else { nil } }

    /// The fields it reads, in the order written, repeats included.
    var fields: [(name: String, span: SourceSpan)] {
        switch kind {
        case .field(let name): [(name, span)]
        case .list(let items), .call(_, let items): items.flatMap(\.fields)
        case .unary(_, let x): x.fields
        case .binary(_, let l, let r): l.fields + r.fields
        case .literal, .regex: []
        }
    }
}

/// One argument of a verb: `expr [as name] [asc|desc]`.
public struct Item: Sendable, Hashable {
    public var expr: Expr
    public var alias: String?
    public var descending: Bool
    public var span: SourceSpan
}

/// A verb in a pipeline with its arguments: positional items, then keyword clauses
/// (`by ...`, `vs ...`, `window ...`), so every verb shares one grammar and checks its own shape.
public struct Stage: Sendable, Hashable {
    public var name: String
    public var nameSpan: SourceSpan
    public var items: [Item]
    public var clauses: [Clause]
    public var span: SourceSpan

    public func clause(_ keyword: String) -> Clause? { clauses.first { $0.keyword == keyword } }
}

public struct Clause: Sendable, Hashable {
    public var keyword: String
    public var items: [Item]
    public var span: SourceSpan
}

/// `SOURCE | verb ... | verb ...`. The first stage names a table or variable, or is itself a verb
/// that reads the articles (`compare outlets`); the checker decides which.
public struct Pipeline: Sendable, Hashable {
    public var stages: [Stage]
}

public enum StatementKind: Sendable, Hashable {
    /// `load "path", "glob" [with "metadata.tsv"] [optional]`: without `optional`, reading
    /// nothing is an error.
    case load(paths: [Expr], metadata: Expr?, optional: Bool)
    /// `load table "losses.json" as losses`: a table that is not articles.
    case loadTable(path: Expr, name: String)
    case assign(name: String, pipeline: Pipeline)
    case pipeline(Pipeline)
    /// `explain sql PIPELINE`: the SQL a store would run for it and the verbs left to Lede.
    case explainSQL(Pipeline)
    /// `export PIPELINE to "file.csv" [overwrite]`
    case export(pipeline: Pipeline, path: Expr, overwrite: Bool)
    case help(topic: String?)
    /// `schema [table]`: the tables and their fields with types.
    case schema(table: String?)
    /// `vars`: the variables in scope.
    case variables
    /// `format csv`, `timer on`, `rows 40`: session settings.
    case setting(name: String, value: String)
    /// `save "session.lede" [overwrite]`: this session's successful statements as a script.
    case save(path: Expr, overwrite: Bool)
    /// `save notebook "session.md" [overwrite]`: the statements with their outputs, as a notebook.
    case saveNotebook(path: Expr, overwrite: Bool)
    /// `open "corpus.db"`: use a store (a file or a postgresql:// URL) and add the articles it holds.
    case open(path: Expr)
    /// `cache clear`: forget what the store holds.
    case clearCache
    /// `clear`: forget loaded articles and variables.
    case clear
    case quit
}

public struct Statement: Sendable, Hashable {
    public var kind: StatementKind
    public var span: SourceSpan
    /// The statement as typed, for saving a session's statements as a script.
    public var text: String
}
