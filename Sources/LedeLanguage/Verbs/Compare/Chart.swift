import LedeCorpus

/// `chart [LABEL,] [VALUE]`: draws the result in the terminal: horizontal bars for a label and a
/// number (`articles | group by outlet | count | chart`), a sparkline per group for a `timeline`.
///
/// The chart is a table whose schema is marked `isText`: one text column `chart` whose rows are
/// the drawn lines, printed bare by the table format (and written as a one-column table by the
/// data formats). So a chart flows through `let`, `export` and the REPL like any result, and the
/// data behind it (`ChartData`) stays separate from the drawing (`ChartText`).
struct Chart: Verb {
    let help = HelpEntry(.verb, "chart", syntax: "chart [LABEL,] [VALUE]",
                         summary: "Draw bars of a label and a number (or a sparkline per group of a timeline) in the terminal.",
                         examples: ["articles | group by outlet | count | chart",
                                    "compare outlets | chart outlet, quotes_per_article",
                                    "timeline by day, outlet | chart"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses([], context, usage: help.syntax)
        guard stage.items.count <= 2 else { throw context.error("`chart` takes a label and a value", at: stage.items[2].span, help: "usage: \(help.syntax)") }
        var names: [String] = []
        for item in stage.items {
            guard let name = item.expr.fieldName, input.index(of: name) != nil else {
                throw context.error("expected a column name", at: item.span, help: "the columns here are: " + input.names.joined(separator: ", "))
            }
            names.append(name)
        }
        let label = names.count == 2 ? names[0] : nil
        let value = names.last
        if let value, let type = input[value]?.type, !type.fits(.number) {
            throw context.error("`\(value)` is \(type.withArticle), not a number", at: stage.items.last?.span ?? stage.span,
                                help: "chart LABEL, NUMBER")
        }
        if value == nil, !input.columns.contains(where: { $0.type == .number }) {
            throw context.error("nothing to chart: no number column", at: stage.nameSpan, help: "e.g. articles | group by outlet | count | chart")
        }
        var schema = Schema([Column("chart", .text, "a line of the chart")])
        schema.isText = true
        let output = schema
        return Step(output) { table, _ in
            guard let data = ChartData.from(table, label: label, value: value) else { return Table(output) }
            var chart = Table(output, rows: ChartText.lines(data).map { [.text($0)] })
            chart.chart = data
            return chart
        }
    }
}
