import Foundation
import LedeCorpus
import LedeExtract

extension Session {
    /// Extracts every article not yet analysed, in parallel, and returns all analyses in article
    /// order, with people under the names the whole corpus gives them. Extraction is lazy:
    /// `load` stays fast and only a query on a derived table pays. The word index is not built
    /// here but by the verbs that read it (`wordIndex()`): analyses read back from a store would
    /// otherwise wait for every body to be tokenized, which costs more than reading them.
    public func analyses() throws(Diagnostic) -> [Analysis] {
        try analyseMissing()
        let articles = corpus.articles
        if let named = namedAnalyses, named.analyses.count == articles.count { return named.analyses }
        let raw = analysisCache.compactMap { $0 }
        let names = CorpusNames(raw, aliases: aliases)
        let analyses = raw.map(names.applied)
        namedAnalyses = (names, analyses)
        return analyses
    }

    /// Analyses the articles that have none yet: those the store holds are read from it, the
    /// rest extracted in parallel, in batches that each land in the store in one transaction, so
    /// a session stopped part-way keeps, and has stored, every batch it finished. Returns how
    /// many were extracted.
    @discardableResult
    public func analyseMissing() throws(Diagnostic) -> Int {
        let articles = corpus.articles
        if analysisCache.count < articles.count {
            analysisCache += Array(repeating: nil, count: articles.count - analysisCache.count)
        }
        var missing = analysisCache.indices.filter { analysisCache[$0] == nil }
        if missing.count > extractionLimit { throw Self.notExtracted }
        if store != nil { missing = try readStored(missing) }
        let analyze = self.analyze
        let cancellation = self.cancellation
        let counter = ProgressCounter(total: missing.count, report: extractionProgress)
        let batchSize = store == nil ? max(missing.count, 1) : Self.storeBatch
        for start in stride(from: 0, to: missing.count, by: batchSize) {
            let batch = Array(missing[start..<min(start + batchSize, missing.count)])
            let results = parallelMap(batch.count) { i -> Analysis? in
                guard !cancellation.isCancelled else { return nil }
                let article = articles[batch[i]]
                defer { counter.add(bytes: article.body.utf8.count) }
                return analyze(article).sharingSentenceText(with: article.body)
            }
            // Keep what finished, so an interrupted query does not redo it next time.
            for (i, index) in batch.enumerated() { analysisCache[index] = results[i] }
            if store != nil { try keepInStore(batch) }
            if cancellation.isCancelled { throw Interrupted.diagnostic }
        }
        return missing.count
    }

    static let notExtracted = Diagnostic(.error, "the articles are not extracted yet")

    public func names() throws(Diagnostic) -> CorpusNames {
        _ = try analyses()
        return namedAnalyses?.names ?? CorpusNames([], aliases: aliases)
    }

    /// The words of every loaded body, reading in parallel those added since the last call:
    /// each worker files a run of bodies into an index of its own (`WordIndex.run`), merged
    /// in order. Runs are read a batch at a time, so an interrupted pass keeps what it merged.
    public func wordIndex() throws(Diagnostic) -> WordIndex {
        let articles = corpus.articles
        let cancellation = self.cancellation
        let runLength = 512, batchLength = 8192
        while words.bodies.count < articles.count {
            let done = words.bodies.count
            let batch = min(batchLength, articles.count - done)
            let runs = parallelMap((batch + runLength - 1) / runLength) { r in
                let from = done + r * runLength
                return cancellation.isCancelled ? nil : WordIndex.run(articles[from..<min(from + runLength, done + batch)].map(\.body))
            }
            // Runs are merged in order, so an interrupted pass keeps the bodies read without a gap.
            for run in runs {
                guard let run else { break }
                words.append(run)
            }
            if cancellation.isCancelled { throw Interrupted.diagnostic }
        }
        return words
    }
}
