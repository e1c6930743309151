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
        return Step(input) { table, context throws(Diagnostic) in
            var keep: [Int] = []
            for (i, row) in table.rows.enumerated() where condition.eval(row).bool == true {
                if i & 4095 == 0, context.cancellation.isCancelled { throw Interrupted.diagnostic }
                keep.append(i)
            }
            return table.selecting(keep)
        }
    }
}
