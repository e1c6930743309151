import LedeCorpus

/// `distinct [FIELD, ...]`: one row per different value (of the listed fields, or of whole rows).
struct Distinct: Verb {
    let help = HelpEntry(.verb, "distinct", syntax: "distinct [EXPR [as NAME], ...]",
                         summary: "Drop repeated rows; with fields, the different combinations of those fields.",
                         examples: ["quotes | distinct speaker", "articles | select outlet | distinct"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses([], context, usage: help.syntax)
        let projection: Step? = stage.items.isEmpty ? nil : try Select().plan(stage, input: input, context: context)
        let schema = projection?.output ?? input
        return Step(schema) { table, context throws(Diagnostic) in
            let projected = try projection?.run(table, context) ?? table
            let rows = projected.rows
            var seen = Set<[Value]>()
            let keep = rows.indices.filter { seen.insert(rows[$0]).inserted }
            return projection == nil ? projected.selecting(keep) : Table(schema, rows: keep.map { rows[$0] })
        }
    }
}
