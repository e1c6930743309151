import LedeCorpus

/// `terms [N] [by EXPR, ...]`: the most frequent words (or phrases of N words) in the bodies of the
/// articles flowing in, stop words left out (`stopwords.txt` in the lexicons), raw and per 1,000
/// words, overall or per group of articles (`terms by outlet`).
struct Terms: Verb {
    let help = HelpEntry(.verb, "terms", syntax: "terms [N] [by EXPR, ...]",
                         summary: "Word (or N-word phrase) frequencies without stop words: count, per 1,000 words, articles; per group with `by`.",
                         examples: ["terms | take 10",
                                    "terms 2 | take 10",
                                    "terms by outlet | where count >= 3",
                                    "articles | where outlet ~ \"Northwind\" | terms | top 5 by per_1k"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["by"], context, usage: help.syntax)
        if stage.items.count > 1 { throw context.error("`terms` takes one number: the phrase length", at: stage.items[1].span, help: "usage: \(help.syntax)") }
        let n = stage.items.isEmpty ? 1 : try stage.count(stage.items[0], context, usage: help.syntax)
        guard (1...5).contains(n) else {
            throw context.error("the phrase length must be 1 to 5 words", at: stage.items[0].span, help: "terms 2 counts two-word phrases")
        }
        let groupItems = stage.clause("by")?.items ?? []
        let keys = ArticleExprs(items: groupItems)
        try keys.check(input: input, context: context)
        let schema = Schema(groupItems.map { Column($0.columnName, .any, "the group") } + [
            Column("term", .text, n == 1 ? "the word, in lower case" : "the phrase, in lower case"),
            Column("count", .number, "occurrences"),
            Column("per_1k", .number, "occurrences per 1,000 words of the group"),
            Column("articles", .number, "articles it occurs in"),
        ])
        let span = stage.nameSpan
        return Step(schema) { table, run throws(Diagnostic) in
            let scope = try ArticleScope.of(table, verb: "terms", at: span, context: context)
            let (labels, members) = groupItems.isEmpty ? ([[]], [scope.articles]) : try keys.group(scope.articles, run, context: context)
            let index = try run.wordIndex()
            var rows: [[Value]] = []
            for (label, group) in zip(labels, members) {
                let counts = try TermCounts(group, of: run.articles, index: index, stopWords: run.stopWords, n: n, cancellation: run.cancellation)
                let sorted = counts.counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                for (term, c) in sorted {
                    rows.append(label + [.text(term), Value(c), .number((1000 * Double(c) / Double(max(counts.words, 1))).rounded(places: 2)),
                                         Value(counts.documents[term] ?? 0)])
                }
            }
            var out = schema
            for c in groupItems.indices {
                let types = Set(rows.map { $0[c].type }.filter { $0 != .null })
                out.columns[c].type = (types.count == 1 ? types.first : nil) ?? .any
            }
            return Table(out, rows: rows)
        }
    }
}
