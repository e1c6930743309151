import LedeCorpus

/// `unpivot FIELD, ...`: one row per listed field of each row, with the field's name in `field`
/// and its value in `value`; the other fields stay. Turns a wide table (a column per category,
/// as daily loss reports come) into a long one that can be joined by category.
struct Unpivot: Verb {
    let help = HelpEntry(.verb, "unpivot", syntax: "unpivot FIELD, ...",
                         summary: "One row per listed field, with its name in `field` and its value in `value`: a column per category becomes a row per category.",
                         examples: ["articles | unpivot words, paragraphs | select file, field, value | take 4"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses([], context, usage: help.syntax)
        guard !stage.items.isEmpty else {
            throw context.error("`unpivot` needs the fields to turn into rows", at: stage.nameSpan, help: "usage: \(help.syntax)")
        }
        var turned: [Int] = []
        for item in stage.items {
            guard let name = item.expr.fieldName else {
                throw context.error("expected a field name", at: item.span, help: "usage: \(help.syntax)")
            }
            guard let i = input.index(of: name) else {
                throw context.error("unknown field `\(name)`", at: item.span,
                                    help: Suggestions.help(for: name, in: input.names, otherwise: "the fields here are: " + input.names.map(Lexer.written).joined(separator: ", ")))
            }
            if !turned.contains(i) { turned.append(i) }
        }
        let kept = input.columns.indices.filter { !turned.contains($0) }
        let types = Set(turned.map { input.columns[$0].type })
        let output = Schema(kept.map { input.columns[$0] } + [
            Column("field", .text, "the name of the field the value was in"),
            Column("value", types.count == 1 ? types.first ?? .any : .any, "its value"),
        ])
        if let clash = kept.first(where: { ["field", "value"].contains(input.columns[$0].name) }) {
            throw context.error("`unpivot` makes the fields `field` and `value`, but `\(input.columns[clash].name)` is already here", at: stage.nameSpan,
                                help: "rename it first with select ... as")
        }
        let names = turned.map { Value.text(input.columns[$0].name) }
        return Step(output) { table, _ in
            var rows: [[Value]] = []
            var origins: [RowOrigin] = []
            for (r, row) in table.rows.enumerated() {
                let base = kept.map { row[$0] }
                for (n, i) in turned.enumerated() { rows.append(base + [names[n], row[i]]) }
                if !table.origins.isEmpty { origins += Array(repeating: table.origins[r], count: turned.count) }
            }
            return Table(output, rows: rows, origins: origins)
        }
    }
}
