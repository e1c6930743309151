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
    ///   - cache: where articles of files loaded before are kept; an unchanged file's come from it.
    ///   - slice: only the files whose bytes hash into this slice load (`lede extract --shard`);
    ///     they are read even when cached, as the cache cannot tell a file's slice unread.
    ///   - progress: called from the loading threads as each file finishes.
    public mutating func load(_ patterns: [String], metadata: String? = nil,
                              access: FileAccess = .unrestricted, cancellation: Cancellation = .never,
                              cache: (any LoadCache)? = nil, slice: LoadSlice? = nil,
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

        let stamps = cache.map { _ in Self.stamps(files, tables) } ?? []
        var hits: [[(article: Article, content: Fingerprint)]?] = Array(repeating: nil, count: files.count)
        if let cache, slice == nil {
            do {
                var cached = try cache.articles(stamps.compactMap { $0 }).makeIterator()
                for (i, stamp) in stamps.enumerated() where stamp != nil { hits[i] = cached.next() ?? nil }
            } catch {
                report.notes.append(Diagnostic(.warning, "\(error); the files are read instead"))
            }
        }

        // Files load in parallel; results land in their own slot so the merge keeps file order.
        let counter = LoadCounter(totalFiles: files.count)
        let results = parallelMap(files.count) { [hits] i -> LoadedFile? in
            guard !cancellation.isCancelled else { return nil }
            let loaded: LoadedFile
            if let articles = hits[i] {
                loaded = LoadedFile(articles: articles, bytes: Int(stamps[i]?.size ?? 0))
            } else {
                guard let read = FileLoader.load(files[i], metadata: tables[i], access: access, cancellation: cancellation, slice: slice) else { return nil }
                loaded = read
            }
            if let progress { progress(counter.add(loaded)) }
            return loaded
        }
        if let cache {
            // Files with problems or notes are read again next time, so their messages show again.
            let fresh = files.indices.compactMap { i -> (stamp: FileStamp, articles: [(article: Article, content: Fingerprint)])? in
                guard hits[i] == nil, let stamp = stamps[i], let loaded = results[i], !loaded.articles.isEmpty,
                      loaded.skipped.isEmpty, loaded.notes.isEmpty else { return nil }
                return (stamp, loaded.articles)
            }
            do {
                // Also when nothing is fresh: the load is done, which a store's snapshot waits for.
                try cache.save(fresh)
            } catch {
                report.notes.append(Diagnostic(.warning, "\(error); the articles were loaded but not stored"))
            }
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

    /// Each file's stamp, taken in parallel: a cached load of many files is mostly this.
    private static func stamps(_ files: [String], _ tables: [MetadataTable?]) -> [FileStamp?] {
        let directory = FileManager.default.currentDirectoryPath
        return parallelMap(files.count) { FileStamp.of(files[$0], metadata: tables[$0]?.path, directory: directory) }
    }

    /// The metadata table for each file: the one given, or one found next to a text file.
    private static func tables(for files: [String], given: MetadataTable?, askedFor: Bool, access: FileAccess) -> [MetadataTable?] {
        var cache = NearbyTables()
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
