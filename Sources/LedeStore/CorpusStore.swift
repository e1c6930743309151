import Foundation
import LedeCorpus
import LedeExtract

/// A corpus kept in a database: articles (with the files they came from, so an unchanged file is
/// not read again) and their raw analyses under the extractor that made them. The same tables
/// serve as the cache in `$XDG_CACHE_HOME/lede`, a store the user names, and a team's server.
public final class CorpusStore: LoadCache {
    public let database: any StoreDatabase
    /// The path, or the URL without its password.
    public let name: String
    /// Whose analyses are read and written (`ExtractorFingerprint`).
    public let extractor: String

    /// Opens a store in `database`, making its tables when it is empty.
    public init(database: any StoreDatabase, name: String, extractor: String) throws {
        self.database = database
        self.name = name
        self.extractor = extractor
        try StoreSchema.prepare(database, name: name)
    }

    /// Opens `location`: a `postgresql://` URL or an SQLite file (made when missing).
    public convenience init(_ location: String, extractor: String) throws {
        if PostgresAddress.isURL(location) {
            let database = try PostgresDatabase(url: location)
            try self.init(database: database, name: database.name, extractor: extractor)
        } else {
            try self.init(database: try SQLiteDatabase(path: location), name: location, extractor: extractor)
        }
    }

