import LedeCorpus
import LedeExtract

/// A verb of the pipeline language. Each verb is one small type: its help (signature, summary,
/// examples) and `plan`, which checks the stage against the input's schema before anything runs.
public protocol Verb: Sendable {
    var help: HelpEntry { get }
    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step
}

/// A checked verb: the schema it will produce and how to produce it.
public struct Step {
    public var output: Schema
    public var run: (Table, RunContext) throws(Diagnostic) -> Table

    public init(_ output: Schema, run: @escaping (Table, RunContext) throws(Diagnostic) -> Table) {
        self.output = output
        self.run = run
    }
}

/// What running verbs may read from the session: the articles and what was extracted from them.
public protocol RunContext: AnyObject {
    var articles: [Article] { get }
    /// The analyses of all articles, extracting those not yet analysed (in parallel).
    func analyses() throws(Diagnostic) -> [Analysis]
    /// The names the whole corpus gives people, after extracting every article.
    func names() throws(Diagnostic) -> CorpusNames
    /// The words of every loaded body, for `kwic`: read once, with the extraction.
    func wordIndex() throws(Diagnostic) -> WordIndex
    /// A table, loaded table or variable by name (`join` reads the table it joins).
    func table(named name: String) throws(Diagnostic) -> Table
    /// What `make` makes from the articles, made once and kept, like the built tables, until
    /// the articles change: one value per type.
    func kept<T: Sendable>(_ type: T.Type, _ make: () throws(Diagnostic) -> T) throws(Diagnostic) -> T
    var cancellation: Cancellation { get }
    /// Whether output may use terminal colours (explain marks parts with colour or brackets).
    var usesColor: Bool { get }
    /// Words `terms`, `keyness` and `stories` leave out, from the session's lexicons.
    var stopWords: StopWords { get }
}

extension Stage {
    /// Errors when the stage has arguments its verb does not take.
    func expectNoArguments(_ context: CheckContext, usage: String) throws(Diagnostic) {
        if let first = items.first {
            throw context.error("`\(name)` takes no arguments here", at: first.span, help: "usage: \(usage)")
        }
        try expectClauses([], context, usage: usage)
    }

    /// Errors on a clause (`by`, `vs`, ...) that the verb does not take.
    func expectClauses(_ allowed: Set<String>, _ context: CheckContext, usage: String) throws(Diagnostic) {
        if let extra = clauses.first(where: { !allowed.contains($0.keyword) }) {
            throw context.error("`\(name)` does not take `\(extra.keyword)`", at: extra.span, help: "usage: \(usage)")
        }
    }

    /// The one whole number a verb such as `take` or `top` needs, at most `Stage.maxCount` so
    /// that windows and offsets built from it cannot overflow.
    func count(_ item: Item?, _ context: CheckContext, usage: String) throws(Diagnostic) -> Int {
        guard let item, case .literal(.number(let n)) = item.expr.kind, n >= 0, n == n.rounded(),
              n <= Double(Stage.maxCount), let count = Int(checked: n) else {
            throw context.error("`\(name)` needs a whole number from 0 to \(LoadReport.grouped(Stage.maxCount))",
                                at: item?.span ?? nameSpan, help: "usage: \(usage)")
        }
        return count
    }

    /// More rows, words or days than any corpus has, and far from Int's limits.
    static let maxCount = 1_000_000_000_000
}

extension Item {
    /// The column name an item produces: its alias, its field, or its function's name.
    var columnName: String {
        if let alias { return alias }
        switch expr.kind {
        case .field(let name): return name
        case .call(let name, let args): return args.first?.fieldName.map { "\(name)_\($0)" } ?? name
        default: return "value"
        }
    }
}
