import Foundation
import LedeCorpus
import LedeExtract

/// `compare outlets [by MEASURE, ...]`, `compare by FIELD [with MEASURE, ...]`: one row per
/// outlet (or per value of any article field) with the measures of how it covers the story.
///
/// It works on whatever flows in: `articles | where ...` restricts the articles; item rows
/// (`quotes | where ...`) restrict the items of that kind to those rows and the articles to the
/// ones they come from; a `stories` row stands for all its articles.
struct Compare: Verb {
    enum Measure: String, CaseIterable {
        case articles, words, quotes, speakers, anonymous, official, named
        case outletsCited = "outlets_cited"
        case hedges, figures
        case topSpeakers = "top_speakers"

        var columns: [Column] {
            switch self {
            case .articles: [Column("articles", .number, "articles in the group")]
            case .words: [Column("words", .number, "words in their bodies")]
            case .quotes: [Column("quotes", .number, "quotes"), Column("quotes_per_article", .number, "quotes per article")]
            case .speakers: [Column("speakers", .number, "different named speakers quoted")]
            case .anonymous: [Column("anonymous_pct", .number, "% of quotes from unnamed speakers")]
            case .official: [Column("official_pct", .number, "% of quotes from named speakers with a title (officials)")]
            case .named: [Column("named_sources", .number, "sources cited by name (people, organisations)"),
                          Column("anonymous_sources", .number, "sources cited without a name")]
            case .outletsCited: [Column("outlets_cited", .number, "different outlets cited as sources")]
            case .hedges: [Column("hedges", .number, "hedges"), Column("hedges_per_1k", .number, "hedges per 1,000 words")]
            case .figures: [Column("figures", .number, "figures reported")]
            case .topSpeakers: [Column("top_speakers", .text, "the three most quoted speakers, with their quotes")]
            }
        }

        var needsAnalyses: Bool { self != .articles && self != .words }
    }

