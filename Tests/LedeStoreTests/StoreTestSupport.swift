import Foundation
import LedeCorpus
import LedeExtract
import LedeStore
import Synchronization

/// A temporary folder for one test, removed when the test is done with it.
struct TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
    }

    /// Three small articles, `a.txt` to `c.txt`.
    func writeArticles() throws {
        try write("a.txt", "Storm hits the dam\n\n“The dam held,” said Mayor Jane Smith. About 300 homes were flooded.")
        try write("b.txt", "Council vote\n\nThe council voted 7 to 2, officials said. It may appeal.")
        try write("c.txt", "Harbour wall\n\nRepairs will reportedly take a year, according to the port authority.")
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// An extractor that counts its calls, so a test can tell what was extracted and what read.
final class CountingExtractor: Sendable {
    private let calls = Mutex(0)
    private let extractor = Extractor()

    var count: Int { calls.withLock { $0 } }

    var analyze: @Sendable (Article) -> Analysis {
        { article in
            self.calls.withLock { $0 += 1 }
            return self.extractor.analyze(article)
        }
    }
}

/// A store's `LoadCache` that counts the files it answered for.
final class CountingCache: LoadCache {
    let store: CorpusStore
    private let hits = Mutex(0)

    init(_ store: CorpusStore) { self.store = store }

    var count: Int { hits.withLock { $0 } }

    func articles(_ files: [FileStamp]) throws -> [[(article: Article, content: Fingerprint)]?] {
        let found = try store.articles(files)
        hits.withLock { $0 += found.compactMap { $0 }.count }
        return found
    }

    func save(_ files: [(stamp: FileStamp, articles: [(article: Article, content: Fingerprint)])]) throws {
        try store.save(files)
    }
}

extension Analysis {
    /// Every row of every table, for comparing analyses (`Analysis` itself is not Equatable).
    var rows: [AnyHashable] {
        sentences.map(AnyHashable.init) + quotes.map(AnyHashable.init) + figures.map(AnyHashable.init)
            + sources.map(AnyHashable.init) + hedges.map(AnyHashable.init) + mentions.map(AnyHashable.init)
    }
}
