import LedeCorpus
import LedeStore

/// Running pipelines in a store's database (`sqlBackend`) and showing the SQL (`explain sql`).
extension Session {
    /// Runs pipelines in the session's store from now on. Called for a store the user names
    /// (`--store`, `open`), not for the default cache, so that Lede's own engine stays the default.
    public func queryInStore() {
        sqlBackend = store.map { SQLBackend(database: $0.database) }
    }

    /// The rows a plan starts from and the index of the step Lede goes on with: with a store
    /// open, a pipeline from a built-in table has its longest exact prefix run in SQL.
    func start(_ plan: PipelinePlanner.Plan, _ pipeline: Pipeline) throws(Diagnostic) -> (table: Table, step: Int) {
        switch plan.origin {
        case .variable(let name): return (try table(named: name), 0)
        case .table(let name):
            if let backend = sqlBackend, let lede = builtIn(name, plan, pipeline),
               let pushed = try pushdown(pipeline, plan, lede, dialect: backend.dialect, backend: backend) {
                return (try backend.run(pushed, origin: lede.rowOrigin), pushed.steps)
            }
            return (try table(named: name), 0)
        }
    }

    /// `explain sql PIPELINE`: the SQL a pipeline sends and the verbs that stay in Lede. With no
    /// store open it shows what a SQLite store would run.
    func explainSQL(_ pipeline: Pipeline, context: CheckContext) throws(Diagnostic) -> String {
        let plan = try planner(context).plan(pipeline)
        let dialect = sqlBackend?.dialect ?? .sqlite
        let heading = sqlBackend == nil ? "-- \(dialect.rawValue) (this session runs pipelines in Lede; with --store or `open`, a \(dialect.rawValue) store would run this)"
                                        : "-- \(dialect.rawValue)"
        let verbs = pipeline.stages.map(\.name)
        guard case .table(let name) = plan.origin, let lede = builtIn(name, plan, pipeline),
              let pushed = try pushdown(pipeline, plan, lede, dialect: dialect, backend: sqlBackend) else {
            return heading + "\n-- nothing runs in SQL; in Lede: " + verbs.joined(separator: ", ") + "\n"
        }
        let arguments = pushed.query.arguments.map(Self.shown).joined(separator: ", ")
        var rest = Array(verbs.dropFirst(pushed.stages))
        if pushed.findsKwicArticles, !rest.isEmpty { rest[0] += " (its lines, cut from the articles the full-text query found)" }
        return [heading, pushed.query.sql + ";", arguments.isEmpty ? nil : "-- arguments: " + arguments,
                "-- in Lede: " + (rest.isEmpty ? "nothing" : rest.joined(separator: ", "))]
            .compactMap { $0 }.joined(separator: "\n") + "\n"
    }

    /// The built-in table a plan reads from its first stage (not a loaded table of that name,
    /// not a pipeline that opens with a verb such as `compare outlets`, but `kwic "dam"`, whose
    /// articles the full-text index finds).
    private func builtIn(_ name: String, _ plan: PipelinePlanner.Plan, _ pipeline: Pipeline) -> (any LedeTable)? {
        guard loadedTables[name] == nil, plan.stageOfStep.allSatisfy({ $0 >= 1 }) || pipeline.stages.first?.name == "kwic" else { return nil }
        return Tables.byName[name]
    }

    /// The prefix of `pipeline` SQL runs, the tables it reads written into `backend`'s database
    /// first (or, with none, only profiled for `explain sql`); nil when no verb translates.
    private func pushdown(_ pipeline: Pipeline, _ plan: PipelinePlanner.Plan, _ lede: any LedeTable, dialect: SQLDialect,
                          backend: SQLBackend?) throws(Diagnostic) -> SQLPushdown? {
        guard pipeline.stages.count > 1 || plan.stageOfStep.first == 0 else { return nil }
        let sources = SQLSources(joined: { name throws(Diagnostic) in
            try self.sqlTable(SQLTableLayout.name(ofJoined: name), self.table(named: name), origin: nil, backend: backend)
        }, words: { () throws(Diagnostic) in
            guard let backend else { return true }
            return try backend.writeWords(self.wordIndex())
        })
        guard let table = try sqlTable(lede.name, table(named: lede.name), origin: lede.rowOrigin, backend: backend) else { return nil }
        return try SQLPipelineCompiler(dialect: dialect).compile(pipeline, plan: plan, over: table, sources: sources)
    }

    /// `table` written into `backend`'s database as `name`, or without one profiled only.
    private func sqlTable(_ name: String, _ table: Table, origin: RowOrigin.Kind?, backend: SQLBackend?) throws(Diagnostic) -> SQLMaterialisedTable? {
        guard let backend else {
            return SQLMaterialisedTable(layout: SQLTableLayout(name: name, schema: table.schema, origin: origin),
                                        profiles: SQLMaterializer.profiles(of: table))
        }
        return try backend.materialised(name, table, origin: origin)
    }

    /// An argument as `explain sql` lists it.
    private static func shown(_ value: SQLValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let n): String(n)
        case .real(let n): Value.format(n)
        case .text(let s): "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let b): "\(b.count) bytes"
        }
    }
}
