import LedeStore

/// A built-in table as a SQL table: one row per row, in order (`lede_row`), with the article
/// and item its `RowOrigin` points at, a column `cN` per column of the schema and, for text,
/// a sort key `kN` (null where the key is the text itself). Columns are numbered rather than
/// named because fields from sources (`fuel tank`) may be any text.
struct SQLTableLayout: Sendable {
    let name: String
    let schema: Schema
    let origin: RowOrigin.Kind?

    /// Bumped whenever the layout changes, so tables written by an older Lede are written again.
    static let version = "lede-sql-2"

    var sqlName: String { "\"lede_q_\(name)\"" }

    /// The layout name of a variable or loaded table that `join` reads: `v_` and its name where
    /// that is a short lower-case identifier, else `h_` and a hash of it (SQLite's names ignore
    /// case, PostgreSQL cuts them at 63 bytes).
    static func name(ofJoined table: String) -> String {
        let plain = table.utf8.count <= 40 && table.utf8.allSatisfy { (0x61...0x7a).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5f }
        if plain { return "v_" + table }
        var hash = StableHash()
        hash.add(table)
        return "h_" + hash.hex
    }
    static func value(_ column: Int) -> String { "c\(column)" }
    static func key(_ column: Int) -> String { "k\(column)" }
    static let row = "lede_row", article = "lede_article", item = "lede_item"

    /// Whether a column's values have a sort key column.
    static func hasKey(_ type: ValueType) -> Bool { type == .text }

    /// The SQL columns in order, with their types. SQLite keeps `lede_row` as its row id, which
    /// orders the rows without an index; PostgreSQL's key (`create`) leads with the article, so
    /// that Citus can distribute the table by it (it wants the distribution column in every
    /// unique key). A row that stands for no one article has article -1 and no item.
    func columns(_ dialect: SQLDialect) -> [(name: String, type: String)] {
        let integer = dialect.integerType
        var columns = dialect == .sqlite
            ? [(Self.row, integer + " PRIMARY KEY"), (Self.article, integer + " NOT NULL"), (Self.item, integer)]
            : [(Self.row, integer + " NOT NULL"), (Self.article, integer + " NOT NULL"), (Self.item, integer)]
        for (i, column) in schema.columns.enumerated() {
            columns.append((Self.value(i), dialect.columnType(column.type)))
            if Self.hasKey(column.type) { columns.append((Self.key(i), "TEXT")) }
        }
        return columns
    }

    func create(_ dialect: SQLDialect) -> String {
        let key = dialect == .postgresql ? ", PRIMARY KEY (\(Self.article), \(Self.row))" : ""
        return "CREATE TABLE \(sqlName) (" + columns(dialect).map { "\($0.name) \($0.type)" }.joined(separator: ", ") + key + ")"
    }

    /// The cells of row `index`, in the order of `columns`; nil when a value has no SQL form or
    /// is not of its column's type.
    func cells(_ row: [Value], at index: Int, origin: RowOrigin?, profiles: [SQLColumnProfile]) -> [SQLValue]? {
        var cells: [SQLValue] = [.integer(Int64(index)), .integer(Int64(origin?.article ?? -1)),
                                 origin.map { .integer(Int64($0.item)) } ?? .null]
        for (i, value) in row.enumerated() {
            guard value.isNull || value.type == schema.columns[i].type, let cell = SQLCell.encode(value) else { return nil }
            cells.append(cell)
            guard Self.hasKey(schema.columns[i].type) else { continue }
            if profiles[i].keyed, let text = value.text {
                let key = SQLCell.sortKey(text)
                cells.append(key == text ? .null : .text(key))
            } else {
                cells.append(.null)
            }
        }
        return cells
    }
}

/// A table written into the database, with what its columns allow (`SQLColumnProfile`).
struct SQLMaterialisedTable: Sendable {
    let layout: SQLTableLayout
    let profiles: [SQLColumnProfile]
}
