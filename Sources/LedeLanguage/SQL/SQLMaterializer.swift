import LedeStore

/// Writes the session's built tables into the database for pushed-down pipelines.
///
/// Where this sits: the store keeps raw per-article rows (articles and each article's analysis,
/// as extracted). Query tables are derived from them the way the session derives its tables:
/// speakers take the names the whole corpus gives people (`CorpusNames`), so adding one
/// article can change rows of every other. So the query tables (`lede_q_quotes`, ...) are a
/// cache beside the raw rows, written from the session's built tables and keyed by a
/// fingerprint of their rows (`lede_q_state`): a session on an unchanged corpus reuses them,
/// a changed corpus writes them again, all in one transaction.
struct SQLMaterializer {
    let database: any StoreDatabase

    static let state = "lede_q_state"
    /// Placeholders per INSERT: below SQLite's 32,766 and PostgreSQL's 65,535.
    static let argumentsPerInsert = 30_000
    static let rowsPerInsert = 1_000

    /// The table `name` with these rows, written now unless the database holds them already;
    /// nil when a value has no exact SQL form (the pipeline then runs in Lede).
    func materialise(_ name: String, _ table: Table, origin: RowOrigin.Kind?) throws -> SQLMaterialisedTable? {
        let layout = SQLTableLayout(name: name, schema: table.schema, origin: origin)
        let profiles = Self.profiles(of: table)
        var hash = StableHash()
        hash.add(SQLTableLayout.version)
        for column in table.columns { hash.add(column.name); hash.add(column.type.rawValue) }
        var rows: [[SQLValue]] = []
        rows.reserveCapacity(table.count)
        for (index, row) in table.rows.enumerated() {
            guard let cells = layout.cells(row, at: index, origin: table.origins.isEmpty ? nil : table.origins[index], profiles: profiles) else { return nil }
            for cell in cells { hash.add(cell) }
            rows.append(cells)
        }
        let names = layout.columns(database.dialect).map(\.name)
        try write(name, sqlName: layout.sqlName, fingerprint: hash.hex, create: [layout.create(database.dialect)],
                  columns: "(" + names.joined(separator: ", ") + ")", row: "(" + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")",
                  rows: rows)
        return SQLMaterialisedTable(layout: layout, profiles: profiles)
    }

    /// The full-text index of the articles' words (`SQLWordTable`), written now unless the
    /// database holds it already; false when a body has too many words to index.
    func materialiseWords(_ index: WordIndex) throws -> Bool {
        guard let documents = SQLWordTable.documents(index) else { return false }
        var hash = StableHash()
        hash.add(SQLTableLayout.version)
        hash.add(SQLWordTable.name)
        let rows = documents.enumerated().map { article, document -> [SQLValue] in
            hash.add(document)
            return [.integer(Int64(article)), .text(document)]
        }
        let insert = SQLWordTable.insert(database.dialect)
        try write(SQLWordTable.name, sqlName: SQLWordTable.sqlName, fingerprint: hash.hex, create: SQLWordTable.create(database.dialect),
                  columns: insert.columns, row: insert.row, rows: rows)
        return true
    }

    /// Drops every query table written into the database and their state: `cache clear`, and
    /// tests that share a server, leave nothing derived from the forgotten rows.
    func dropAll() throws {
        try database.execute("CREATE TABLE IF NOT EXISTS \(Self.state) (name TEXT PRIMARY KEY, fingerprint TEXT)", [])
        let written = try database.query("SELECT name FROM \(Self.state)", []).compactMap { $0.first?.text }
        try database.transaction {
            for name in written { try database.execute("DROP TABLE IF EXISTS \"lede_q_\(name)\"", []) }
            try database.execute("DROP TABLE \(Self.state)", [])
        }
    }

    /// Replaces the table `sqlName` (filed as `name` in `lede_q_state`) by `rows` in one
    /// transaction, unless the state shows these rows written already.
    private func write(_ name: String, sqlName: String, fingerprint: String, create: [String],
                       columns: String, row: String, rows: [[SQLValue]]) throws {
        try database.execute("CREATE TABLE IF NOT EXISTS \(Self.state) (name TEXT PRIMARY KEY, fingerprint TEXT)", [])
        let stored = try database.query("SELECT fingerprint FROM \(Self.state) WHERE name = ?", [.text(name)])
        if stored.first?.first?.text == fingerprint { return }
        try database.transaction {
            try database.execute("DROP TABLE IF EXISTS \(sqlName)", [])
            for statement in create { try database.execute(statement, []) }
            try insert(rows, into: sqlName, columns: columns, row: row)
            try database.execute("DELETE FROM \(Self.state) WHERE name = ?", [.text(name)])
            try database.execute("INSERT INTO \(Self.state) (name, fingerprint) VALUES (?, ?)", [.text(name), .text(fingerprint)])
        }
    }

    /// What each column of `table` allows SQL to do exactly as Lede does.
    static func profiles(of table: Table) -> [SQLColumnProfile] {
        var profiles = Array(repeating: SQLColumnProfile(), count: table.columns.count)
        for row in table.rows { for (i, value) in row.enumerated() { profiles[i].add(value) } }
        return profiles
    }

    /// Multi-row INSERTs, as many rows each as the placeholder limit allows.
    private func insert(_ rows: [[SQLValue]], into sqlName: String, columns: String, row: String) throws {
        let perInsert = max(1, min(Self.rowsPerInsert, Self.argumentsPerInsert / max(1, rows.first?.count ?? 1)))
        let head = "INSERT INTO \(sqlName) \(columns) VALUES "
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(start + perInsert, rows.count)]
            try database.execute(head + Array(repeating: row, count: batch.count).joined(separator: ", "), Array(batch.joined()))
            start += batch.count
        }
    }
}
