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

    /// The words of every loaded body, reading in parallel those added since the last call.
    /// Bodies are read a batch at a time: a body's reading holds a string per word, several
    /// times the size of what the index keeps of it.
    public func wordIndex() throws(Diagnostic) -> WordIndex {
        let articles = corpus.articles
        let cancellation = self.cancellation
        while words.bodies.count < articles.count {
            let done = words.bodies.count
            let batch = min(256, articles.count - done)
            let readings = parallelMap(batch) { i in
                cancellation.isCancelled ? nil : WordIndex.read(articles[done + i].body)
            }
            // Bodies are filed in order, so an interrupted pass keeps the run read without a gap.
            for reading in readings {
                guard let reading else { break }
                words.add(reading)
            }
            if cancellation.isCancelled { throw Interrupted.diagnostic }
        }
        return words
    }
}
