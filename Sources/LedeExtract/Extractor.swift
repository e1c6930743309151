import LedeCorpus

/// Reads sentences, quotes, figures, sources, hedges and mentions out of articles.
public struct Extractor: Sendable {
    public init() {}

    /// Analyses one article. Pure: the same article always gives the same analysis.
    public func analyze(_ article: Article) -> Analysis {
        Analysis()
    }
}
