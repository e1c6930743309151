import LedeCorpus
import LedeStore

/// The longest prefix of a pipeline that SQL can run exactly as Lede would, and the query that
/// runs it.
struct SQLPushdown {
    /// The query sent: the prefix's columns in Lede's order, then the origins while kept.
    var query: SQLFragment
    /// The schema Lede has after the prefix; the rows come back in it.
    var schema: Schema
    var keepsOrigins: Bool
    /// Stages run in SQL (counting the table's name) and the plan's steps they stand for.
    var stages: Int
    var steps: Int
    /// Whether the query found the articles for the `kwic` that comes next, which cuts its lines in Lede.
    var findsKwicArticles = false
}

/// What a pipeline may read in the database besides the table it starts from, written into
/// the database when a stage first needs it.
struct SQLSources {
    /// The variable or loaded table `join` names, as written; nil when it has no exact SQL form.
    var joined: (String) throws(Diagnostic) -> SQLMaterialisedTable?
    /// Whether the articles' full-text index (`SQLWordTable`) is there for `kwic`.
    var words: () throws(Diagnostic) -> Bool
}

/// Translates a checked pipeline stage by stage until a stage has no exact translation; the
/// rest runs in Lede on the rows SQL returns.
struct SQLPipelineCompiler {
    let dialect: SQLDialect

    /// The pushed-down prefix of `pipeline` (planned as `plan`) over `table`, or nil when not
    /// even its first verb translates. A pipeline opening with `kwic` reads the articles.
    func compile(_ pipeline: Pipeline, plan: PipelinePlanner.Plan, over table: SQLMaterialisedTable,
                 sources: SQLSources) throws(Diagnostic) -> SQLPushdown? {
        let stages = SQLStages(dialect: dialect)
        var relation = SQLRelation.base(table)
        let start = plan.stageOfStep.first == 0 ? 0 : 1
        var done = start
        while done < pipeline.stages.count, let next = try translate(pipeline.stages[done], relation, stages, sources),
              let output = plan.stageOfStep.firstIndex(of: done).map({ plan.steps[$0].output }),
              let checked = Self.matching(next, output) {
            relation = checked
            done += 1
        }
        // A group left waiting at the end counts its rows, as the planner's closing step does.
        if done == pipeline.stages.count, relation.pendingKeys > 0 {
            guard let counted = stages.aggregate(relation, keys: relation.pendingKeys,
                                                 aggregates: [("count", .number, SQLFragment("COUNT(*)"))]) else { return nil }
            relation = counted
        }
        let steps = plan.stageOfStep.prefix { $0 < done }.count
        var findsKwicArticles = false
        if done < pipeline.stages.count, pipeline.stages[done].name == "kwic", plan.stageOfStep.indices.contains(steps),
           plan.stageOfStep[steps] == done, let narrowed = stages.kwicInput(relation, pipeline.stages[done]), try sources.words() {
            relation = narrowed
            findsKwicArticles = true
        }
        guard done > start || findsKwicArticles else { return nil }
        let schema = steps == 0 ? table.layout.schema : plan.steps[steps - 1].output
        guard Self.matching(relation, schema) != nil else { return nil }
        let select = { (alias: String) in relation.columns.indices.map { "\(alias).\(SQLTableLayout.value($0))" } + relation.origins(from: alias) }
        let query = relation.wrapped(names: relation.names, columns: relation.columns, keepsOrigins: relation.keepsOrigins,
                                     select: { a in select(a).map { SQLFragment($0) } },
                                     rest: { a in SQLFragment(" ORDER BY \(a).\(SQLRelation.position)") }).query
        return SQLPushdown(query: query, schema: schema, keepsOrigins: relation.keepsOrigins, stages: done, steps: steps,
                           findsKwicArticles: findsKwicArticles)
    }

