import Dispatch
import Foundation
import LedeLanguage // re-exports LedeCorpus and LedeExtract

/// The BBC News corpus in `../shared/corpora/bbc` beside the repository: 2,225 `.txt` files in
/// five topic folders, about 5 MB.
public struct BBCCorpus: Sendable {
    public let directory: String
    /// Every `.txt` file, sorted.
    public let files: [String]
    /// Their total size: what every MB/s figure divides.
    public let bytes: Int
    /// What `load` is given.
    public var pattern: String { directory + "/*/*.txt" }
    public var megabytes: Double { Double(bytes) / 1_000_000 }

    /// `$LEDE_SHARED/corpora/bbc` when that variable is set, else `../shared/corpora/bbc` from
    /// the repository root (found from this source file: Scripts/Benchmarks/Sources/LedeBenchKit/).
    public static let located: BBCCorpus? = {
        let shared: URL
        if let given = ProcessInfo.processInfo.environment["LEDE_SHARED"], !given.isEmpty {
            shared = URL(fileURLWithPath: given)
        } else {
            var root = URL(fileURLWithPath: #filePath)
            for _ in 0..<5 { root.deleteLastPathComponent() }
            shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        }
        let directory = shared.appendingPathComponent("corpora/bbc").standardizedFileURL.path
        let files = listFiles(directory)
        guard !files.isEmpty else { return nil }
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        return BBCCorpus(directory: directory, files: files, bytes: sizes.reduce(0, +))
    }()

    public static let skipMessage = """
        skipped: the BBC corpus is not at ../shared/corpora/bbc beside the repository \
        (set LEDE_SHARED to the shared folder to point elsewhere); nothing measured
        """

    /// The `.txt` files of each topic folder, sorted. Part of the read-bytes baseline, since any
    /// loader of `*/*.txt` must list the folders too.
    static func listFiles(_ directory: String) -> [String] {
        let fm = FileManager.default
        let topics = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        var files: [String] = []
        for topic in topics {
            let folder = directory + "/" + topic
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            files += names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
        }
        return files
    }
}

/// The measured steps. Each returns a number derived from its work so none can be optimised
/// away, and so runs can be checked against each other.
public enum Workload {
    /// Baseline, what any loader must at least do: list the folders and read every file's bytes
    /// with Foundation, one file after another. Returns the bytes read.
    public static func readBytes(_ corpus: BBCCorpus) -> Int {
        var total = 0
        for path in BBCCorpus.listFiles(corpus.directory) {
            if let data = FileManager.default.contents(atPath: path) { total += data.count }
        }
        return total
    }

    /// `Corpus.load` of `DIR/*/*.txt` (parallel inside, with decoding, layout and de-duplication).
    public static func load(_ corpus: BBCCorpus) -> Corpus {
        var c = Corpus()
        _ = c.load([corpus.pattern])
        return c
    }

    /// The articles `load` gives, loaded once for the extraction steps.
    public static let articles: [Article] = BBCCorpus.located.map { load($0).articles } ?? []

    /// `Extractor().analyze` over every article, one after another. Returns the items found.
    public static func extract(_ articles: [Article]) -> Int {
        let extractor = Extractor()
        var items = 0
        for article in articles { items += count(extractor.analyze(article)) }
        return items
    }

    /// The same over `DispatchQueue.concurrentPerform`, each analysis kept in its own slot as a
    /// session keeps them. Returns the items found.
    public static func extractParallel(_ articles: [Article]) -> Int {
        let extractor = Extractor()
        let slots = Slots(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            slots[i] = extractor.analyze(articles[i])
        }
        return slots.all.reduce(0) { $0 + count($1) }
    }

    public static func queryText(_ corpus: BBCCorpus) -> String {
        "load \"\(corpus.pattern)\"; quotes | group by outlet | count"
    }

    /// End to end: a fresh `Session` runs `load ...; quotes | group by outlet | count`, which loads,
    /// extracts (in parallel, lazily) and queries. Returns the rows of the tables it printed.
    public static func query(_ corpus: BBCCorpus) throws -> Int {
        let session = Session()
        var rows = 0
        var errors: [String] = []
        let ok = session.run(queryText(corpus)) { event in
            switch event {
            case .table(let table): rows += table.rows.count
            case .diagnostic(let d) where d.severity == .error: errors.append(DiagnosticRenderer.render(d))
            default: break
            }
        }
        guard ok else { throw QueryFailed(message: errors.joined(separator: "\n")) }
        return rows
    }

    static func count(_ a: Analysis) -> Int {
        a.sentences.count + a.quotes.count + a.figures.count + a.sources.count + a.hedges.count + a.mentions.count
    }
}

public struct QueryFailed: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "the benchmark query failed:\n" + message }
}

/// One slot per article, each written by exactly one `concurrentPerform` iteration (through a
/// buffer, so no array is shared between threads) and read only after all of them finished,
/// hence the unchecked Sendable.
private final class Slots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Analysis>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: Analysis())
    }
    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
    subscript(i: Int) -> Analysis {
        get { buffer[i] }
        set { buffer[i] = newValue }
    }
    var all: UnsafeMutableBufferPointer<Analysis> { buffer }
}
