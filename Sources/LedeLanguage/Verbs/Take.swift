import LedeCorpus

/// `take N` keeps the first N rows; `skip N` drops them. One type: they differ only in which
/// side of the cut they keep.
struct Take: Verb {
    let keepsFirst: Bool

    var help: HelpEntry {
        keepsFirst
            ? HelpEntry(.verb, "take", syntax: "take N", summary: "Keep the first N rows.",
                        examples: ["articles | take 2 | select headline"])
            : HelpEntry(.verb, "skip", syntax: "skip N", summary: "Drop the first N rows.",
                        examples: ["articles | sort date | skip 8 | select date, headline"])
    }

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses([], context, usage: help.syntax)
        let n = try stage.count(stage.items.first, context, usage: help.syntax)
        let keepsFirst = self.keepsFirst
        return Step(input) { table, _ in
            let cut = min(n, table.count)
            return table.selecting(Array(keepsFirst ? 0..<cut : cut..<table.count))
        }
    }
}

/// `top N by EXPR`: the N rows with the largest values.
struct Top: Verb {
    let help = HelpEntry(.verb, "top", syntax: "top N by EXPR",
                         summary: "The N rows with the largest value of the expression (same as sort desc, then take).",
                         examples: ["figures | top 3 by value | select text, category, claimant",
                                    "quotes | group by speaker | count | top 3 by count"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["by"], context, usage: help.syntax)
        let n = try stage.count(stage.items.first, context, usage: help.syntax)
        guard let by = stage.clause("by"), by.items.count == 1 else {
            throw context.error("`top` needs `by` and one expression", at: stage.nameSpan, help: "usage: \(help.syntax)")
        }
        let key = try ExprCompiler(schema: input, context: context).compile(by.items[0].expr)
        return Step(input) { table, _ in
            table.selecting(Array(Sort.order(table.rows, by: [(key, true)]).prefix(n)))
        }
    }
}
