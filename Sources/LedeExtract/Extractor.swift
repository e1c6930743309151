import LedeCorpus

/// Reads sentences, quotes, figures, sources, hedges and mentions out of articles.
public struct Extractor: Sendable {
    /// Bumped whenever the same article and lexicons give a different `Analysis` (or its fields
    /// change): a store keys analyses by it and extracts again rather than read older ones.
    public static let version = 2

    let vocabulary: Vocabulary
    let figures: FigureReader
    let hedges: HedgeFinder

    /// - Parameter lexicons: word lists to use; `Lexicons.load(overrides:)` for a user's own.
    public init(lexicons: Lexicons = .standard) {
        vocabulary = Vocabulary(lexicons)
        figures = FigureReader(lexicons: lexicons.figures)
        hedges = HedgeFinder(lexicon: lexicons.figures)
    }

    /// Analyses one article. Pure: the same article always gives the same analysis.
    /// One step per table; quotes come before figures, which credit a quote's speaker.
    public func analyze(_ article: Article) -> Analysis {
        let document = Document(article, vocabulary)
        var analysis = Analysis()
        analysis.sentences = document.sentences
        let (mentions, names) = MentionFinder(document: document, vocabulary: vocabulary).find()
        analysis.mentions = mentions
        analysis.quotes = quotes(document, names, mentions)
        // Figures and hedges read the same number-reader tokens of each sentence.
        let scanned = ScannedSentence.all(document.text.scalars, sentences: analysis.sentences, paragraphs: article.paragraphs)
        analysis.figures = figures.read(scanned, quotes: analysis.quotes).map { figure in
            var f = figure
            if let text = f.claimant, let at = f.claimantSpan?.start { f.claimant = names.claimant(text, at: at, vocabulary: vocabulary) }
            return f
        }
        analysis.sources = SourceFinder(document: document, vocabulary: vocabulary).sources(analysis.quotes)
        analysis.hedges = hedges.find(scanned)
        return analysis
    }

    /// Quotes found by their marks and reported speech, assembled into one row per act of speech.
    private func quotes(_ document: Document, _ names: NameResolver, _ mentions: [Mention]) -> [Quote] {
        var titles: [String: String] = [:]
        for m in mentions where titles[m.name] == nil { titles[m.name] = m.title }
        let spans = QuoteSpans.find(document.text, document.paragraphs)
        var speakers = names
        speakers.removeReferences(inside: spans)
        let quoteMarks = QuoteAttributor(document: document, vocabulary: vocabulary, names: speakers, titles: titles)
        let marked = quoteMarks.quotes(spans)
        let attributor = quoteMarks.hearing(marked)
        let reported = IndirectQuoteFinder(document: document, vocabulary: vocabulary, attributor: attributor).quotes(besides: marked)
        return QuoteAssembly(document: document, attributor: attributor.hearing(reported)).assemble(marked: marked, reported: reported)
    }
}
