import Foundation
import Testing
import LedeCorpus
import LedeExtract
@testable import LedeLanguage
@testable import LedeStore

/// The SQLite store under a session: what a second session reads instead of reading files and
/// extracting, and what it refuses.
@Suite struct StoreTests {
    static let extractor = ExtractorFingerprint.of(.standard)

    /// A session with a counting extractor and the store at `path`.
    static func session(_ path: String, _ counter: CountingExtractor, extractor: String = extractor) throws -> Session {
        let session = Session(analyze: counter.analyze)
        session.store = try CorpusStore(path, extractor: extractor)
        return session
    }

    static func quoteCount(_ session: Session, loading folder: TemporaryFolder) throws -> Int {
        var texts: [String] = []
        let ok = session.run("load \"\(folder.path)\"\nquotes | count") { event in
            if case .table(let table) = event { texts += table.rows.map { $0.map(\.plain).joined() } }
            if case .diagnostic(let d) = event, d.severity == .error { texts.append("error: \(d.message)") }
        }
        #expect(ok, "\(texts)")
        return Int(texts.last ?? "") ?? -1
    }

    @Test func articlesAndAnalysesRoundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let store = try CorpusStore(folder.file("store.db"), extractor: Self.extractor)
        var corpus = Corpus()
        _ = corpus.load([folder.path], cache: store)
        let analyses = corpus.articles.map(Extractor().analyze)
        try store.save(analyses: Array(zip(corpus.articles, analyses)))

