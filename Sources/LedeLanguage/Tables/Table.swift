import LedeCorpus
import LedeExtract

/// A column of a table: its name, static type and a short description for `schema` and completion.
public struct Column: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var doc: String
    public init(_ name: String, _ type: ValueType, _ doc: String = "") {
        self.name = name; self.type = type; self.doc = doc
    }
}

/// The shape of a table: what the checker knows before any row exists.
public struct Schema: Sendable, Hashable {
    public var columns: [Column]
    /// Key columns of a `group by` waiting for its aggregate (`group by outlet | count`).
    public var groupKeys: [String] = []
    /// One value, not a listing: `count`, `sum value` without groups. Printed bare in table format.
    public var isScalar = false
    /// Lines of text for people (`explain`, charts): one text column printed without a header in
    /// table format, and as an ordinary column in data formats.
    public var isText = false
    /// The table these rows are, while they still are its rows (`where`, `sort` and `take` keep
    /// it; `select` and `group` make other rows): verbs such as `disagreements` read figures
    /// only from the figures table.
    public var table: String?
    public init(_ columns: [Column], table: String? = nil) { self.columns = columns; self.table = table }

    public func index(of name: String) -> Int? { columns.firstIndex { $0.name == name } }
    public subscript(name: String) -> Column? { index(of: name).map { columns[$0] } }
    public var names: [String] { columns.map(\.name) }
}

/// Where a derived row came from, so `explain` can show its sentence with the parts marked.
public struct RowOrigin: Sendable, Hashable {
    public enum Kind: String, Sendable { case article, sentence, quote, figure, source, hedge, mention, story }
    public var kind: Kind
    /// Index into the session's articles.
    public var article: Int
    /// Index into that article's list of `kind` items.
    public var item: Int
    /// A row that stands for several articles (a `stories` row) lists them all here; `article` is
    /// then the first of them. Empty for rows from one article.
    ///
    /// Why a list on the origin rather than a new table type: verbs that keep rows whole (where,
    /// sort, take) keep origins already, so `stories | take 1 | compare outlets` needs no change
    /// to them; verbs that read articles (compare, kwic, terms, keyness, disagreements) expand a
    /// row to `articleIndices`. Other rows leave it empty and cost nothing.
    public var members: [Int] = []
    public init(_ kind: Kind, article: Int, item: Int) { self.kind = kind; self.article = article; self.item = item }
    public init(_ kind: Kind, article: Int, item: Int, members: [Int]) {
        self.kind = kind; self.article = article; self.item = item; self.members = members
    }

    /// The articles this row stands for: its members, or its one article.
    public var articleIndices: [Int] { members.isEmpty ? [article] : members }
}

/// The one type that flows through pipes: a schema and rows of values. Rows that come straight
/// from an article carry their origin; verbs that keep rows whole (where, sort, take) keep it.
/// Verbs that filter and aggregate read cells and column codes through `storage` instead of
/// rows (`TableStorage`), so a built table answers them without making its rows.
public struct Table: Sendable {
    public var schema: Schema
    /// The rows: as a verb made them, or made from the storage on each call (a built table keeps
    /// columns, a `where` keeps row indices), so read them once into a local.
    public var rows: [[Value]] {
        get { storage.rows }
        set { storage = TableStorage(rows: newValue) }
    }
    /// Parallel to `rows` when every row has an origin; empty otherwise.
    public var origins: [RowOrigin]
    /// What a `chart` drew, so front ends that draw better than text (a notebook's HTML
    /// handout: SVG) can draw the same data; nil for every other table.
    public var chart: ChartData?
    private(set) var storage: TableStorage

    public init(_ schema: Schema, rows: [[Value]] = [], origins: [RowOrigin] = []) {
        self.init(schema, storage: TableStorage(rows: rows), origins: origins)
    }

    init(_ schema: Schema, storage: TableStorage, origins: [RowOrigin]) {
        self.schema = schema
        self.storage = storage
        self.origins = origins.count == storage.count ? origins : []
    }

    public var columns: [Column] { schema.columns }
    public var count: Int { storage.count }

    /// Row `i`, made from the storage without making the others.
    public func row(_ i: Int) -> [Value] { storage.row(i) }

    /// The rows at `indices`, in that order, with their origins: a view of these rows.
    public func selecting(_ indices: [Int]) -> Table {
        Table(schema, storage: storage.selecting(indices), origins: origins.isEmpty ? [] : indices.map { origins[$0] })
    }

    public func column(_ name: String) -> [Value]? {
        schema.index(of: name).map { i in (0..<count).map { storage.cell($0, i) } }
    }
}
