/// The tables of a store, the same in SQLite and PostgreSQL. Articles and analyses are both
/// keyed by `content`, the hash of what the extractor reads (body and paragraphs), so the two
/// can be distributed together (Citus) and an analysis is found for any article with that text.
enum StoreSchema {
    /// Bumped when a table changes; a store of another version is refused, never misread.
    static let version = 1

    static let tables = ["lede_store", "lede_articles", "lede_analyses", "lede_files", "lede_snapshots"]

    static let articleColumns = ["content", "id", "source", "path", "file", "outlet", "headline", "date", "url", "words", "body", "detail"]

    static func statements(_ dialect: SQLDialect) -> [String] {
        let blob = dialect == .sqlite ? "BLOB" : "BYTEA"
        return [
            // name = 'schema': the version above.
            "CREATE TABLE IF NOT EXISTS lede_store (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            // id: the article's id (a hash of its source bytes and record number); source: the
            // fingerprint of its own bytes, for duplicate detection; detail: authors, paragraphs,
            // boilerplate and extra fields in the store's binary form.
            """
            CREATE TABLE IF NOT EXISTS lede_articles (
                content TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, path TEXT NOT NULL,
                file TEXT NOT NULL, outlet TEXT, headline TEXT, date TEXT, url TEXT,
                words BIGINT NOT NULL, body TEXT NOT NULL, detail \(blob) NOT NULL,
                PRIMARY KEY (content, id))
            """,
            "CREATE INDEX IF NOT EXISTS lede_articles_id ON lede_articles (id)",
            // extractor: `ExtractorFingerprint`, so other lexicons or versions never read these rows.
            """
            CREATE TABLE IF NOT EXISTS lede_analyses (
                content TEXT NOT NULL, extractor TEXT NOT NULL, analysis \(blob) NOT NULL,
                PRIMARY KEY (content, extractor))
            """,
            // path: absolute; given: as given to `load`; articles: their ids, space-separated.
            """
            CREATE TABLE IF NOT EXISTS lede_files (
                path TEXT PRIMARY KEY, given TEXT NOT NULL, size BIGINT NOT NULL, modified BIGINT NOT NULL,
                context TEXT NOT NULL, articles TEXT NOT NULL)
            """,
            // A load's answer kept whole (`LoadSnapshot`): digest, the fingerprint of its request;
            // part 0, the request itself; made, which snapshot is newer (only the newest few stay).
            // Added after version 1 without changing it: a store made before gains the table.
            """
            CREATE TABLE IF NOT EXISTS lede_snapshots (
                digest TEXT NOT NULL, part BIGINT NOT NULL, made BIGINT NOT NULL, body \(blob) NOT NULL,
                PRIMARY KEY (digest, part))
            """,
        ]
    }

    /// Makes the tables in an empty database, or checks that they are a Lede store of this
    /// version. A database holding anything else is refused before anything is written.
    static func prepare(_ database: any StoreDatabase, name: String) throws {
        let present = try tableNames(database)
        if present.contains("lede_store") {
            let version = try database.query("SELECT value FROM lede_store WHERE name = 'schema'", []).first?.first?.text
            guard version == String(Self.version) else {
                throw StoreError("\(name): a Lede store of schema \(version ?? "unknown"); this Lede reads schema \(Self.version) (`cache clear` does not change it: name another store, or delete this one to start again)")
            }
            if !present.isSuperset(of: tables) { try create(database) }
            return
        }
        // SQLite: a file is a store or nothing; PostgreSQL: a database may hold other tables.
        let foreign = present.filter { database.dialect == .sqlite || $0.hasPrefix("lede_") }
        guard foreign.isEmpty else {
            throw StoreError("\(name): not a Lede store (it holds \(foreign.sorted().joined(separator: ", ")); expected the tables \(tables.joined(separator: ", ")) or none); nothing was changed")
        }
        if database.dialect == .sqlite {
            try database.execute("PRAGMA journal_mode = WAL", [])
        }
        try create(database)
    }

    /// Makes the tables missing (all of them, in a new store).
    private static func create(_ database: any StoreDatabase) throws {
        try database.transaction {
            // Workers starting together on one server make the tables once.
            if database.dialect == .postgresql { try database.execute("SELECT pg_advisory_xact_lock(1701601)", []) }
            for statement in statements(database.dialect) { try database.execute(statement, []) }
            try database.execute("INSERT INTO lede_store (name, value) VALUES ('schema', ?) ON CONFLICT (name) DO NOTHING", [.text(String(version))])
        }
    }

    private static func tableNames(_ database: any StoreDatabase) throws -> Set<String> {
        let sql = switch database.dialect {
        case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table'"
        case .postgresql: "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        }
        return Set(try database.query(sql, []).compactMap { $0.first?.text })
    }
}