    /// `$XDG_CACHE_HOME/lede/cache.db`, else `~/.cache/lede/cache.db`; the folder is made.
    public static func defaultPath() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache").path
        let folder = base + "/lede"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError("\(folder): cannot make the cache folder (\(error.localizedDescription))")
        }
        return folder + "/cache.db"
    }

    /// The hash of what the extractor reads of an article (its body and paragraphs): the key of
    /// its analyses. Not `Article.id`, which hashes the source bytes: a new loader can read the
    /// same bytes into another body, and an analysis's offsets must fit its body exactly.
    public static func content(of article: Article) -> String {
        var hash = Fingerprint(Array(article.body.utf8))
        var offsets = ByteWriter()
        for paragraph in article.paragraphs {
            offsets.int(paragraph.start)
            offsets.int(paragraph.end)
        }
        hash.add(offsets.bytes[...])
        return hash.hex
    }

    // MARK: Articles

    public func articles(_ files: [FileStamp]) throws -> [[(article: Article, content: Fingerprint)]?] {
        let rows = try keyed("SELECT path, given, size, modified, context, articles FROM lede_files WHERE path IN", files.map(\.key))
        var known: [String: [SQLValue]] = [:]
        for row in rows { if let path = row.first?.text { known[path] = row } }
        let matches: [(given: String, ids: [String])?] = files.map { stamp in
            guard let row = known[stamp.key], row.count == 6, row[2].integer == stamp.size, row[3].integer == stamp.modified,
                  row[4].text == stamp.context, let given = row[1].text, let ids = row[5].text else { return nil }
            return (given, ids.split(separator: " ").map(String.init))
        }
        let stored = try articles(ids: matches.flatMap { $0?.ids ?? [] })
        return zip(files, matches).map { stamp, match in
            guard let match else { return nil }
            var found: [(article: Article, content: Fingerprint)] = []
            for id in match.ids {
                // A file whose article went missing is read again.
                guard var article = stored[id]?.article, let source = stored[id]?.source else { return nil }
                // The articles keep the path as given now: the same file loaded from elsewhere.
                if article.path.hasPrefix(match.given) { article.path = stamp.path + article.path.dropFirst(match.given.count) }
                found.append((article, source))
            }
            return found
        }
    }

    public func save(_ files: [(stamp: FileStamp, articles: [(article: Article, content: Fingerprint)])]) throws {
        let articles = files.flatMap(\.articles)
        let contents = Self.contents(articles.map(\.article))
        try database.transaction {
            try insert("lede_articles", StoreSchema.articleColumns, zip(articles, contents).map { item, content in
                ArticleRow.values(item.article, content: content, source: item.content)
            }, onConflict: "ON CONFLICT (content, id) DO NOTHING")
            try insert("lede_files", ["path", "given", "size", "modified", "context", "articles"], files.map { file in
                [.text(file.stamp.key), .text(file.stamp.path), .integer(file.stamp.size), .integer(file.stamp.modified),
                 .text(file.stamp.context), .text(file.articles.map(\.article.id).joined(separator: " "))]
            }, onConflict: """
                ON CONFLICT (path) DO UPDATE SET given = excluded.given, size = excluded.size, modified = excluded.modified,
                context = excluded.context, articles = excluded.articles
                """)
        }
    }

    /// Every article in the store, for `open`: a named store is a corpus.
    public func allArticles() throws -> [Article] {
        let columns = StoreSchema.articleColumns.joined(separator: ", ")
        return try Self.decoded(database.query("SELECT \(columns) FROM lede_articles ORDER BY path, id", [])).map(\.article)
    }

    private func articles(ids: [String]) throws -> [String: (article: Article, source: Fingerprint)] {
        let rows = try keyed("SELECT \(StoreSchema.articleColumns.joined(separator: ", ")) FROM lede_articles WHERE id IN", ids)
        var byID: [String: (article: Article, source: Fingerprint)] = [:]
        for item in Self.decoded(rows) { byID[item.article.id] = (item.article, item.source) }
        return byID
    }

    /// Rows made into articles in parallel: an `Article` counts its words when made.
    private static func decoded(_ rows: [[SQLValue]]) -> [(article: Article, source: Fingerprint)] {
        let slots = Slots<(article: Article, source: Fingerprint)>(count: rows.count)
        DispatchQueue.concurrentPerform(iterations: rows.count) { i in
            slots[i] = ArticleRow.article(rows[i])
        }
        return slots.values
    }

    // MARK: Analyses

    /// The stored analyses of these articles by this extractor; nil where none is stored.
    public func analyses(_ articles: [Article]) throws -> [Analysis?] {
        let contents = Self.contents(articles)
        let rows = try keyed("SELECT content, analysis FROM lede_analyses WHERE extractor = ? AND content IN", contents, [.text(extractor)])
        let slots = Slots<Analysis>(count: rows.count)
        DispatchQueue.concurrentPerform(iterations: rows.count) { i in
            if let bytes = rows[i].last?.blob { slots[i] = Analysis(encoded: bytes) }
        }
        var byContent: [String: Analysis] = [:]
        for (i, row) in rows.enumerated() { if let content = row.first?.text, let analysis = slots[i] { byContent[content] = analysis } }
        return contents.map { byContent[$0] }
    }

    /// Keeps analyses just made, in one transaction: all land or none.
    public func save(analyses: [(article: Article, analysis: Analysis)]) throws {
        let contents = Self.contents(analyses.map(\.article))
        let rows = zip(analyses, contents).map { item, content -> [SQLValue] in
            [.text(content), .text(extractor), .blob(item.analysis.encoded)]
        }
        try database.transaction {
            try insert("lede_analyses", ["content", "extractor", "analysis"], rows, onConflict: "ON CONFLICT (content, extractor) DO NOTHING")
        }
    }

    /// Forgets every article, file and analysis; the store stays a store.
    public func clear() throws {
        try database.transaction {
            for table in ["lede_analyses", "lede_articles", "lede_files"] { try database.execute("DELETE FROM \(table)", []) }
        }
    }

    /// How many articles and analyses the store holds.
    public func counts() throws -> (articles: Int, analyses: Int) {
        let row = try database.query("SELECT (SELECT count(*) FROM lede_articles), (SELECT count(*) FROM lede_analyses)", []).first
        return (Int(row?.first?.integer ?? 0), Int(row?.last?.integer ?? 0))
    }

    // MARK: Statements in batches

    private static func contents(_ articles: [Article]) -> [String] {
        let slots = Slots<String>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in slots[i] = content(of: articles[i]) }
        return slots.values
    }

    /// `sql` with `IN (?, ?, …)` appended for the keys, run in chunks under the databases' limits
    /// on placeholders.
    private func keyed(_ sql: String, _ keys: [String], _ leading: [SQLValue] = []) throws -> [[SQLValue]] {
        var rows: [[SQLValue]] = []
        for chunk in Self.chunks(keys.count, size: 500) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            rows += try database.query("\(sql) (\(placeholders))", leading + keys[chunk].map(SQLValue.text))
        }
        return rows
    }

    /// Rows inserted many to a statement: one round trip per statement matters on a server.
    private func insert(_ table: String, _ columns: [String], _ rows: [[SQLValue]], onConflict: String) throws {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        for chunk in Self.chunks(rows.count, size: max(1, 900 / columns.count)) {
            let values = Array(repeating: row, count: chunk.count).joined(separator: ", ")
            try database.execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(values) \(onConflict)",
                                 rows[chunk].flatMap { $0 })
        }
    }

    private static func chunks(_ count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}

/// One slot per item, each written by exactly one `concurrentPerform` iteration and read after
/// all finished; a lock keeps the writes apart.
final class Slots<Element>: @unchecked Sendable {
    private var slots: [Element?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(i: Int) -> Element? {
        get { lock.withLock { slots[i] } }
        set { lock.withLock { slots[i] = newValue } }
    }

    /// The filled slots, in order.
    var values: [Element] { lock.withLock { slots.compactMap { $0 } } }
}
