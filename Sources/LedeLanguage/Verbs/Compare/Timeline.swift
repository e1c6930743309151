import LedeCorpus

/// `timeline by day|week|month|year [, EXPR, ...]`: counts of the rows flowing in (articles,
/// quotes, kwic lines, anything with a `date`) per period and group, with every period between the
/// first and the last present (zeros included, so charts keep their time axis), and normalised by
/// the group's volume: `share` is the % of the group's rows that fall in the period; for rows that
/// are not articles, `per_100_articles` divides by the group's articles published in the period.
/// Weeks are named by their Monday; rows without a date are left out.
struct Timeline: Verb {
    enum Period: String, CaseIterable {
        case day, week, month, year

        func key(_ d: Day) -> Int {
            switch self {
            case .day: d.ordinal
            case .week: d.ordinal - (d.weekday - 1)
            case .month: d.year * 12 + d.month - 1
            case .year: d.year
            }
        }

        func next(_ k: Int) -> Int { self == .week ? k + 7 : k + 1 }

        /// Periods from key `low` to key `high`, both included.
        func count(from low: Int, to high: Int) -> Int { (high - low) / (self == .week ? 7 : 1) + 1 }

        func label(_ k: Int) -> String {
            switch self {
            case .day, .week: return Day(ordinal: k).description
            case .month:
                let m = k % 12 + 1
                return "\(k / 12)-\(m < 10 ? "0" : "")\(m)"
            case .year: return String(k)
            }
        }
    }

    /// Every period between the first and the last is a row, so dates far apart (a year-1 date
    /// typo beside this year's news) would make millions: past this many, an error says so.
    static let maxPeriods = 100_000

    let help = HelpEntry(.verb, "timeline", syntax: "timeline by day|week|month|year [, EXPR, ...]",
                         summary: "Rows per period (and group), gaps filled with zeros, with each group's share and rows per 100 articles.",
                         examples: ["timeline by day",
                                    "timeline by day, outlet | chart",
                                    "quotes | timeline by day, outlet",
                                    "kwic \"inquiry\" | timeline by week"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["by"], context, usage: help.syntax)
        if let extra = stage.items.first { throw context.error("`timeline` takes its period after `by`", at: extra.span, help: "usage: \(help.syntax)") }
        guard let by = stage.clause("by"), let first = by.items.first, let name = first.expr.fieldName, let period = Period(rawValue: name) else {
            throw context.error("`timeline` needs `by day`, `by week`, `by month` or `by year`", at: stage.clause("by")?.items.first?.span ?? stage.nameSpan,
                                help: "e.g. timeline by month, outlet")
        }
        guard let dateAt = input.index(of: "date"), input.columns[dateAt].type.fits(.date) else {
            throw context.error("`timeline` needs rows with a `date`", at: stage.nameSpan, help: "the fields here are: " + input.names.joined(separator: ", "))
        }
        let groupItems = Array(by.items.dropFirst())
        let compiler = ExprCompiler(schema: input, context: context)
        var groups: [CompiledExpr] = []
        for item in groupItems { groups.append(try compiler.compile(item.expr)) }
        let isArticles = input.table == ArticleTable.name
        var columns = [Column("period", .text, "the \(period.rawValue)")] + zip(groupItems, groups).map { Column($0.columnName, $1.type) }
        columns += [Column("count", .number, "rows in the period"), Column("share", .number, "% of the group's rows in this period")]
        if !isArticles { columns.append(Column("per_100_articles", .number, "rows per 100 of the group's articles in the period")) }
        let schema = Schema(columns)
        let articleGroups = ArticleExprs(items: groupItems)
        let span = stage.nameSpan
        return Step(schema) { table, run throws(Diagnostic) in
            var order: [[Value]] = []
            var counts: [[Value]: [Int: Int]] = [:]
            var labels: [[Value]: [Value]] = [:]
            var low = Int.max, high = Int.min
            for row in table.rows {
                guard case .date(let d) = row[dateAt] else { continue }
                let values = groups.map { $0.eval(row) }
                let key = values.map(ArticleExprs.fold)
                if counts[key] == nil { order.append(key); labels[key] = values }
                let k = period.key(d)
                counts[key, default: [:]][k, default: 0] += 1
                low = min(low, k); high = max(high, k)
            }
            // The articles per group and period, for rows that are not articles; when the groups
            // are not article fields (`quotes | timeline by month, kind`), the period's articles.
            var articleCounts: [[Value]: [Int: Int]] = [:]
            let articleFields = try? articleGroups.compile(run, context: context)
            if !isArticles, !order.isEmpty {
                for (i, a) in run.articles.enumerated() {
                    guard let d = a.date else { continue }
                    let key = articleFields.map { fields in fields.exprs.map { ArticleExprs.fold($0.eval(fields.articles.row(i))) } } ?? []
                    articleCounts[key, default: [:]][period.key(d), default: 0] += 1
                }
            }
            if !order.isEmpty, period.count(from: low, to: high) > Self.maxPeriods {
                throw context.error("`timeline by \(period.rawValue)` from \(period.label(low)) to \(period.label(high)) would have \(LoadReport.grouped(period.count(from: low, to: high))) periods; at most \(LoadReport.grouped(Self.maxPeriods))",
                                    at: span, help: "use a longer period (`by month`, `by year`), or leave out the outlying dates: where date >= 2000-01-01")
            }
            var out: [[Value]] = []
            var k = low
            while k <= high {
                if run.cancellation.isCancelled { throw Interrupted.diagnostic }
                for key in order {
                    let n = counts[key]?[k] ?? 0
                    let total = counts[key]?.values.reduce(0, +) ?? 0
                    var row = [Value.text(period.label(k))] + (labels[key] ?? []) + [Value(n), .number((100 * Double(n) / Double(total)).rounded(places: 1))]
                    if !isArticles {
                        let articles = articleCounts[articleFields == nil ? [] : key]?[k] ?? 0
                        row.append(articles > 0 ? .number((100 * Double(n) / Double(articles)).rounded(places: 1)) : .null)
                    }
                    out.append(row)
                }
                k = period.next(k)
            }
            return Table(schema, rows: out)
        }
    }
}
