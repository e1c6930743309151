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
            let results = ResultSlots<Analysis>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                guard !cancellation.isCancelled else { return }
                let article = articles[batch[i]]
                results.set(i, analyze(article))
                counter.add(bytes: article.body.utf8.count)
            }
            // Keep what finished, so an interrupted query does not redo it next time.
            for (i, index) in batch.enumerated() { analysisCache[index] = results.get(i) }
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
            let readings = ResultSlots<WordIndex.Reading>(count: batch)
            DispatchQueue.concurrentPerform(iterations: batch) { i in
                guard !cancellation.isCancelled else { return }
                readings.set(i, WordIndex.read(articles[done + i].body))
            }
            // Bodies are filed in order, so an interrupted pass keeps the run read without a gap.
            for i in 0..<batch {
                guard let reading = readings.get(i) else { break }
                words.add(reading)
            }
            if cancellation.isCancelled { throw Interrupted.diagnostic }
        }
        return words
    }
}

/// Fixed slots written from parallel workers, each slot by exactly one worker.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return slots[i] }
}
