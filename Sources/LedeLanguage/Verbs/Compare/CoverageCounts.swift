import LedeExtract

/// What `compare` counts in one article: its quotes, speakers, sources, hedges and figures.
/// Speakers and cited outlets are numbered (`CoverageCounts.Names`), so adding up a group of
/// articles adds integers instead of lowercasing and hashing every name again.
struct ArticleCoverage: Sendable {
    var quotes = 0, anonymousQuotes = 0, officialQuotes = 0
    /// Named speakers in order of first quote: their number, quotes, and the number of their
    /// first spelling here.
    var speakers: [(key: Int, quotes: Int, spelling: Int)] = []
    var namedSources = 0, anonymousSources = 0
    /// The outlets cited as sources, each once.
    var outletsCited: [Int] = []
    var hedges = 0, figures = 0

    /// Counts the items of `analysis` (article `article`) that `scope` includes.
    init(_ analysis: Analysis, article: Int, scope: ArticleScope, names: inout CoverageCounts.Names) {
        var speakerAt: [Int: Int] = [:]
        for (i, q) in analysis.quotes.enumerated() where q.kind != .term && scope.includes(.quote, article: article, item: i) {
            quotes += 1
            if q.anonymous { anonymousQuotes += 1; continue }
            if let t = q.title, !t.isEmpty { officialQuotes += 1 }
            if let name = q.speaker, !name.isEmpty {
                let key = names.speakers.number(name.lowercased())
                if let at = speakerAt[key] {
                    speakers[at].quotes += 1
                } else {
                    speakerAt[key] = speakers.count
                    speakers.append((key, 1, names.spellings.number(name, as: ExactValue(.text(name)))))
                }
            }
        }
        var cited = Set<Int>()
        for (i, s) in analysis.sources.enumerated() where scope.includes(.source, article: article, item: i) {
            switch s.kind {
            case .person, .organisation: namedSources += 1
            case .anonymous: anonymousSources += 1
            case .outlet:
                let outlet = names.outlets.number(s.name.lowercased())
                if cited.insert(outlet).inserted { outletsCited.append(outlet) }
            }
        }
        hedges = analysis.hedges.indices.count { scope.includes(.hedge, article: article, item: $0) }
        figures = analysis.figures.indices.count { scope.includes(.figure, article: article, item: $0) }
    }
}

/// Every article's `ArticleCoverage` with all its items, counted once per session (the
/// session keeps it until the articles change): `compare` over whole articles only adds them up.
struct CoverageCounts: Sendable {
    /// Names numbered in order of first appearance, told apart by `Key`.
    struct Numbering<Key: Hashable & Sendable>: Sendable {
        private(set) var names: [String] = []
        private var numbers: [Key: Int] = [:]

        mutating func number(_ name: String, as key: Key) -> Int {
            if let known = numbers[key] { return known }
            numbers[key] = names.count
            names.append(name)
            return names.count - 1
        }
    }

    struct Names: Sendable {
        /// Speakers' and outlets' names lowercased, told apart as `String`s are.
        var speakers = Numbering<String>(), outlets = Numbering<String>()
        /// Speakers' names as written, told apart byte for byte, as they are shown.
        var spellings = Numbering<ExactValue>()
    }

    /// By session article index.
    private(set) var articles: [ArticleCoverage]
    private(set) var names: Names

    init(_ analyses: [Analysis]) {
        var names = Names()
        let everything = ArticleScope(articles: [], itemKind: nil)
        articles = analyses.enumerated().map { a, analysis in ArticleCoverage(analysis, article: a, scope: everything, names: &names) }
        self.names = names
    }

    /// These counts with the articles of `scope` counted again for only its items.
    func counting(only scope: ArticleScope, in analyses: [Analysis]) -> CoverageCounts {
        var counts = self
        for a in scope.articles where analyses.indices.contains(a) && articles.indices.contains(a) {
            counts.articles[a] = ArticleCoverage(analyses[a], article: a, scope: scope, names: &counts.names)
        }
        return counts
    }
}

extension CoverageCounts.Numbering where Key == String {
    mutating func number(_ name: String) -> Int { number(name, as: name) }
}
