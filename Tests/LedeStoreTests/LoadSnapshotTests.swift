import Foundation
import Testing
import LedeCorpus
@testable import LedeStore
import Synchronization

/// Load snapshots: a load of the same files as before is answered by one snapshot instead of
/// the file and article rows. Each body takes a store location, so `PostgresStoreTests` runs
/// the same checks on the server.
@Suite struct LoadSnapshotTests {
    @Test func aSecondIdenticalLoadIsAnsweredByTheSnapshot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.expectSnapshotAnswers(in: folder.file("store.db"))
    }

    @Test func aChangedFileMissesTheSnapshotAndIsReadAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.expectChangedFileReadAlone(in: folder.file("store.db"))
    }

    @Test func clearForgetsSnapshotsAndOnlyTheNewestFewStay() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.expectClearAndPruning(in: folder.file("store.db"))
    }

    @Test func aDamagedSnapshotIsPassedOverForTheFileRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.writeMixedFiles(in: folder)
        let stores = try TemporaryFolder()
        defer { stores.remove() }
        let path = stores.file("store.db")
        var first = Corpus()
        _ = first.load([folder.path], cache: try CorpusStore(path, extractor: StoreTests.extractor))
        let store = try RecordingStore(path)
        try store.database.execute("UPDATE lede_snapshots SET body = ? WHERE part = 1", [.blob([1, 2, 3])])

        var second = Corpus()
        _ = second.load([folder.path], cache: store.cache)
        #expect(store.readFileRows)
        #expect(Self.fields(second.articles) == Self.fields(first.articles))
    }

    /// Three text files, a JSON file with authors, a date and extra fields, and a CSV file with
    /// a problem (one row loads; the file is read again every time, so its message shows).
    static func writeMixedFiles(in folder: TemporaryFolder) throws {
        try folder.writeArticles()
        try folder.write("d.json", """
            [{"headline": "Port deal", "date": "2024-05-01", "authors": ["Ann Lee"], "text": "Para one.\\n\\nPara two.", "desk": "city"}]
            """)
        try folder.write("e.csv", "title,content\nA,\"Body one\"\nB,\"never closed\n")
    }

    /// Every field of every article, for comparing loads (`Article`'s `==` compares a few).
    static func fields(_ articles: [Article]) -> [String] {
        articles.map { a in
            [a.id, a.path, a.file, a.outlet ?? "-", a.headline ?? "-", a.date?.description ?? "-", a.url ?? "-", a.body,
             "\(a.words)", a.authors.joined(separator: "|"), a.boilerplate.joined(separator: "|"),
             a.paragraphs.map { "\($0.start)-\($0.end)" }.joined(separator: " "),
             a.extra.map { "\($0.key)=\($0.value)" }.joined(separator: "|")].joined(separator: "\u{1}")
        }
    }

    static func expectSnapshotAnswers(in location: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeMixedFiles(in: folder)
        var fresh = Corpus()
        _ = fresh.load([folder.path])
        var first = Corpus()
        _ = first.load([folder.path], cache: try RecordingStore(location).cache)

        let store = try RecordingStore(location)
        var second = Corpus()
        let report = second.load([folder.path], cache: store.cache)
        #expect(store.readSnapshot && !store.readFileRows)
        #expect(store.cache.count == 4)
        #expect(fields(second.articles) == fields(fresh.articles))
        #expect(report.articles == 5 && report.skipped.count == 1)
        // Nothing new was read but the CSV file: the snapshot stays as it was.
        #expect(try store.database.query("SELECT count(DISTINCT made) FROM lede_snapshots", []) == [[.integer(1)]])
    }

    static func expectChangedFileReadAlone(in location: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        var first = Corpus()
        _ = first.load([folder.path], cache: try RecordingStore(location).cache)
        try folder.write("b.txt", "Council vote\n\n“We lost,” said Tom Reed, the council leader.")

        let changed = try RecordingStore(location)
        var second = Corpus()
        _ = second.load([folder.path], cache: changed.cache)
        #expect(changed.readFileRows && changed.cache.count == 2)
        #expect(second.articles.first { $0.file == "b.txt" }?.body.contains("We lost") == true)

        let again = try RecordingStore(location)
        var third = Corpus()
        _ = third.load([folder.path], cache: again.cache)
        #expect(again.readSnapshot && !again.readFileRows && again.cache.count == 3)
        #expect(fields(third.articles) == fields(second.articles))
    }

    static func expectClearAndPruning(in location: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let store = try RecordingStore(location)
        // Four different loads: one file each, then all three.
        for pattern in ["a.txt", "b.txt", "c.txt", ""] {
            var corpus = Corpus()
            _ = corpus.load([folder.path + "/" + pattern], cache: store.cache)
        }
        let digests = "SELECT count(DISTINCT digest) FROM lede_snapshots"
        #expect(try store.database.query(digests, []) == [[.integer(Int64(CorpusStore.snapshotsKept))]])
        try store.cache.store.clear()
        #expect(try store.database.query(digests, []) == [[.integer(0)]])
        let after = try RecordingStore(location)
        var corpus = Corpus()
        _ = corpus.load([folder.path], cache: after.cache)
        #expect(after.cache.count == 0 && corpus.articles.count == 3)
    }
}

/// A store over a database that keeps the SQL it was asked, to tell how a load was answered.
struct RecordingStore {
    let database: RecordingDatabase
    let cache: CountingCache

    init(_ location: String) throws {
        let base: any StoreDatabase = PostgresAddress.isURL(location) ? try PostgresDatabase(url: location) : try SQLiteDatabase(path: location)
        database = RecordingDatabase(base)
        cache = CountingCache(try CorpusStore(database: database, name: location, extractor: StoreTests.extractor))
    }

    var readSnapshot: Bool { database.asked.contains { $0.contains("FROM lede_snapshots WHERE digest") } }
    var readFileRows: Bool { database.asked.contains { $0.contains("FROM lede_files") } }
}

final class RecordingDatabase: StoreDatabase, Sendable {
    private let base: any StoreDatabase
    private let log = Mutex<[String]>([])

    init(_ base: any StoreDatabase) { self.base = base }

    var asked: [String] { log.withLock { $0 } }
    var dialect: SQLDialect { base.dialect }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws { try base.execute(sql, arguments) }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] {
        log.withLock { $0.append(sql) }
        return try base.query(sql, arguments)
    }

    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: ([SQLValue]) throws -> Void) throws {
        log.withLock { $0.append(sql) }
        try base.forEachRow(sql, arguments, body)
    }

    func transaction(_ body: () throws -> Void) throws { try base.transaction(body) }
}
