import Foundation
import Testing
import LedeCorpus
import LedeExtract
@testable import LedeLanguage
@testable import LedeStore

/// The PostgreSQL store, against the server `LEDE_TEST_POSTGRES` names (`Scripts/test` starts
/// one with `Scripts/postgres-test-server`); each test makes its own database.
@Suite(.serialized) struct PostgresStoreTests {
    /// A new, empty database on the test server and its URL; nil (the test is skipped) without one.
    static func freshDatabase() throws -> String? {
        guard let server = ProcessInfo.processInfo.environment["LEDE_TEST_POSTGRES"], !server.isEmpty,
              var parts = URLComponents(string: server) else {
            print("skipped: LEDE_TEST_POSTGRES is not set (Scripts/test starts a server when PostgreSQL is installed)")
            return nil
        }
        let name = "lede_test_\(UUID().uuidString.prefix(8).lowercased())"
        try PostgresDatabase(url: server).execute("CREATE DATABASE \(name)", [])
        parts.path = "/" + name
        return parts.string
    }

    @Test func valuesPlaceholdersAndTransactions() throws {
        guard let url = try Self.freshDatabase() else { return }
        let db = try PostgresDatabase(url: url)
        try db.execute("CREATE TABLE t (a BIGINT, b DOUBLE PRECISION, c TEXT, d BYTEA, e TEXT)", [])
        let row: [SQLValue] = [.integer(-7), .real(2.5), .text("it's ? not a placeholder"), .blob([0, 1, 255]), .null]
        try db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?) -- a comment?", row)
        #expect(try db.query("SELECT a, b, c, d, e FROM t WHERE c <> '?'", []) == [row])
        #expect(try db.query("SELECT count(*), sum(a) FROM t", []) == [[.integer(1), .real(-7)]])
        struct Halfway: Error {}
        #expect(throws: Halfway.self) {
            try db.transaction {
                try db.execute("INSERT INTO t (a) VALUES (?)", [.integer(1)])
                try db.transaction { try db.execute("INSERT INTO t (a) VALUES (?)", [.integer(2)]) }
                throw Halfway()
            }
        }
        #expect(try db.query("SELECT count(*) FROM t", []) == [[.integer(1)]])
        let error = #expect(throws: StoreError.self) { try db.query("SELECT * FROM missing", []) }
        #expect(error?.message.contains("relation \"missing\" does not exist") == true)
    }

    @Test func aPasswordNeverShowsInMessages() {
        #expect(PostgresAddress.redacted("postgresql://ann:secret@db.example.org/news") == "postgresql://ann:***@db.example.org/news")
        let error = #expect(throws: StoreError.self) { try PostgresDatabase(url: "postgresql://ann:secret@127.0.0.1:1/news") }
        #expect(error?.message.hasPrefix("postgresql://ann:***@127.0.0.1:1/news: cannot connect") == true)
        #expect(error?.message.contains("secret") == false)
    }

    @Test func articlesAndAnalysesRoundTrip() throws {
        guard let url = try Self.freshDatabase() else { return }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let first = CountingExtractor()
        let quotes = try StoreTests.quoteCount(try StoreTests.session(url, first), loading: folder)
        #expect(first.count == 3)
        let second = CountingExtractor()
        let session = try StoreTests.session(url, second)
        #expect(try StoreTests.quoteCount(session, loading: folder) == quotes)
        #expect(second.count == 0)
        var sqlite = Corpus()
        _ = sqlite.load([folder.path])
        #expect(try session.store?.allArticles() == sqlite.articles)
        #expect(try session.store?.analyses(sqlite.articles).map { $0?.rows } == sqlite.articles.map { Extractor().analyze($0).rows })
    }

    @Test func filesInSeveralFoldersAndNonASCIINamesAreReadFromTheStore() throws {
        guard let url = try Self.freshDatabase() else { return }
        try StoreTests.expectStoreHits(in: url)
    }

    @Test func aSecondIdenticalLoadIsAnsweredByTheSnapshot() throws {
        guard let url = try Self.freshDatabase() else { return }
        try LoadSnapshotTests.expectSnapshotAnswers(in: url)
    }

    @Test func aChangedFileMissesTheSnapshotAndIsReadAlone() throws {
        guard let url = try Self.freshDatabase() else { return }
        try LoadSnapshotTests.expectChangedFileReadAlone(in: url)
    }

    @Test func clearForgetsSnapshotsAndOnlyTheNewestFewStay() throws {
        guard let url = try Self.freshDatabase() else { return }
        try LoadSnapshotTests.expectClearAndPruning(in: url)
    }

    @Test func twoShardWorkersStoreWhatOneProcessDoes() throws {
        guard let url = try Self.freshDatabase() else { return }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for n in 1...12 {
            try folder.write("story-\(n).txt", "Story \(n)\n\n“We counted \(n * 10) boats,” said Captain Ann Lee. It may rain \(n) days.")
        }
        let alone = Session()
        try alone.use(store: folder.file("alone.db"))
        let one = try alone.extract([folder.path], slice: nil)
        #expect(one.extracted == 12)

        let workers = ["1/2", "2/2"].map { shard in
            Thread.detachedResult {
                let session = Session()
                try session.use(store: url)
                return try session.extract([folder.path], slice: LoadSlice(shard)).extracted
            }
        }
        let extracted = try workers.map { try $0.value() }
        #expect(extracted.reduce(0, +) == 12)
        #expect(extracted.allSatisfy { $0 > 0 && $0 < 12 })

        let shared = try CorpusStore(url, extractor: ExtractorFingerprint.of(.standard))
        let single = try CorpusStore(folder.file("alone.db"), extractor: ExtractorFingerprint.of(.standard))
        for sql in ["SELECT content, id, source, path, file, outlet, headline, date, url, words, body, detail FROM lede_articles ORDER BY content, id",
                    "SELECT content, extractor, analysis FROM lede_analyses ORDER BY content, extractor",
                    "SELECT path, given, size, modified, context, articles FROM lede_files ORDER BY path"] {
            #expect(try shared.database.query(sql, []) == single.database.query(sql, []))
        }
        // A worker run again finds its slice done.
        let rerun = Session()
        try rerun.use(store: url)
        #expect(try rerun.extract([folder.path], slice: LoadSlice("1/2")).extracted == 0)
    }
}

extension Thread {
    /// Runs `body` on a thread of its own; `value()` waits for it.
    static func detachedResult<T: Sendable>(_ body: @escaping @Sendable () throws -> T) -> PendingResult<T> {
        let pending = PendingResult<T>()
        Thread.detachNewThread { pending.finish(Result { try body() }) }
        return pending
    }
}

/// The result of work on another thread, waited for once.
final class PendingResult<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, any Error>?

    func finish(_ result: Result<T, any Error>) {
        self.result = result
        done.signal()
    }

    func value() throws -> T {
        done.wait()
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
