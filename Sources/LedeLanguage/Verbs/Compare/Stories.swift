import LedeCorpus

/// `stories [by FIELD | by text] [window DAYS] [with THRESHOLD, one_per_outlet]`: groups the articles
/// that cover the same event across outlets. A shared key wins when the data has one (BASIL's
/// `triplet-uuid`, or a field named with `by`); otherwise, or with `by text`, headline and body
/// similarity within a few days (see `StoryClustering`).
///
/// Each story row carries all its articles in its origin (`RowOrigin.members`), so
/// `stories | take 1 | compare outlets` compares one story's coverage.
struct Stories: Verb {
    /// Article fields that name a story when a source has one.
    static let keyFields = ["triplet-uuid", "story_id", "story", "event_id"]

    let help = HelpEntry(.verb, "stories", syntax: "stories [by FIELD | by text] [window DAYS] [with THRESHOLD, one_per_outlet]",
                         summary: "Group articles covering the same event: by a shared key field when there is one, else by headline and body similarity within DAYS (3).",
                         examples: ["stories",
                                    "stories by text window 4 | select story, outlets, articles, headline",
                                    "stories | take 1 | compare outlets by articles, quotes",
                                    "articles | where outlet ~ \"Ledger\" | stories by text with 0.2"])

    static let schema = Schema([
        Column("story", .text, "the story's key, or S1, S2, ... for stories found by text"),
        Column("outlets", .text, "the outlets that cover it"),
        Column("outlet_count", .number, "how many outlets cover it"),
        Column("articles", .number, "how many articles it has"),
        Column("first", .date, "date of its first article"),
        Column("last", .date, "date of its last article"),
        Column("headline", .text, "the most typical headline of its articles"),
    ])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["by", "window", "with"], context, usage: help.syntax)
        if let extra = stage.items.first {
            throw context.error("`stories` takes no arguments before its clauses", at: extra.span, help: "usage: \(help.syntax)")
        }
        var clustering = StoryClustering()
        if let window = stage.clause("window") {
            clustering.windowDays = try stage.count(window.items.first, context, usage: help.syntax)
        }
        for item in stage.clause("with")?.items ?? [] {
            if case .literal(.number(let x)) = item.expr.kind, x > 0, x <= 1 {
                clustering.threshold = x
            } else if item.expr.fieldName == "one_per_outlet" {
                clustering.onePerOutlet = true
            } else {
                throw context.error("expected a similarity threshold between 0 and 1 or `one_per_outlet`", at: item.span,
                                    help: "e.g. stories by text with 0.2, one_per_outlet")
            }
        }
        var key: ArticleExprs?
        var forceText = false
        if let by = stage.clause("by") {
            guard by.items.count == 1 else {
                throw context.error("`stories by` takes one field, or `text`", at: by.span, help: "usage: \(help.syntax)")
            }
            if by.items[0].expr.fieldName == "text" { forceText = true } else { key = ArticleExprs(items: by.items) }
        }
        try key?.check(input: input, context: context)
        let span = stage.nameSpan
        let settings = clustering
        return Step(Self.schema) { table, run throws(Diagnostic) in
            let scope = try ArticleScope.of(table, verb: "stories", at: span, context: context)
            let all = run.articles
            var chosenKey = key
            if chosenKey == nil, !forceText {
                let fields = Set(all.flatMap { $0.extra.map(\.key) })
                if let field = Self.keyFields.first(where: fields.contains) {
                    let present = scope.articles.filter { all[$0].extra.contains { $0.key == field && !$0.value.isEmpty } }.count
                    if present * 2 >= scope.articles.count {
                        chosenKey = ArticleExprs(items: [Item(expr: Expr(.field(field), span), alias: nil, descending: false, span: span)])
                    }
                }
            }
            var groups: [(id: String?, members: [Int])] = []
            if let chosenKey {
                let (labels, members) = try chosenKey.group(scope.articles, run, context: context)
                for (label, m) in zip(labels, members) {
                    if label[0].isNull { groups += m.map { (nil, [$0]) } } else { groups.append((label[0].plain, m)) }
                }
            } else {
                let clusters = try settings.clusters(scope.articles.map { all[$0] }, stopWords: run.stopWords, cancellation: run.cancellation)
                groups = clusters.map { (nil, $0.map { scope.articles[$0] }) }
            }
            // Biggest stories first, then by date; stories without a key are numbered in that order.
            func first(_ m: [Int]) -> Day? { m.compactMap { all[$0].date }.min() }
            groups.sort { x, y in
                if x.members.count != y.members.count { return x.members.count > y.members.count }
                let (a, b) = (first(x.members), first(y.members))
                if a != b { return b == nil || (a != nil && a! < b!) }
                return x.members[0] < y.members[0]
            }
            var rows: [[Value]] = []
            var origins: [RowOrigin] = []
            var number = 0
            for (s, group) in groups.enumerated() {
                let members = group.members.sorted { (all[$0].date?.ordinal ?? .max, $0) < (all[$1].date?.ordinal ?? .max, $1) }
                var outlets: [String] = []
                for a in members {
                    if let o = all[a].outlet, !outlets.contains(where: { $0.lowercased() == o.lowercased() }) { outlets.append(o) }
                }
                outlets.sort { $0.lowercased() < $1.lowercased() }
                let dates = members.compactMap { all[$0].date }
                let id: String
                if let key = group.id { id = key } else { number += 1; id = "S\(number)" }
                rows.append([.text(id), .text(outlets.joined(separator: ", ")), Value(outlets.count), Value(members.count),
                             Value(dates.min()), Value(dates.max()), Value(Self.typicalHeadline(members.map { all[$0] }, stopWords: run.stopWords))])
                origins.append(RowOrigin(.story, article: members[0], item: s, members: members))
            }
            return Table(Self.schema, rows: rows, origins: origins)
        }
    }

    /// The headline sharing the most content words with the story's other headlines.
    static func typicalHeadline(_ articles: [Article], stopWords: StopWords) -> String? {
        let words = articles.map { Set(Tokenizer.tokens($0.headline ?? "").filter(stopWords.isContent).map(\.norm)) }
        var best: (score: Int, index: Int)?
        for (i, a) in articles.enumerated() where a.headline?.isEmpty == false {
            let score = words.indices.reduce(0) { $0 + ($1 == i ? 0 : words[i].intersection(words[$1]).count) }
            if score > best?.score ?? -1 { best = (score, i) }
        }
        return best.flatMap { articles[$0.index].headline }
    }
}
