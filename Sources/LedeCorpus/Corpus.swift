import Dispatch
import Foundation

/// The articles of a session, in load order. Several loads accumulate; byte-identical articles
/// are kept once.
public struct Corpus: Sendable {
    public private(set) var articles: [Article] = []
    private var seen: Set<Fingerprint> = []
    /// The first spelling of each outlet name: sources mix "nyt" and "NYT" for one outlet.
    private var outlets: [String: String] = [:]

    public init() {}

    /// Loads files, folders (recursive), globs (`*`, `**`, `?`) and `.gz` files. Bad input never stops
    /// a load: each problem is reported with its path and position and the rest loads.
    /// - Parameters:
    ///   - metadata: a CSV/TSV table joined to text files by file name (PolNeAR's `metadata.tsv`).
    ///     Without it, a `metadata.tsv` or `index.csv` near each text file is attached when it has
    ///     a row for the file.
    ///   - progress: called from the loading threads as each file finishes.
    public mutating func load(_ patterns: [String], metadata: String? = nil,
                              access: FileAccess = .unrestricted, cancellation: Cancellation = .never,
                              progress: (@Sendable (LoadProgress) -> Void)? = nil) -> LoadReport {
        let started = Date()
        var report = LoadReport()
        let expansion = PathExpander.expand(patterns, access: access, cancellation: cancellation)
        report.skipped = expansion.problems
        report.leftOut = expansion.leftOut
        report.notes = expansion.notes
        if expansion.interrupted {
            report.interrupted = true
            return report
        }
        let files = expansion.files

        let given = metadata.flatMap { MetadataTable.load($0, access: access, problems: &report.skipped) }
        let tables = Self.tables(for: files, given: given, askedFor: metadata != nil, access: access)

        // Files load in parallel; results land in their own slot so the merge keeps file order.
        let results = LoadedFiles(count: files.count)
        let counter = LoadCounter(totalFiles: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            guard !cancellation.isCancelled else { return }
            guard let loaded = FileLoader.load(files[i], metadata: tables[i], access: access, cancellation: cancellation) else { return }
            results[i] = loaded
            if let progress { progress(counter.add(loaded)) }
        }

        var attached: [String] = []
        for i in files.indices {
            guard let loaded = results[i] else { report.interrupted = true; break }
            report.files += 1
            report.bytes += loaded.bytes
            report.skipped += loaded.skipped
            report.notes += loaded.notes
            if let table = loaded.attachedTable, !attached.contains(table) {
                attached.append(table)
                report.notes.append(Diagnostic(.note, "attached metadata from \(table)",
                                               at: SourceSpan(file: table, line: 1, column: 1)))
            }
            for (var article, content) in loaded.articles {
                if seen.insert(content).inserted {
                    if let outlet = article.outlet {
                        article.outlet = outlets[outlet.lowercased(), default: outlet]
                        outlets[outlet.lowercased()] = article.outlet
                    }
                    articles.append(article)
                    report.articles += 1
                } else {
                    report.duplicates.append(article.path)
                }
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Adds the articles in bytes already in memory, read as the format `path`'s extension says
    /// (`a.json`, `b.csv`): a seam for fuzzing the loaders without touching the disk.
    public mutating func load(bytes: [UInt8], path: String) -> LoadReport {
        var report = LoadReport()
        guard let loaded = FileLoader.load(bytes, path: path, metadata: nil) else { return report }
        report.files = 1
        report.skipped = loaded.skipped
        report.notes = loaded.notes
        for (article, _) in loaded.articles where add(article) { report.articles += 1 }
        return report
    }

    /// The metadata table for each file: the one given, or one found next to a text file.
    private static func tables(for files: [String], given: MetadataTable?, askedFor: Bool, access: FileAccess) -> [MetadataTable?] {
        var cache: [String: MetadataTable?] = [:]
        return files.map { path in
            guard ["txt", "md"].contains(PathExpander.format(of: path)) else { return nil }
            return askedFor ? given : MetadataTable.nearby(path, access: access, cache: &cache)
        }
    }

    /// Adds one article already read (by a reader of another format, or a test); false when the
    /// same article is already in the corpus.
    @discardableResult
    public mutating func add(_ article: Article) -> Bool {
        guard seen.insert(Fingerprint(Array((article.id + "\u{0}" + article.body).utf8))).inserted else { return false }
        articles.append(article)
        return true
    }

    public mutating func removeAll() {
        articles.removeAll()
        seen.removeAll()
        outlets.removeAll()
    }
}

/// One slot per file, each written by exactly one `concurrentPerform` iteration and read only
/// after all of them finished. The slots live behind a pointer so that writes to different slots
/// never touch shared state (an Array's copy-on-write check would); hence the unchecked Sendable.
private final class LoadedFiles: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<LoadedFile?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    subscript(i: Int) -> LoadedFile? {
        get { slots[i] }
        set { slots[i] = newValue }
    }
}
