import LedeCorpus

/// `where CONDITION`: keeps the rows for which the condition is true (null counts as false).
struct Where: Verb {
    let help = HelpEntry(.verb, "where", syntax: "where CONDITION",
                         summary: "Keep the rows where the condition is true.",
                         examples: ["quotes | where speaker ~ \"Brandvold\" | select speaker, text",
                                    "figures | where value >= 1000 and unit = null | select text, category"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        guard stage.items.count == 1, let item = stage.items.first else {
            throw context.error("`where` takes one condition", at: stage.items.dropFirst().first?.span ?? stage.nameSpan,
                                help: "join conditions with `and` / `or`: where outlet = \"fox\" and words > 500")
        }
        try stage.expectClauses([], context, usage: help.syntax)
        let condition = try ExprCompiler(schema: input, context: context).compile(item.expr)
        guard condition.type.fits(.bool) else {
            throw context.error("expected a condition (true or false), found \(condition.type.withArticle)", at: item.span,
                                help: "compare it: e.g. `where words > 500` or `where speaker ~ \"Zhao\"`")
        }
        // A condition on one field is the same for every row holding the same value: it is
        // read once per distinct value of the column and then looked up by code.
        let fields = Set(item.expr.fields.map(\.name))
        let byColumn = fields.count == 1 ? fields.first.flatMap(input.index(of:)) : nil
        return Step(input) { table, context throws(Diagnostic) in
            var keep: [Int] = []
            if let column = byColumn {
                let encoded = table.storage.codes(column)
                var row = [Value](repeating: .null, count: input.columns.count)
                var holds: [Bool] = []
                holds.reserveCapacity(encoded.values.count)
                for (i, value) in encoded.values.enumerated() {
                    if i & 4095 == 0, context.cancellation.isCancelled { throw Interrupted.diagnostic }
                    row[column] = value
                    holds.append(condition.eval(row).bool == true)
                }
                for (i, code) in encoded.codes.enumerated() where holds[Int(code)] { keep.append(i) }
                return table.selecting(keep)
            }
            for i in 0..<table.count where condition.eval(table.row(i)).bool == true {
                if i & 4095 == 0, context.cancellation.isCancelled { throw Interrupted.diagnostic }
                keep.append(i)
            }
            return table.selecting(keep)
        }
    }
}
