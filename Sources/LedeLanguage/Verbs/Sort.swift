import LedeCorpus

/// `sort KEY [desc], ...`: orders rows; ties keep their order.
struct Sort: Verb {
    let help = HelpEntry(.verb, "sort", syntax: "sort EXPR [desc], ...",
                         summary: "Order the rows by one or more keys (ascending unless `desc`; nulls last).",
                         examples: ["articles | sort date desc, outlet | select date, outlet, headline",
                                    "figures | sort value desc | select text, category | take 5"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        guard !stage.items.isEmpty else {
            throw context.error("`sort` needs a key", at: stage.nameSpan, help: "e.g. sort date desc")
        }
        try stage.expectClauses([], context, usage: help.syntax)
        let compiler = ExprCompiler(schema: input, context: context)
        let keys = try stage.items.map { (item: Item) throws(Diagnostic) in (try compiler.compile(item.expr), item.descending) }
        return Step(input) { table, _ in table.selecting(Self.order(table.rows, by: keys)) }
    }

    /// Row indices in key order; nulls sort last in both directions. Keys that order alike
    /// ("BBC" and "bbc": text orders without case) tie, and the next key decides, as in SQL.
    static func order(_ rows: [[Value]], by keys: [(CompiledExpr, Bool)]) -> [Int] {
        let values = rows.map { row in keys.map { $0.0.eval(row) } }
        return rows.indices.sorted { a, b in
            for (k, key) in keys.enumerated() {
                let x = values[a][k], y = values[b][k]
                if !(x < y) && !(y < x) { continue }
                if x.isNull || y.isNull { return y.isNull }
                return key.1 ? y < x : x < y
            }
            return a < b
        }
    }
}