    let help = HelpEntry(.verb, "compare", syntax: "compare outlets|FIELD [by MEASURE, ...] | compare by FIELD [with MEASURE, ...]",
                         summary: "One row per outlet (or article field) comparing coverage: articles, words, quotes, speakers, anonymous and official shares, sources, hedges, figures, top speakers.",
                         examples: ["compare outlets",
                                    "compare outlets by quotes, anonymous, hedges",
                                    "quotes | where kind = \"direct\" | compare outlets by quotes, speakers, top_speakers",
                                    "articles | where date <= 2025-09-10 | compare by outlet with articles, words, figures",
                                    "stories | take 1 | compare outlets by articles, quotes"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["by", "with"], context, usage: help.syntax)
        // `compare outlets by MEASURES` or `compare by FIELD [with MEASURES]`.
        var groupItems = stage.items
        var measureItems = stage.clause("with")?.items ?? []
        if groupItems.isEmpty {
            guard let by = stage.clause("by") else {
                throw context.error("`compare` needs what to compare: `outlets` or `by FIELD`", at: stage.nameSpan,
                                    help: "e.g. compare outlets, or compare by bias_text")
            }
            groupItems = by.items
        } else if let by = stage.clause("by") {
            if stage.clause("with") != nil {
                throw context.error("give the measures once, after `by` or after `with`", at: by.span, help: "usage: \(help.syntax)")
            }
            measureItems = by.items
        }
        groupItems = groupItems.map { item in
            var item = item
            if item.expr.fieldName == "outlets" { item.expr = Expr(.field("outlet"), item.expr.span) }
            return item
        }
        var measures: [Measure] = []
        for item in measureItems {
            guard let name = item.expr.fieldName, let m = Measure(rawValue: name) else {
                throw context.error("unknown measure `\(item.expr.fieldName ?? "expression")`", at: item.span,
                                    help: Suggestions.help(for: item.expr.fieldName ?? "", in: Measure.allCases.map(\.rawValue),
                                                           otherwise: "measures: " + Measure.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            if !measures.contains(m) { measures.append(m) }
        }
        if measures.isEmpty { measures = Measure.allCases }
        let keys = ArticleExprs(items: groupItems)
        try keys.check(input: input, context: context)
        let groupColumns = groupItems.map { Column($0.columnName, .any, "the group") }
        let schema = Schema(groupColumns + measures.flatMap(\.columns))
        let chosen = measures
        let span = stage.nameSpan
        return Step(schema) { table, run throws(Diagnostic) in
            let scope = try ArticleScope.of(table, verb: "compare", at: span, context: context)
            let articles = run.articles
            let (labels, members) = try keys.group(scope.articles, run, context: context)
            let coverage = try chosen.contains(where: \.needsAnalyses) ? Self.coverage(of: scope, run) : nil
            var rows: [[Value]] = []
            var scratch = Tally.Scratch(coverage?.names)
            for (label, group) in zip(labels, members) {
                if run.cancellation.isCancelled { throw Interrupted.diagnostic }
                let tally = Tally(group, articles: articles, coverage: coverage, scratch: &scratch)
                rows.append(label + chosen.flatMap { tally.values($0) })
            }
            // The group columns take the type of their values.
            var out = schema
            for c in groupColumns.indices {
                let types = Set(rows.map { $0[c].type }.filter { $0 != .null })
                out.columns[c].type = (types.count == 1 ? types.first : nil) ?? .any
            }
            return Table(out, rows: rows)
        }
    }

    /// What each article holds for the measures: the session's counts of whole articles, with,
    /// for item rows, the items that flow in counted now for the articles they come from.
    static func coverage(of scope: ArticleScope, _ run: RunContext) throws(Diagnostic) -> CoverageCounts {
        let all = try run.kept(CoverageCounts.self) { () throws(Diagnostic) in CoverageCounts(try run.analyses()) }
        guard scope.itemKind != nil else { return all }
        return all.counting(only: scope, in: try run.analyses())
    }

    /// The counts behind the measures for one group of articles.
    struct Tally {
        var articles = 0, words = 0
        var quotes = 0, anonymousQuotes = 0, officialQuotes = 0
        /// The group's speakers in order of first quote: number, quotes, and the number of
        /// their first spelling.
        var speakers: [(key: Int, quotes: Int, spelling: Int)] = []
        var names = CoverageCounts.Names()
        var namedSources = 0, anonymousSources = 0
        var outletsCited = 0
        var hedges = 0, figures = 0

        /// Per speaker and per cited outlet number, what the group being added up holds so far,
        /// shared by a `compare`'s groups and reset after each: adding up then touches arrays,
        /// not hash tables, which at 85,000 articles was most of a `compare`.
        struct Scratch {
            /// Where each speaker is in `Tally.speakers`, or -1.
            var speakerAt: [Int]
            var outletSeen: [Bool]
            var outlets: [Int] = []

            init(_ names: CoverageCounts.Names?) {
                speakerAt = Array(repeating: -1, count: names?.speakers.names.count ?? 0)
                outletSeen = Array(repeating: false, count: names?.outlets.names.count ?? 0)
            }
        }

        /// Adds up the articles of one group with scratch space of its own.
        init(_ group: [Int], articles: [Article], coverage: CoverageCounts?) {
            var scratch = Scratch(coverage?.names)
            self.init(group, articles: articles, coverage: coverage, scratch: &scratch)
        }

        /// Adds up the articles of `group`: only articles and words without `coverage` (when
        /// the measures need no extraction).
        init(_ group: [Int], articles all: [Article], coverage: CoverageCounts?, scratch: inout Scratch) {
            names = coverage?.names ?? names
            for a in group {
                articles += 1
                words += all[a].words
                guard let coverage, coverage.articles.indices.contains(a) else { continue }
                let counts = coverage.articles[a]
                quotes += counts.quotes
                anonymousQuotes += counts.anonymousQuotes
                officialQuotes += counts.officialQuotes
                for s in counts.speakers where scratch.speakerAt.indices.contains(s.key) {
                    if scratch.speakerAt[s.key] < 0 {
                        scratch.speakerAt[s.key] = speakers.count
                        speakers.append((s.key, 0, s.spelling))
                    }
                    speakers[scratch.speakerAt[s.key]].quotes += s.quotes
                }
                namedSources += counts.namedSources
                anonymousSources += counts.anonymousSources
                for o in counts.outletsCited where scratch.outletSeen.indices.contains(o) && !scratch.outletSeen[o] {
                    scratch.outletSeen[o] = true
                    scratch.outlets.append(o)
                }
                hedges += counts.hedges
                figures += counts.figures
            }
            outletsCited = scratch.outlets.count
            for s in speakers { scratch.speakerAt[s.key] = -1 }
            for o in scratch.outlets { scratch.outletSeen[o] = false }
            scratch.outlets.removeAll(keepingCapacity: true)
        }

        func values(_ m: Measure) -> [Value] {
            func share(_ n: Int) -> Value { quotes == 0 ? .null : .number((100 * Double(n) / Double(quotes)).rounded(places: 1)) }
            switch m {
            case .articles: return [Value(articles)]
            case .words: return [Value(words)]
            case .quotes: return [Value(quotes), articles == 0 ? .null : .number((Double(quotes) / Double(articles)).rounded(places: 2))]
            case .speakers: return [Value(speakers.count)]
            case .anonymous: return [share(anonymousQuotes)]
            case .official: return [share(officialQuotes)]
            case .named: return [Value(namedSources), Value(anonymousSources)]
            case .outletsCited: return [Value(outletsCited)]
            case .hedges: return [Value(hedges), words == 0 ? .null : .number((1000 * Double(hedges) / Double(words)).rounded(places: 2))]
            case .figures: return [Value(figures)]
            case .topSpeakers:
                // The most quoted first, then by name; only three are kept while reading.
                var top: [(name: String, quotes: Int, spelling: Int)] = []
                for s in speakers {
                    let entry = (name: names.speakers.names[s.key], quotes: s.quotes, spelling: s.spelling)
                    let at = top.firstIndex { entry.quotes != $0.quotes ? entry.quotes > $0.quotes : entry.name < $0.name } ?? top.count
                    guard at < 3 else { continue }
                    top.insert(entry, at: at)
                    if top.count > 3 { top.removeLast() }
                }
                return [top.isEmpty ? .null : .text(top.map { "\(names.spellings.names[$0.spelling]) (\($0.quotes))" }.joined(separator: ", "))]
            }
        }
    }
}