    private func translate(_ stage: Stage, _ relation: SQLRelation, _ stages: SQLStages, _ sources: SQLSources) throws(Diagnostic) -> SQLRelation? {
        if let kind = Aggregate.Kind(rawValue: stage.name) {
            guard stage.items.count <= 1, stage.clauses.isEmpty,
                  let (sql, type) = stages.aggregate(kind, stage.items.first?.expr, over: relation) else { return nil }
            // Named as Lede names it; `matching` checks the name against the plan's.
            let item = stage.items.first
            let name = item?.alias ?? (relation.pendingKeys == 0 ? nil : item?.expr.fieldName.map { "\(kind.rawValue)_\($0)" }) ?? kind.rawValue
            return stages.aggregate(relation, keys: relation.pendingKeys, aggregates: [(name, type, sql)])
        }
        if relation.pendingKeys > 0 { return nil }
        switch stage.name {
        case "where": return stages.filter(relation, stage)
        case "select":
            guard stage.clauses.isEmpty, !stage.items.isEmpty else { return nil }
            return stages.project(relation, stage.items)
        case "sort":
            guard stage.clauses.isEmpty, !stage.items.isEmpty else { return nil }
            return stages.sort(relation, stage.items)
        case "take", "skip":
            guard stage.clauses.isEmpty, let n = Self.count(stage.items.first) else { return nil }
            return stages.cut(relation, n, keepsFirst: stage.name == "take")
        case "top":
            guard let n = Self.count(stage.items.first), let by = stage.clause("by"), by.items.count == 1 else { return nil }
            var key = by.items[0]
            key.descending = true
            return stages.sort(relation, [key]).map { stages.cut($0, n, keepsFirst: true) }
        case "distinct":
            guard stage.clauses.isEmpty else { return nil }
            if stage.items.isEmpty { return stages.distinctRows(relation) }
            guard let projected = stages.project(relation, stage.items) else { return nil }
            return stages.aggregate(projected, keys: projected.columns.count, aggregates: [])
        case "group": return group(stage, relation, stages)
        case "join":
            guard let name = stage.items.first?.expr.fieldName, let table = try sources.joined(name) else { return nil }
            return stages.join(relation, stage, with: table)
        default: return nil
        }
    }

    /// `group by KEYS [with AGGREGATES]`: the keys then the other columns, as Lede widens the
    /// rows, then the aggregates per group (or a group waiting for the next verb's).
    private func group(_ stage: Stage, _ relation: SQLRelation, _ stages: SQLStages) -> SQLRelation? {
        guard stage.items.isEmpty, let by = stage.clause("by"), !by.items.isEmpty else { return nil }
        let keyNames = by.items.map(\.columnName)
        let kept = relation.names.filter { !keyNames.contains($0) }
        let keptItems = kept.map { Item(expr: Expr(.field($0), stage.span), alias: nil, descending: false, span: stage.span) }
        guard var grouped = stages.project(relation, by.items + keptItems) else { return nil }
        guard let with = stage.clause("with") else {
            grouped.pendingKeys = keyNames.count
            return grouped
        }
        var aggregates: [(name: String, type: ValueType, sql: SQLFragment)] = []
        for item in with.items {
            guard case .call(let name, let args) = item.expr.kind, let kind = Aggregate.Kind(rawValue: name), args.count <= 1,
                  let (sql, type) = stages.aggregate(kind, args.first, over: grouped) else { return nil }
            aggregates.append((item.alias ?? args.first?.fieldName.map { "\(name)_\($0)" } ?? name, type, sql))
        }
        return stages.aggregate(grouped, keys: keyNames.count, aggregates: aggregates)
    }

    /// `relation` if it is Lede's table of `schema`: the same column names, types and pending
    /// group. A safety net: a stage translated under another reading of the verb stops here.
    static func matching(_ relation: SQLRelation, _ schema: Schema) -> SQLRelation? {
        guard schema.names == relation.names, schema.groupKeys.count == relation.pendingKeys,
              zip(schema.columns, relation.columns).allSatisfy({ $0.type == $1.type || $1.type == .null }) else { return nil }
        return relation
    }

    /// The whole number of `take`, `skip` or `top`, as the verbs read it.
    static func count(_ item: Item?) -> Int? {
        guard let item, case .literal(.number(let n)) = item.expr.kind, n >= 0, n <= Double(Stage.maxCount) else { return nil }
        return Int(exactly: n)
    }
}
