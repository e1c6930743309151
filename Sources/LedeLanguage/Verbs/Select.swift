import LedeCorpus

/// `select FIELD, EXPR as NAME, ...`: keeps and computes columns.
struct Select: Verb {
    /// `*`: all the fields of the input, in order.
    static let everyField = "*"

    let help = HelpEntry(.verb, "select", syntax: "select EXPR [as NAME], ... | select *",
                         summary: "Keep the listed fields and computed columns, in that order; `select *` keeps every field (a table shows its main fields otherwise).",
                         examples: ["quotes | select speaker, cue, text", "quotes | select * | take 1",
                                    "articles | select outlet, words / 100 as hundreds | take 3"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        guard !stage.items.isEmpty else {
            throw context.error("`select` needs at least one field", at: stage.nameSpan,
                                help: "e.g. select " + input.names.prefix(3).joined(separator: ", "))
        }
        try stage.expectClauses([], context, usage: help.syntax)
        let (columns, exprs) = try Self.compile(stage.items, input: input, context: context)
        let compiled = exprs
        return Step(Schema(columns)) { table, _ in
            Table(Schema(columns), rows: table.rows.map { row in compiled.map { $0.eval(row) } }, origins: table.origins)
        }
    }

    /// The columns and compiled expressions of select items (`*` for every field); `group by`
    /// compiles its keys with it too.
    static func compile(_ stageItems: [Item], input: Schema, context: CheckContext) throws(Diagnostic) -> (columns: [Column], exprs: [CompiledExpr]) {
        let compiler = ExprCompiler(schema: input, context: context)
        var columns: [Column] = []
        var exprs: [CompiledExpr] = []
        let items = stageItems.flatMap { item in
            item.expr.fieldName == everyField
                ? input.names.map { Item(expr: Expr(.field($0), item.span), alias: nil, descending: false, span: item.span) }
                : [item]
        }
        for item in items {
            let c = try compiler.compile(item.expr)
            let name = item.columnName
            if columns.contains(where: { $0.name == name }) {
                throw context.error("the column `\(name)` is selected twice", at: item.span, help: "rename one with `as`")
            }
            columns.append(Column(name, c.type, item.expr.fieldName.flatMap { input[$0]?.doc } ?? ""))
            exprs.append(c)
        }
        return (columns, exprs)
    }
}
