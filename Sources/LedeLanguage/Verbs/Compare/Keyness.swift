import LedeCorpus

/// `keyness CONDITION [vs CONDITION]`: the words that distinguish one set of articles from another
/// (or from all the others), as corpus linguists measure it: Dunning's log-likelihood G2 (Rayson &
/// Garside's formula; 3.84 is p < 0.05, 10.83 is p < 0.001) and Hardie's Log Ratio as effect size
/// (+1: twice as frequent in A), sorted by G2. `favours` names the side where the word is more frequent.
struct Keyness: Verb {
    let help = HelpEntry(.verb, "keyness", syntax: "keyness CONDITION [as NAME] [vs CONDITION [as NAME]] [with N]",
                         summary: "Words that distinguish articles matching A from those matching B (or the rest): log-likelihood G2 and Log Ratio, sorted by G2.",
                         examples: ["keyness outlet = \"Harbour Daily\" vs outlet = \"Northwind Post\" | take 10",
                                    "keyness outlet ~ \"Ledger\" | where favours = \"Ledger\" | take 5",
                                    "articles | keyness date <= 2025-09-09 as early vs date >= 2025-09-11 as late with 2 | take 5"])

    static let schema = Schema([
        Column("term", .text, "the word or phrase, in lower case"),
        Column("count_a", .number, "occurrences in A"), Column("count_b", .number, "occurrences in B"),
        Column("per_1k_a", .number, "per 1,000 words of A"), Column("per_1k_b", .number, "per 1,000 words of B"),
        Column("g2", .number, "log-likelihood (Dunning); 3.84 is p < 0.05, 6.63 p < 0.01, 10.83 p < 0.001"),
        Column("log_ratio", .number, "binary log of the ratio of relative frequencies A / B (Hardie)"),
        Column("favours", .text, "the side where the term is more frequent"),
    ])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["vs", "with"], context, usage: help.syntax)
        guard stage.items.count == 1 else {
            throw context.error("`keyness` needs one condition for side A", at: stage.items.dropFirst().first?.span ?? stage.nameSpan,
                                help: "e.g. keyness outlet = \"fox\" vs outlet = \"nyt\"")
        }
        let vs = stage.clause("vs")
        if let vs, vs.items.count != 1 { throw context.error("`vs` takes one condition", at: vs.span, help: "usage: \(help.syntax)") }
        let n = try stage.clause("with").map { (c: Clause) throws(Diagnostic) in try stage.count(c.items.first, context, usage: help.syntax) } ?? 1
        guard (1...5).contains(n) else { throw context.error("the phrase length must be 1 to 5 words", at: stage.clause("with")?.span ?? stage.span) }
        let conditions = ArticleExprs(items: stage.items + (vs?.items ?? []))
        try conditions.check(input: input, context: context)
        let names = [Self.name(stage.items[0], otherwise: "A"), vs.map { Self.name($0.items[0], otherwise: "B") } ?? "rest"]
        let span = stage.nameSpan
        return Step(Self.schema) { table, run throws(Diagnostic) in
            let scope = try ArticleScope.of(table, verb: "keyness", at: span, context: context)
            let (exprs, articles) = try conditions.compile(run, context: context)
            for (e, item) in zip(exprs, conditions.items) where !e.type.fits(.bool) {
                throw context.error("expected a condition (true or false), found \(e.type.withArticle)", at: item.span,
                                    help: "e.g. keyness outlet = \"fox\" vs outlet = \"nyt\"")
            }
            var sideA: [Int] = [], sideB: [Int] = []
            for i in scope.articles {
                let row = articles.row(i)
                let inA = exprs[0].eval(row).bool == true
                let inB = exprs.count > 1 ? exprs[1].eval(row).bool == true : !inA
                if inA { sideA.append(i) }
                if inB { sideB.append(i) }
            }
            let index = try run.wordIndex()
            let a = try TermCounts(sideA, of: run.articles, index: index, stopWords: run.stopWords, n: n, cancellation: run.cancellation)
            let b = try TermCounts(sideB, of: run.articles, index: index, stopWords: run.stopWords, n: n, cancellation: run.cancellation)
            let (c, d) = (Double(a.words), Double(b.words))
            var out: [(g2: Double, row: [Value])] = []
            for term in Set(a.counts.keys).union(b.counts.keys) {
                let x = Double(a.counts[term] ?? 0), y = Double(b.counts[term] ?? 0)
                let g2 = LogLikelihood.g2(x, y, c, d)
                let ratio = LogLikelihood.logRatio(x, y, c, d)
                let favours = c > 0 && d > 0 ? (x / c >= y / d ? names[0] : names[1]) : (x > 0 ? names[0] : names[1])
                out.append((g2, [.text(term), .number(x), .number(y),
                                 .number(c > 0 ? (1000 * x / c).rounded(places: 2) : 0), .number(d > 0 ? (1000 * y / d).rounded(places: 2) : 0),
                                 .number(g2.rounded(places: 2)), .number(ratio.rounded(places: 2)), .text(favours)]))
            }
            out.sort { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.row[0] < $1.row[0] }
            return Table(Self.schema, rows: out.map(\.row))
        }
    }

    /// A side's name: its alias, the text in `field = "text"`, or the fallback.
    static func name(_ item: Item, otherwise: String) -> String {
        if let alias = item.alias { return alias }
        if case .binary(let op, _, let r) = item.expr.kind, op == .equal || op == .matches, case .literal(let v) = r.kind, !v.isNull { return v.plain }
        return otherwise
    }
}
