import LedeCorpus

/// `disagreements [by KEY, ...] [window DAYS]`: figures for the same thing (by default the same
/// category lemma, claimant and unit) that outlets report differently, side by side:
/// "362 tanks" in one outlet against "360 tanks" in another. Reads figure rows, or the figures
/// of the articles or stories flowing in (`stories | take 1 | disagreements`).
///
/// Each outlet's value is the one it reports most often for the key (the first on a tie); one
/// row per pair of outlets whose values differ. With `window`, the two figures must be dated
/// within DAYS of each other.
struct Disagreements: Verb {
    let help = HelpEntry(.verb, "disagreements", syntax: "disagreements [by EXPR, ...] [window DAYS]",
                         summary: "Figures that outlets report differently for the same category and claimant, side by side.",
                         examples: ["disagreements",
                                    "figures | where unit = null | disagreements by lemma",
                                    "stories | take 1 | disagreements by lemma window 2"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["by", "window"], context, usage: help.syntax)
        if let extra = stage.items.first {
            throw context.error("`disagreements` takes its keys after `by`", at: extra.span, help: "usage: \(help.syntax)")
        }
        let window = try stage.clause("window").map { (c: Clause) throws(Diagnostic) in try stage.count(c.items.first, context, usage: help.syntax) }
        let isFigures = input.table == FigureTable.name
        let schema = isFigures ? input : FigureTable().schema
        let span = stage.nameSpan
        var keyItems = stage.clause("by")?.items ?? []
        if keyItems.isEmpty {
            keyItems = [("lemma", "category"), ("claimant", nil), ("unit", nil)].map { name, alias in
                Item(expr: Expr(.field(name), span), alias: alias, descending: false, span: span)
            }
        }
        let compiler = ExprCompiler(schema: schema, context: context)
        var keys: [CompiledExpr] = []
        for item in keyItems { keys.append(try compiler.compile(item.expr)) }
        guard let valueAt = schema.index(of: "value"), let outletAt = schema.index(of: "outlet"), let textAt = schema.index(of: "text"),
              let dateAt = schema.index(of: "date"), let idAt = schema.index(of: "id") else {
            throw context.error("`disagreements` reads figures: it needs their value, outlet, text, date and id", at: span)
        }
        let output = Schema(zip(keyItems, keys).map { Column($0.columnName, $1.type) } + [
            Column("outlet_a", .text), Column("value_a", .number), Column("outlet_b", .text), Column("value_b", .number),
            Column("difference", .number, "value_b - value_a"),
            Column("text_a", .text), Column("text_b", .text), Column("date_a", .date), Column("date_b", .date),
            Column("id_a", .text), Column("id_b", .text),
        ])
        return Step(output) { table, run throws(Diagnostic) in
            var figures = table
            if !isFigures {
                let scope = try ArticleScope.of(table, verb: "disagreements", at: span, context: context)
                let all = try FigureTable().table(run)
                let wanted = Set(scope.articles)
                // Figure rows that no longer are the figures table (after a select) still count one by one.
                figures = all.selecting(all.origins.indices.filter { i in
                    let origin = all.origins[i]
                    return wanted.contains(origin.article) && scope.includes(.figure, article: origin.article, item: origin.item)
                })
            }
            // key -> outlet (folded) -> rows, both in order of first appearance
            var keyOrder: [[Value]] = []
            var byKey: [[Value]: [(outlet: String, rows: [[Value]])]] = [:]
            for row in figures.rows {
                guard row[valueAt].number != nil, let outlet = row[outletAt].text else { continue }
                let key = keys.map { $0.eval(row) }
                if key.first?.isNull == true { continue }
                let folded = key.map(ArticleExprs.fold)
                if byKey[folded] == nil { keyOrder.append(folded) }
                if let i = byKey[folded]?.firstIndex(where: { $0.outlet.lowercased() == outlet.lowercased() }) {
                    byKey[folded]?[i].rows.append(row)
                } else {
                    byKey[folded, default: []].append((outlet, [row]))
                }
            }
            var rows: [[Value]] = []
            for folded in keyOrder {
                // Each outlet's most reported value, and the first figure that gives it.
                let reports = (byKey[folded] ?? []).map { entry -> (outlet: String, row: [Value]) in
                    var counts: [Double: Int] = [:]
                    for r in entry.rows { if let v = r[valueAt].number { counts[v, default: 0] += 1 } }
                    let best = entry.rows.first { counts[$0[valueAt].number!] == counts.values.max() }!
                    return (entry.outlet, best)
                }.sorted { $0.outlet.lowercased() < $1.outlet.lowercased() }
                for i in reports.indices {
                    for j in reports.indices where j > i {
                        let (a, b) = (reports[i].row, reports[j].row)
                        guard a[valueAt] != b[valueAt] else { continue }
                        if let window, case .date(let da) = a[dateAt], case .date(let db) = b[dateAt],
                           abs(da.ordinal - db.ordinal) > window { continue }
                        let key = keys.map { $0.eval(a) }
                        rows.append(key + [.text(reports[i].outlet), a[valueAt], .text(reports[j].outlet), b[valueAt],
                                           .number((b[valueAt].number ?? 0) - (a[valueAt].number ?? 0)),
                                           a[textAt], b[textAt], a[dateAt], b[dateAt], a[idAt], b[idAt]])
                    }
                }
            }
            return Table(output, rows: rows)
        }
    }
}
