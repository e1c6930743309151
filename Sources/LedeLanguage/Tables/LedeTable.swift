import LedeCorpus
import LedeExtract

/// A table a pipeline can start from (`articles`, `quotes`, `people`, ...). Like a verb, a table
/// is one file under `Tables/` and one line in `Tables.all`: its help, its schema and its rows
/// are declared together, so they cannot drift apart.
public protocol LedeTable: Sendable {
    /// Its name, summary and examples; `help` and the test suite read them.
    var help: HelpEntry { get }
    /// What its rows point back to, for `explain`; nil for rows that stand for no one article.
    var rowOrigin: RowOrigin.Kind? { get }
    /// Whether verbs that read articles (`compare`, `kwic`, ...) count only the rows of this
    /// table that flow in (`quotes | where ... | compare outlets`) rather than whole articles.
    var countsForScope: Bool { get }
    /// The columns a result shows when it is still this table's rows and no `select` chose
    /// (`select *` shows all); empty for all.
    var shownColumns: [String] { get }
    /// Its schema for these articles (the `articles` table has a column per extra field).
    func schema(for articles: [Article]) -> Schema
    /// Its rows, extracting from the articles if need be.
    func table(_ context: RunContext) throws(Diagnostic) -> Table
    /// The sentence and marked parts of item `item` of an article, for `explain`.
    func explanation(of item: Int, in analysis: Analysis) -> Explanation?
}

extension LedeTable {
    public var name: String { help.name }
    public var countsForScope: Bool { false }
    public var shownColumns: [String] { [] }
    public func explanation(of item: Int, in analysis: Analysis) -> Explanation? { nil }
}

/// What `explain` draws for one row: the sentences to show, the marked parts, and a line of
/// the reading in words.
public struct Explanation: Sendable {
    public var sentence: Int
    /// The last sentence to show: a quote may reach past its first, closing mark and all.
    public var lastSentence: Int
    public var marks: [MarkedSpan]
    public var reading: [String]

    /// "speaker: Lijian Zhao", leaving out what is unknown or empty.
    static func notes(_ pairs: [(label: String, value: String?)]) -> [String] {
        pairs.compactMap { label, value in value.flatMap { $0.isEmpty ? nil : "\(label): \($0)" } }
    }
}

/// Every table, by name. A new table is one file and one line here.
public enum Tables {
    public static let all: [any LedeTable] = [
        ArticleTable(), SentenceTable(), QuoteTable(includesTerms: false), QuoteTable(includesTerms: true),
        FigureTable(), SourceTable(), HedgeTable(), PeopleTable(), MentionTable(),
    ]

    public static let byName: [String: any LedeTable] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    public static var names: [String] { all.map(\.name) }

    /// The table whose rows point at items of `kind`, to explain them.
    static func explaining(_ kind: RowOrigin.Kind) -> (any LedeTable)? { all.first { $0.rowOrigin == kind } }

    /// The rows as a result shows them: the table's most useful columns while no `select` chose
    /// (the rows are still the table's), everything otherwise.
    static func shown(_ table: Table) -> Table {
        guard let name = table.schema.table, let shown = byName[name]?.shownColumns, !shown.isEmpty else { return table }
        let indices = shown.compactMap(table.schema.index(of:))
        var schema = Schema(indices.map { table.columns[$0] })
        schema.table = name
        return Table(schema, storage: table.storage.viewing(columns: indices), origins: table.origins)
    }

    /// The kinds of item whose rows, flowing into an article-level verb, count one by one.
    static let scopeKinds = Set(all.filter(\.countsForScope).compactMap(\.rowOrigin))
}
