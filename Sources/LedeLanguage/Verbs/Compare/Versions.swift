import LedeCorpus
import LedeExtract

/// `versions`: one story as each outlet told it, side by side: a column per article (named by
/// its outlet) and a row per measure: headline, date, words, quotes and top speakers, figures,
/// hedges, anonymous sources. Reads the articles flowing in (`stories | take 1 | versions`);
/// item rows (`quotes | where ...`) narrow the counts to those items, as in `compare`.
struct Versions: Verb {
    let help = HelpEntry(.verb, "versions", syntax: "versions",
                         summary: "One story side by side, a column per outlet's article: headline, date, words, quotes and top speakers, figures, hedges, anonymous sources.",
                         examples: ["stories | take 1 | versions", "articles | where date <= 2025-09-08 | versions"])

    /// More columns than this no longer read side by side.
    static let maxArticles = 12
    /// Figures listed per article; the rest are counted.
    static let figuresListed = 5

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectNoArguments(context, usage: help.syntax)
        let span = stage.nameSpan
        return Step(Schema([Column("measure", .text)])) { table, run throws(Diagnostic) in
            let scope = try ArticleScope.of(table, verb: "versions", at: span, context: context)
            guard scope.articles.count <= Self.maxArticles else {
                throw context.error("`versions` shows one story, but \(scope.articles.count) articles flow in", at: span,
                                    help: "narrow them first, e.g. stories | take 1 | versions")
            }
            let articles = run.articles
            let analyses = try run.analyses()
            let coverage = try Compare.coverage(of: scope, run)
            var names: [String] = []
            for a in scope.articles {
                let outlet = articles[a].outlet ?? articles[a].file
                var name = outlet
                var n = 1
                while names.contains(where: { $0.lowercased() == name.lowercased() }) { n += 1; name = "\(outlet) #\(n)" }
                names.append(name)
            }
            let columns = scope.articles.map { a in Self.column(a, articles: articles, analyses: analyses, coverage: coverage, scope: scope) }
            let schema = Schema([Column("measure", .text)] + names.map { Column($0, .any, "this outlet's version") })
            let rows = Self.measures.indices.map { m in [Value.text(Self.measures[m])] + columns.map { $0[m] } }
            return Table(schema, rows: rows)
        }
    }

    static let measures = ["headline", "date", "words", "quotes", "top speakers", "figures", "hedges", "anonymous sources"]

    /// One article's values, in the order of `measures`.
    static func column(_ a: Int, articles: [Article], analyses: [Analysis], coverage: CoverageCounts, scope: ArticleScope) -> [Value] {
        let article = articles[a]
        let tally = Compare.Tally([a], articles: articles, coverage: coverage)
        let figures = analyses.indices.contains(a)
            ? analyses[a].figures.indices.filter { scope.includes(.figure, article: a, item: $0) }.map { analyses[a].figures[$0] } : []
        let listed = figures.prefix(figuresListed).map { f in [f.text, f.category].compactMap { $0 }.joined(separator: " ") }
        let more = figures.count > figuresListed ? "; and \(figures.count - figuresListed) more" : ""
        return [Value(article.headline), Value(article.date), Value(article.words), Value(tally.quotes),
                tally.values(.topSpeakers)[0], figures.isEmpty ? Value(0) : .text(listed.joined(separator: "; ") + more),
                Value(tally.hedges), Value(tally.anonymousSources)]
    }
}
