import Foundation
import LedeCorpus
import LedeExtract
import Synchronization

/// A corpus kept in a database: articles (with the files they came from, so an unchanged file is
/// not read again) and their raw analyses under the extractor that made them. The same tables
/// serve as the cache in `$XDG_CACHE_HOME/lede`, a store the user names, and a team's server.
public final class CorpusStore: LoadCache {
    public let database: any StoreDatabase
    /// The path, or the URL without its password.
    public let name: String
    /// Whose analyses are read and written (`ExtractorFingerprint`).
    public let extractor: String
    /// The last load's request and answer, until `save` tells what the load read anew: then
    /// both make the snapshot that answers the same load next time (`CorpusStore+Snapshots`).
    let pendingSnapshot = Mutex<PendingSnapshot?>(nil)

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

    /// From the snapshot of the same request when there is one, else file by file.
    public func articles(_ files: [FileStamp]) throws -> [[(article: Article, content: Fingerprint)]?] {
        guard !files.isEmpty else { return [] }
        let request = LoadSnapshot.request(files)
        let snapshot = try snapshot(request, files: files.count)
        let answer = try snapshot ?? articlesByFile(files)
        // A snapshot that answered every file is already the one to keep.
        let pending = snapshot != nil && !answer.contains { $0 == nil } ? nil
            : PendingSnapshot(files: files, request: request, answer: answer, fromSnapshot: snapshot != nil)
        pendingSnapshot.withLock { $0 = pending }
        return answer
    }

    private func articlesByFile(_ files: [FileStamp]) throws -> [[(article: Article, content: Fingerprint)]?] {
        var known: [String: (given: String, ids: [String])] = [:]
        known.reserveCapacity(files.count)
        let byKey = Dictionary(files.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        // One pass over the rows under the folder the files share (all rows for files with no
        // folder in common): a load asks for every file of a corpus at once, and a keyed lookup
        // per file costs more than reading the rows in order.
        let folder = Self.sharedStart(files.map(\.key))
        let sql = "SELECT path, given, size, modified, context, articles FROM lede_files WHERE substr(path, 1, \(folder.unicodeScalars.count)) = ?"
        try database.forEachRow(sql, [.text(folder)]) { row in
            guard row.count == 6, let path = row[0].text, let stamp = byKey[path], row[2].integer == stamp.size,
                  row[3].integer == stamp.modified, row[4].text == stamp.context, let given = row[1].text, let ids = row[5].text
            else { return }
            known[path] = (given, ids.split(separator: " ").map(String.init))
        }
        let stored = try articles(ids: files.flatMap { known[$0.key]?.ids ?? [] })
        return files.map { stamp in
            guard let match = known[stamp.key] else { return nil }
            var found: [(article: Article, content: Fingerprint)] = []
            found.reserveCapacity(match.ids.count)
            for id in match.ids {
                // A file whose article went missing is read again.
                guard var item = stored[id] else { return nil }
                // The articles keep the path as given now: the same file loaded from elsewhere.
                if match.given != stamp.path, item.article.path.hasPrefix(match.given) {
                    item.article.path = stamp.path + item.article.path.dropFirst(match.given.count)
                }
                found.append(item)
            }
            return found
        }
    }

    /// With the snapshot of the load that asked `articles(_:)` last, in the same transaction.
    public func save(_ files: [(stamp: FileStamp, articles: [(article: Article, content: Fingerprint)])]) throws {
        let articles = files.flatMap(\.articles)
        let contents = Self.contents(articles.map(\.article))
        let snapshot = snapshotToWrite(adding: files)
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
            if let snapshot { try write(snapshot) }
        }
    }

    /// Every article in the store, for `open`: a named store is a corpus.
    public func allArticles() throws -> [Article] {
        var articles: [Article] = []
        try database.forEachRow("SELECT \(StoreSchema.articleColumns.joined(separator: ", ")) FROM lede_articles ORDER BY path, id", []) { row in
            if let item = ArticleRow.article(row) { articles.append(item.article) }
        }
        return articles
    }

    /// Read row by row straight into articles: the rows of a whole corpus are never held.
    private func articles(ids: [String]) throws -> [String: (article: Article, content: Fingerprint)] {
        var byID: [String: (article: Article, content: Fingerprint)] = [:]
        byID.reserveCapacity(ids.count)
        try keyed("SELECT \(StoreSchema.articleColumns.joined(separator: ", ")) FROM lede_articles WHERE id IN", ids) { row in
            if let item = ArticleRow.article(row) { byID[item.article.id] = (item.article, item.source) }
        }
        return byID
    }

    // MARK: Analyses

    /// The stored analyses of these articles by this extractor; nil where none is stored. Each
    /// distinct text is read and decoded once, in parallel: copies of an article share it.
    public func analyses(_ articles: [Article]) throws -> [Analysis?] {
        let contents = Self.contents(articles)
        var seen: Set<String> = []
        let distinct = contents.filter { seen.insert($0).inserted }
        var rows: [(content: String, bytes: [UInt8])] = []
        try keyed("SELECT content, analysis FROM lede_analyses WHERE extractor = ? AND content IN", distinct, [.text(extractor)]) { row in
            if row.count == 2, let content = row[0].text, let bytes = row[1].blob { rows.append((content, bytes)) }
        }
        let decoded = parallelMap(rows.count) { [rows] in Analysis(encoded: rows[$0].bytes) }
        var byContent: [String: Analysis] = [:]
        for (row, analysis) in zip(rows, decoded) { if let analysis { byContent[row.content] = analysis } }
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

    /// Forgets every article, file, analysis and snapshot; the store stays a store.
    public func clear() throws {
        pendingSnapshot.withLock { $0 = nil }
        try database.transaction {
            for table in ["lede_analyses", "lede_articles", "lede_files", "lede_snapshots"] { try database.execute("DELETE FROM \(table)", []) }
        }
    }

    /// How many articles and analyses the store holds.
    public func counts() throws -> (articles: Int, analyses: Int) {
        let row = try database.query("SELECT (SELECT count(*) FROM lede_articles), (SELECT count(*) FROM lede_analyses)", []).first
        return (Int(row?.first?.integer ?? 0), Int(row?.last?.integer ?? 0))
    }

    // MARK: Statements in batches

    private static func contents(_ articles: [Article]) -> [String] {
        parallelMap(articles.count) { content(of: articles[$0]) }.compactMap { $0 }
    }

    /// The longest start all `paths` share, in whole characters ("" for none).
    static func sharedStart(_ paths: [String]) -> String {
        guard let first = paths.first?.utf8 else { return "" }
        var length = first.count
        for path in paths.dropFirst() {
            length = zip(first.prefix(length), path.utf8).prefix { $0 == $1 }.count
        }
        // Not inside a character: back off to the first byte of one.
        while length > 0, length < first.count, first[first.index(first.startIndex, offsetBy: length)] & 0xC0 == 0x80 { length -= 1 }
        return String(decoding: first.prefix(length), as: UTF8.self)
    }

    /// `sql` with `IN (?, ?, …)` appended for the keys, run in chunks under the databases' limits
    /// on placeholders, each row handed to `body` as it is read.
    private func keyed(_ sql: String, _ keys: [String], _ leading: [SQLValue] = [], _ body: ([SQLValue]) throws -> Void) throws {
        for chunk in Self.chunks(keys.count, size: 500) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            try database.forEachRow("\(sql) (\(placeholders))", leading + keys[chunk].map(SQLValue.text), body)
        }
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
