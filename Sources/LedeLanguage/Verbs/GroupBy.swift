import LedeCorpus

/// `group by KEY, ... [with AGGREGATE(...) [as NAME], ...]`: one row per group. Without `with`,
/// the next verb's aggregate runs per group (`group by outlet | count`); at the end of a
/// pipeline a pending group counts its rows.
struct GroupBy: Verb {
    let help = HelpEntry(.verb, "group", syntax: "group by EXPR [as NAME], ... [with AGGREGATE(EXPR) [as NAME], ...]",
                         summary: "Group rows by keys; aggregate per group (count, sum, avg, min, max, median, distinct_count).",
                         examples: ["articles | group by outlet | count",
                                    "articles | group by outlet with count(), avg(words) as mean_words, max(date) as latest",
                                    "quotes | group by outlet, kind | count"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["by", "with"], context, usage: help.syntax)
        guard stage.items.isEmpty, let by = stage.clause("by") else {
            throw context.error("expected `by` after `group`", at: stage.items.first?.span ?? stage.nameSpan,
                                help: "usage: \(help.syntax)")
        }
        // Keys become columns first, so aggregates can name them too.
        if by.items.isEmpty {  // select's own error for an empty list
            _ = try Select().plan(Stage(name: "group", nameSpan: stage.nameSpan, items: [], clauses: [], span: stage.span), input: input, context: context)
        }
        let (keyColumns, keyExprs) = try Select.compile(by.items, input: input, context: context)
        let keyNames = keyColumns.map(\.name)
        let keep = input.columns.indices.filter { !keyNames.contains(input.columns[$0].name) }
        var grouped = Schema(keyColumns + keep.map { input.columns[$0] })
        grouped.groupKeys = keyNames
        // Keys that are fields only put columns first: the rows are then seen through a column
        // map rather than copied. Other keys are computed, into one new row per row.
        let keyFields = by.items.compactMap { $0.expr.fieldName.flatMap(input.index(of:)) }
        let widen: (Table, RunContext) throws(Diagnostic) -> Table = { table, _ in
            if keyFields.count == keyExprs.count {
                return Table(grouped, storage: table.storage.viewing(columns: keyFields + keep), origins: table.origins)
            }
            var rows: [[Value]] = []
            rows.reserveCapacity(table.count)
            for i in 0..<table.count {
                let row = table.row(i)
                var widened: [Value] = []
                widened.reserveCapacity(keyExprs.count + keep.count)
                for key in keyExprs { widened.append(key.eval(row)) }
                for column in keep { widened.append(row[column]) }
                rows.append(widened)
            }
            return Table(grouped, rows: rows, origins: table.origins)
        }
        guard let with = stage.clause("with") else {
            return Step(grouped, run: widen)
        }
        var aggregates: [Planned] = []
        for item in with.items {
            guard case .call(let name, let args) = item.expr.kind, let kind = Aggregate.Kind(rawValue: name), args.count <= 1 else {
                throw context.error("expected an aggregate such as count(), sum(words) or avg(value)", at: item.span,
                                    help: "aggregates: " + Aggregate.Kind.allCases.map { "\($0.rawValue)()" }.joined(separator: ", "))
            }
            aggregates.append(try Aggregate.planned(kind, argument: args.first, name: item.alias, at: item.span,
                                                    input: grouped, context: context))
        }
        let aggregate = Self.aggregating(grouped, keys: keyNames, aggregates: aggregates)
        return Step(aggregate.output) { table, context throws(Diagnostic) in try aggregate.run(try widen(table, context), context) }
    }

    typealias Planned = Aggregate.Planned

    /// Runs aggregates per group of `keys` (or over all rows when there are none), groups in
    /// order of first appearance.
    static func aggregating(_ input: Schema, keys: [String], aggregates: [Planned]) -> Step {
        let keyIndices = keys.compactMap(input.index(of:))
        var output = Schema(keyIndices.map { input.columns[$0] } + aggregates.map(\.column))
        output.isScalar = keys.isEmpty && aggregates.count == 1
        let schema = output
        return Step(schema) { table, _ in
            guard let first = keyIndices.first else {
                let all = Array(0..<table.count)
                return Table(schema, rows: [aggregates.map { $0.run(table, all) }])
            }
            let groups = RowGroups(table, by: first, then: keyIndices.dropFirst())
            return Table(schema, rows: groups.members.map { members in
                // A group's key is its first row's.
                keyIndices.map { table.storage.cell(members[0], $0) } + aggregates.map { $0.run(table, members) }
            })
        }
    }
}
