import LedeCorpus
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
        // Fields are read in place (`quotes[i].speaker`): copying each whole quote was a third
        // of counting.
        let all = analysis.quotes
        for i in all.indices where all[i].kind != .term && scope.includes(.quote, article: article, item: i) {
            quotes += 1
            if all[i].anonymous { anonymousQuotes += 1; continue }
            if let t = all[i].title, !t.isEmpty { officialQuotes += 1 }
            if let name = all[i].speaker, !name.isEmpty {
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
        let sources = analysis.sources
        for i in sources.indices where scope.includes(.source, article: article, item: i) {
            switch sources[i].kind {
            case .person, .organisation: namedSources += 1
            case .anonymous: anonymousSources += 1
            case .outlet:
                let outlet = names.outlets.number(sources[i].name.lowercased())
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
        // Runs of articles are counted in parallel, each numbering the names it meets on its
        // own; the runs' numbers are then mapped to the whole's in run order, so names keep their
        // order of first appearance and only each run's distinct names are hashed again.
        let run = 2048
        let parts = parallelMap((analyses.count + run - 1) / run) { r -> (articles: [ArticleCoverage], names: Names) in
            var names = Names()
            let everything = ArticleScope(articles: [], itemKind: nil)
            let articles = (r * run..<min(analyses.count, (r + 1) * run)).map { a in
                ArticleCoverage(analyses[a], article: a, scope: everything, names: &names)
            }
            return (articles, names)
        }
        var names = Names()
        articles = []
        articles.reserveCapacity(analyses.count)
        for case let part? in parts {
            let speakers = part.names.speakers.names.map { names.speakers.number($0) }
            let outlets = part.names.outlets.names.map { names.outlets.number($0) }
            let spellings = part.names.spellings.names.map { names.spellings.number($0, as: ExactValue(.text($0))) }
            for var counts in part.articles {
                counts.speakers = counts.speakers.map { (speakers[$0.key], $0.quotes, spellings[$0.spelling]) }
                counts.outletsCited = counts.outletsCited.map { outlets[$0] }
                articles.append(counts)
            }
        }
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