        let reopened = try CorpusStore(folder.file("store.db"), extractor: Self.extractor)
        let articles = try reopened.allArticles()
        #expect(articles == corpus.articles)
        #expect(articles.map(\.paragraphs) == corpus.articles.map(\.paragraphs))
        #expect(articles.map(\.words) == corpus.articles.map(\.words))
        let read = try reopened.analyses(corpus.articles)
        #expect(read.map { $0?.rows } == analyses.map(\.rows))
        #expect(analyses.contains { !$0.quotes.isEmpty } && analyses.contains { !$0.figures.isEmpty })
    }

    @Test func aSecondSessionReadsFilesAndAnalysesFromTheStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let path = folder.file("store.db")
        let first = CountingExtractor()
        let quotes = try Self.quoteCount(try Self.session(path, first), loading: folder)
        #expect(first.count == 3)

        let second = CountingExtractor()
        #expect(try Self.quoteCount(try Self.session(path, second), loading: folder) == quotes)
        #expect(second.count == 0)
        // The files themselves were not read again.
        let cache = CountingCache(try CorpusStore(path, extractor: Self.extractor))
        var corpus = Corpus()
        #expect(corpus.load([folder.path], cache: cache).articles == 3)
        #expect(cache.count == 3)
    }

    /// The file rows are read in one pass over the folder the files share: files under folders
    /// with no common start but "/", and folder names beyond ASCII, are found all the same.
    @Test func filesInSeveralFoldersAndNonASCIINamesAreReadFromTheStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.expectStoreHits(in: folder.file("store.db"))
    }

    /// Loads files from three folders (two named beyond ASCII) into the store at `location`, then
    /// again and from one folder alone, each time finding every file in the store.
    static func expectStoreHits(in location: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let other = try TemporaryFolder()
        defer { other.remove() }
        for name in ["Zürich", "Zoë"] {
            try FileManager.default.createDirectory(atPath: folder.file(name), withIntermediateDirectories: true)
        }
        try folder.write("Zürich/a.txt", "Flood\n\nThe river rose, officials said.")
        try folder.write("Zoë/b.txt", "Vote\n\nThe council voted 7 to 2.")
        try other.write("c.txt", "Harbour\n\nRepairs will take a year.")
        let patterns = [folder.file("Zürich"), folder.file("Zoë"), other.path]
        let store = try CorpusStore(location, extractor: extractor)
        var first = Corpus()
        _ = first.load(patterns, cache: store)

        let cache = CountingCache(store)
        var second = Corpus()
        #expect(second.load(patterns, cache: cache).articles == 3)
        #expect(cache.count == 3)
        #expect(second.articles == first.articles)
        // One folder alone: the files of the others in the store are not its files.
        let alone = CountingCache(store)
        var third = Corpus()
        #expect(third.load([folder.file("Zoë")], cache: alone).articles == 1 && alone.count == 1)
    }

    @Test func theSharedStartOfPathsStopsBeforeAPartCharacter() {
        #expect(CorpusStore.sharedStart(["/a/b/c.txt", "/a/b/d.txt", "/a/bc.txt"]) == "/a/b")
        #expect(CorpusStore.sharedStart(["/x/1.txt"]) == "/x/1.txt")
        #expect(CorpusStore.sharedStart(["/x/1.txt", "/y/1.txt"]) == "/")
        // "é" and "è" share their first UTF-8 byte.
        #expect(CorpusStore.sharedStart(["/x/é.txt", "/x/è.txt"]) == "/x/")
        #expect(CorpusStore.sharedStart([]) == "")
    }

    /// Analyses read from the store do not wait for every body's words: the verbs that read them
    /// build the index when first asked.
    @Test func readingStoredAnalysesLeavesTheWordIndexToKwic() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let path = folder.file("store.db")
        _ = try Self.quoteCount(try Self.session(path, CountingExtractor()), loading: folder)

        let session = try Self.session(path, CountingExtractor())
        _ = try Self.quoteCount(session, loading: folder)
        #expect(session.words.bodies.isEmpty)
        var lines: [String] = []
        #expect(session.run("kwic \"dam\" | count") { event in
            if case .table(let table) = event { lines += table.rows.map { $0.map(\.plain).joined() } }
        })
        #expect(lines == ["1"])
        #expect(session.words.bodies.count == 3)
    }

    @Test func aChangedFileIsReadAndExtractedAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let path = folder.file("store.db")
        _ = try Self.quoteCount(try Self.session(path, CountingExtractor()), loading: folder)
        try folder.write("b.txt", "Council vote\n\n“We lost,” said Tom Reed, the council leader.")

        let counter = CountingExtractor()
        let session = try Self.session(path, counter)
        _ = try Self.quoteCount(session, loading: folder)
        #expect(counter.count == 1)
        #expect(session.articles.first { $0.file == "b.txt" }?.body.contains("We lost") == true)
    }

    @Test func anotherExtractorVersionExtractsAgainAndNeverReadsItsRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let path = folder.file("store.db")
        _ = try Self.quoteCount(try Self.session(path, CountingExtractor(), extractor: "v0-0000000000000000"), loading: folder)

        let counter = CountingExtractor()
        _ = try Self.quoteCount(try Self.session(path, counter), loading: folder)
        #expect(counter.count == 3)
        let again = CountingExtractor()
        _ = try Self.quoteCount(try Self.session(path, again), loading: folder)
        #expect(again.count == 0)
    }

    @Test func aFileThatIsNoLedeStoreIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("notes.txt", "Not a database at all.\n")
        let text = try Data(contentsOf: folder.url.appendingPathComponent("notes.txt"))
        let notText = #expect(throws: StoreError.self) { try CorpusStore(folder.file("notes.txt"), extractor: Self.extractor) }
        #expect(notText?.message == "\(folder.file("notes.txt")): not an SQLite database; expected a Lede store or a new file name; it was left as it was")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("notes.txt")) == text)

        let other = folder.file("other.db")
        try SQLiteDatabase(path: other).execute("CREATE TABLE invoices (number INTEGER)", [])
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        let notStore = #expect(throws: StoreError.self) { try CorpusStore(other, extractor: Self.extractor) }
        #expect(notStore?.message.hasPrefix("\(other): not a Lede store (it holds invoices;") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)

        // At the prompt: an error naming the file, and the session goes on.
        let session = Session()
        var messages: [String] = []
        #expect(!session.run("open \"\(other)\"") { if case .diagnostic(let d) = $0 { messages.append(d.message) } })
        #expect(messages.first?.contains("not a Lede store") == true)
        #expect(session.store == nil)
    }

    @Test func aWriteThatFailsHalfWayLeavesNothingAndARerunCompletes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let path = folder.file("store.db")
        let failing = FailingDatabase(try SQLiteDatabase(path: path), failAfter: 1)
        let session = Session(analyze: CountingExtractor().analyze)
        session.store = try CorpusStore(database: failing, name: path, extractor: Self.extractor)
        failing.armed = true
        var messages: [String] = []
        session.run("load \"\(folder.path)\"\nquotes | count") { if case .diagnostic(let d) = $0 { messages.append(d.message) } }
        #expect(messages.contains { $0.contains("the disk went away") })

        let store = try CorpusStore(path, extractor: Self.extractor)
        #expect(try store.counts() == (0, 0))
        let counter = CountingExtractor()
        _ = try Self.quoteCount(try Self.session(path, counter), loading: folder)
        #expect(counter.count == 3)
        #expect(try store.counts() == (3, 3))
    }

    @Test func cacheClearForgetsWhatTheStoreHolds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        let session = try Self.session(folder.file("store.db"), CountingExtractor())
        _ = try Self.quoteCount(session, loading: folder)
        var status: [String] = []
        #expect(session.run("cache clear") { if case .status(let s) = $0 { status.append(s) } })
        #expect(status == ["cleared \(folder.file("store.db")): 3 articles and 3 analyses forgotten"])
        let counts = try #require(session.store).counts()
        #expect(counts.articles == 0 && counts.analyses == 0)
        #expect(session.articles.count == 3)
    }

    @Test func cacheClearDropsTheQueryTables() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        _ = try Self.quoteCount(try Self.session(folder.file("store.db"), CountingExtractor()), loading: folder)
        let session = Session(analyze: CountingExtractor().analyze)
        // `open` names the store, so pipelines run in it and write their query tables there.
        #expect(session.run("open \"\(folder.file("store.db"))\"\nquotes | where kind = \"direct\" | count") { _ in })
        let database = try #require(session.store).database
        let queryTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'lede_q%'"
        #expect(try database.query(queryTables, []).compactMap { $0.first?.text }.contains("lede_q_quotes"))
        #expect(session.run("cache clear") { _ in })
        #expect(try database.query(queryTables, []).isEmpty)
    }

    @Test func openAddsTheArticlesAStoreHolds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.writeArticles()
        _ = try Self.quoteCount(try Self.session(folder.file("store.db"), CountingExtractor()), loading: folder)
        let counter = CountingExtractor()
        let session = Session(analyze: counter.analyze)
        var status: [String] = []
        #expect(session.run("open \"\(folder.file("store.db"))\"\nquotes | count") { if case .status(let s) = $0 { status.append(s) } })
        #expect(status.first == "opened \(folder.file("store.db")): 3 articles added (3 in the store)")
        #expect(counter.count == 0)
    }
}

/// A database that fails on a write once armed, after `failAfter` writes: a worker dying
/// half-way through a transaction.
final class FailingDatabase: StoreDatabase, @unchecked Sendable {
    struct DiskGone: Error, CustomStringConvertible { var description: String { "the disk went away" } }
    private let base: any StoreDatabase
    private var writes = 0
    private let failAfter: Int
    var armed = false

    init(_ base: any StoreDatabase, failAfter: Int) {
        self.base = base
        self.failAfter = failAfter
    }

    var dialect: SQLDialect { base.dialect }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        if armed, sql.hasPrefix("INSERT") {
            writes += 1
            if writes > failAfter { throw DiskGone() }
        }
        try base.execute(sql, arguments)
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] { try base.query(sql, arguments) }

    func transaction(_ body: () throws -> Void) throws { try base.transaction(body) }
}
