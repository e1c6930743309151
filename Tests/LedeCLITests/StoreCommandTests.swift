import Foundation
import Testing
import LedeStore

/// `--store` and `lede extract` as processes: a worker killed outright, and shard workers side
/// by side on one PostgreSQL server.
@Suite(.serialized) struct StoreCommandTests {
    /// A folder of `count` short articles.
    static func corpus(_ count: Int) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cli-store-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for n in 1...count {
            let text = "Harbour report \(n)\n\n“We counted \(n * 3) boats,” said Captain Ann Lee of the port authority. "
                + String(repeating: "The wall may reportedly need about \(n) more months of repairs, officials said. ", count: 40)
            try text.write(to: dir.appendingPathComponent("story-\(n).txt"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// "… N extracted and stored …" from a worker's summary.
    static func extracted(_ result: LedeBinary.Result) -> Int? {
        guard let range = result.stderr.range(of: #"\d+ extracted"#, options: .regularExpression) else { return nil }
        return Int(result.stderr[range].prefix { $0.isNumber })
    }

    @Test func aWorkerKilledMidWriteLeavesAStoreThatARerunCompletes() throws {
        let dir = try Self.corpus(150)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("store.db").path
        let worker = Process()
        worker.executableURL = URL(fileURLWithPath: LedeBinary.path)
        worker.arguments = ["extract", dir.path, "--store", store]
        worker.standardError = FileHandle.nullDevice
        try worker.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(worker.processIdentifier, SIGKILL)
        worker.waitUntilExit()

        #expect(try SQLiteDatabase(path: store).query("PRAGMA integrity_check", []) == [[.text("ok")]])
        let rerun = try LedeBinary.run(["extract", dir.path, "--store", store])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let done = try LedeBinary.run(["extract", dir.path, "--store", store])
        #expect(Self.extracted(done) == 0, "\(done.stderr)")
        let counts = try CorpusStore(store, extractor: ExtractorFingerprint.of(.standard)).counts()
        #expect(counts.articles == 150 && counts.analyses == 150)
    }

    @Test func twoShardWorkersIntoPostgreSQLStoreWhatOneProcessDoes() throws {
        guard let server = ProcessInfo.processInfo.environment["LEDE_TEST_POSTGRES"], !server.isEmpty,
              var url = URLComponents(string: server) else {
            print("skipped: LEDE_TEST_POSTGRES is not set (Scripts/test starts a server when PostgreSQL is installed)")
            return
        }
        let database = "lede_cli_\(UUID().uuidString.prefix(8).lowercased())"
        try PostgresDatabase(url: server).execute("CREATE DATABASE \(database)", [])
        url.path = "/" + database
        let shared = url.string ?? server
        let dir = try Self.corpus(20)
        defer { try? FileManager.default.removeItem(at: dir) }
        let alone = dir.appendingPathComponent("alone.db").path
        #expect(Self.extracted(try LedeBinary.run(["extract", dir.path, "--store", alone])) == 20)

        let results = Results()
        let group = DispatchGroup()
        for shard in ["1/2", "2/2"] {
            DispatchQueue.global().async(group: group) {
                results.add(try? LedeBinary.run(["extract", dir.path, "--store", shared, "--shard", shard]))
            }
        }
        group.wait()
        #expect(results.all.compactMap(Self.extracted).reduce(0, +) == 20)

        let one = try SQLiteDatabase(path: alone), two = try PostgresDatabase(url: shared)
        for sql in ["SELECT content, id, source, path, words, body, detail FROM lede_articles ORDER BY content, id",
                    "SELECT content, extractor, analysis FROM lede_analyses ORDER BY content, extractor"] {
            #expect(try two.query(sql, []) == one.query(sql, []))
        }
    }
}

/// Results gathered from several threads.
final class Results: @unchecked Sendable {
    private var results: [LedeBinary.Result] = []
    private let lock = NSLock()

    func add(_ result: LedeBinary.Result?) { lock.withLock { if let result { results.append(result) } } }
    var all: [LedeBinary.Result] { lock.withLock { results } }
}
