import LedeCorpus
import LedeExtract
import LedeStore

/// The session's store (`--store`, `open`, `cache clear`): loads read unchanged files' articles
/// from it, and analyses found in it are read instead of extracted.
extension Session {
    /// Articles extracted between writes to the store: a session killed mid-extraction loses at
    /// most one batch, and each write is one transaction.
    static let storeBatch = 2_000

    /// Uses the store at `location` (an SQLite file, made when missing, or a `postgresql://` URL)
    /// from now on.
    public func use(store location: String) throws(Diagnostic) {
        do {
            store = try CorpusStore(location, extractor: extractorFingerprint)
        } catch {
            throw Diagnostic(.error, "\(error)", help: "name another store, or start lede with --no-cache")
        }
    }

    /// `lede extract`: loads the files of `patterns` whose bytes fall in `slice` through the
    /// store and analyses their articles, reading what the store holds and storing the rest.
    /// Returns the load's report and how many articles were extracted.
    public func extract(_ patterns: [String], slice: LoadSlice?) throws(Diagnostic) -> (report: LoadReport, extracted: Int) {
        let report = corpus.load(patterns, cancellation: cancellation, cache: store, slice: slice, progress: loadProgress)
        if report.interrupted { throw Interrupted.diagnostic }
        return (report, try analyseMissing())
    }

    /// `open "corpus.db"`: uses the store and adds the articles it holds to the session.
    func open(_ pathExpr: Expr, context: CheckContext, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let location = try constantText(pathExpr, context: context, what: "a store (a file name or a postgresql:// URL)")
        guard sandbox == nil else {
            throw context.error("`open` is not available in the sandbox", at: pathExpr.span, help: "`load` the articles instead")
        }
        do {
            let opened = try CorpusStore(location, extractor: extractorFingerprint)
            let articles = try opened.allArticles()
            store = opened
            queryInStore()
            let added = articles.filter { corpus.add($0) }.count
            emit(.status("opened \(opened.name): \(LoadReport.grouped(added)) articles added (\(LoadReport.grouped(articles.count)) in the store)"))
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw context.error("\(error)", at: pathExpr.span, help: "a store is a file `open` made or a new file name, or a postgresql:// URL")
        }
    }

    /// `cache clear`: forgets every article and analysis the store holds, and the query tables
    /// made from them; the session keeps its own.
    func clearStore(at span: SourceSpan, context: CheckContext, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        guard let store else {
            throw context.error("there is no store to clear", at: span, help: "lede was started with --no-cache; `open \"FILE.db\"` names one")
        }
        try (sqlBackend ?? SQLBackend(database: store.database)).dropQueryTables()
        do {
            let counts = try store.counts()
            try store.clear()
            emit(.status("cleared \(store.name): \(LoadReport.grouped(counts.articles)) articles and \(LoadReport.grouped(counts.analyses)) analyses forgotten"))
        } catch {
            throw context.error("\(error)", at: span)
        }
    }

    /// Fills in the analyses the store holds for the articles at `indices`; returns the indices
    /// still missing.
    func readStored(_ indices: [Int]) throws(Diagnostic) -> [Int] {
        guard let store else { return indices }
        let articles = corpus.articles
        do {
            let stored = try store.analyses(indices.map { articles[$0] })
            for (index, analysis) in zip(indices, stored) {
                if let analysis { analysisCache[index] = analysis.sharingSentenceText(with: articles[index].body) }
            }
            return zip(indices, stored).filter { $0.1 == nil }.map(\.0)
        } catch {
            throw storeFailed(error)
        }
    }

    /// Writes the analyses just made for the articles at `indices`.
    func keepInStore(_ indices: [Int]) throws(Diagnostic) {
        guard let store else { return }
        let articles = corpus.articles
        let made = indices.compactMap { index in analysisCache[index].map { (article: articles[index], analysis: $0) } }
        do {
            try store.save(analyses: made)
        } catch {
            throw storeFailed(error)
        }
    }

    /// A store that fails is let go, so the session goes on; the analyses made stay in memory.
    private func storeFailed(_ error: any Error) -> Diagnostic {
        store = nil
        return Diagnostic(.error, "\(error)", help: "the session goes on without a store: run the query again, or `open` another store")
    }
}
