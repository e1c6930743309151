import LedeCorpus
import LedeStore

/// A database that pipelines starting from built-in tables run in, as far as SQL can run them
/// exactly (`SQLPipelineCompiler`); the session sets one when a store is open. It writes the
/// session's tables into the database once per corpus (`SQLMaterializer`).
public final class SQLBackend {
    public let database: any StoreDatabase
    /// The tables written for the corpus loaded now, by name; `forget()` empties it.
    private var written: [String: SQLMaterialisedTable] = [:]

    public init(database: any StoreDatabase) { self.database = database }

    public var dialect: SQLDialect { database.dialect }

    /// Whether the articles' full-text index is written (`SQLWordTable`); nil until asked.
    private var wordsWritten: Bool?

    /// Forgets what was written: the corpus changed, so the tables must be checked again.
    func forget() {
        written.removeAll()
        wordsWritten = nil
    }

    /// Drops the query tables from the database (`cache clear`) and forgets them.
    func dropQueryTables() throws(Diagnostic) {
        try Self.reporting { try SQLMaterializer(database: database).dropAll() }
        forget()
    }

    /// Forgets the table written as `name`: the variable or loaded table it holds was defined again.
    func forget(_ name: String) { written[name] = nil }

    /// Writes the full-text index of the articles' words unless written for this corpus; false
    /// when a body has too many words to index.
    func writeWords(_ index: WordIndex) throws(Diagnostic) -> Bool {
        if let done = wordsWritten { return done }
        let done = try Self.reporting { try SQLMaterializer(database: database).materialiseWords(index) }
        wordsWritten = done
        return done
    }

    /// The built table `name` (rows `table`) in the database; nil when it has no exact SQL form.
    func materialised(_ name: String, _ table: Table, origin: RowOrigin.Kind?) throws(Diagnostic) -> SQLMaterialisedTable? {
        if let done = written[name] { return done }
        let done = try Self.reporting { try SQLMaterializer(database: database).materialise(name, table, origin: origin) }
        written[name] = done
        return done
    }

    /// Runs a pushed-down prefix: the rows Lede would have after it, with their origins.
    func run(_ pushdown: SQLPushdown, origin: RowOrigin.Kind?) throws(Diagnostic) -> Table {
        let rows = try Self.reporting { try database.query(pushdown.query.sql, pushdown.query.arguments) }
        let types = pushdown.schema.columns.map(\.type)
        var values: [[Value]] = []
        var origins: [RowOrigin] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            guard row.count == types.count + (pushdown.keepsOrigins ? 2 : 0) else { throw Self.unexpected("a row of \(types.count) columns") }
            var decoded: [Value] = []
            decoded.reserveCapacity(types.count)
            for (cell, type) in zip(row, types) {
                guard let value = SQLCell.decode(cell, as: type) else { throw Self.unexpected(type.withArticle) }
                decoded.append(value)
            }
            values.append(decoded)
            if pushdown.keepsOrigins, let origin, let article = row[types.count].integer.flatMap({ Int(exactly: $0) }), article >= 0,
               let item = row[types.count + 1].integer.flatMap({ Int(exactly: $0) }) {
                origins.append(RowOrigin(origin, article: article, item: item))
            }
        }
        return Table(pushdown.schema, rows: values, origins: origins)
    }

    private static func unexpected(_ expected: String) -> Diagnostic {
        Diagnostic(.error, "the store returned a value Lede did not expect: expected \(expected)",
                   help: "the store's query tables may be damaged; `clear` and load again rewrites them")
    }

    /// Runs database work, turning its errors into diagnostics so that the session goes on.
    private static func reporting<T>(_ work: () throws -> T) throws(Diagnostic) -> T {
        do { return try work() } catch let diagnostic as Diagnostic { throw diagnostic } catch {
            throw Diagnostic(.error, "the store could not run the query: \(error)")
        }
    }
}
