import Foundation

extension Session {
    /// Runs one statement; returns true for `quit`.
    func execute(_ statement: Statement, context: CheckContext, emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        switch statement.kind {
        case .load(let paths, let metadata):
            try load(paths, metadata: metadata, context: context, emit: emit)
        case .assign(let name, let pipeline):
            if DerivedTables.names.contains(name) || name == "articles" {
                throw context.error("`\(name)` is a table name and cannot be a variable", at: statement.span,
                                    help: "choose another name, e.g. `let my_\(name) = ...`")
            }
            define(name, try evaluate(pipeline, context: context))
            emit(.status("\(name): \(LoadReport.grouped(variables[name]!.count)) rows"))
        case .pipeline(let pipeline):
            emit(.table(try evaluate(pipeline, context: context)))
        case .export(let pipeline, let pathExpr, let overwrite):
            let path = try constantText(pathExpr, context: context, what: "a file name")
            let ext = (path as NSString).pathExtension
            guard let format = OutputFormat(fileExtension: ext) else {
                throw context.error("cannot tell the format of `\(path)` from its extension", at: pathExpr.span,
                                    help: "end the name with .csv, .tsv, .json, .jsonl or .md")
            }
            let table = try evaluate(pipeline, context: context)
            try AtomicFile.write(Renderer.render(table, as: format, style: TableStyle(width: .max, maxRows: .max, maxCellWidth: .max)),
                                 to: path, overwrite: overwrite, span: pathExpr.span, context: context)
            emit(.status("wrote \(LoadReport.grouped(table.count)) rows to \(path)"))
        case .help(let topic):
            emit(.text(try Help.text(for: topic, at: statement.span, context: context)))
        case .schema(let name):
            emit(.table(try schemaTable(name, at: statement.span, context: context)))
        case .variables:
            let rows = variableOrder.map { name -> [Value] in
                let t = variables[name]!
                return [.text(name), Value(t.count), .text(t.schema.names.joined(separator: ", "))]
            }
            emit(.table(Table(Schema([Column("variable", .text), Column("rows", .number), Column("fields", .text)]), rows: rows)))
        case .setting(let name, let value):
            try apply(setting: name, value: value, at: statement.span, context: context)
        case .save(let pathExpr, let overwrite):
            let path = try constantText(pathExpr, context: context, what: "a file name")
            // A script has its own extension, so `save` can never replace a dotfile or a document.
            guard (path as NSString).pathExtension == "lede" else {
                throw context.error("`save` writes a script: the file name must end in .lede", at: pathExpr.span,
                                    help: "e.g. save \"session.lede\"")
            }
            try AtomicFile.write(transcript.map { $0 + "\n" }.joined(), to: path, overwrite: overwrite, span: pathExpr.span, context: context)
            emit(.status("saved \(transcript.count) statement\(transcript.count == 1 ? "" : "s") to \(path)"))
        case .clear:
            clear()
            emit(.status("cleared: no articles loaded, no variables"))
        case .quit:
            return true
        }
        return false
    }

    func evaluate(_ pipeline: Pipeline, context: CheckContext) throws(Diagnostic) -> Table {
        let plan = try planner(context).plan(pipeline)
        var table: Table
        switch plan.origin {
        case .table(let name), .variable(let name): table = try self.table(named: name)
        }
        for step in plan.steps {
            if cancellation.isCancelled { throw Interrupted.diagnostic }
            table = try step.run(table, self)
        }
        // A step stopped part-way (a regular expression gives up as "no match") has no answer.
        if cancellation.isCancelled { throw Interrupted.diagnostic }
        return table
    }

    /// Checks pipelines against this session's variables and tables.
    func planner(_ context: CheckContext) -> PipelinePlanner {
        PipelinePlanner(context: context, lookup: { name in
            if let v = self.variables[name] { return (.variable(name), v.schema) }
            return self.schema(of: name).map { (.table(name), $0) }
        }, names: sourceNames)
    }

    private func load(_ paths: [Expr], metadata: Expr?, context: CheckContext, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        var patterns: [String] = []
        for p in paths { patterns.append(try constantText(p, context: context, what: "a path")) }
        let meta = try metadata.map { (m: Expr) throws(Diagnostic) in try constantText(m, context: context, what: "a metadata file") }
        let report = corpus.load(patterns, metadata: meta, cancellation: cancellation, progress: loadProgress)
        for d in report.skipped + report.notes { emit(.diagnostic(d)) }
        emit(.status(report.summary))
        if report.interrupted { throw Interrupted.diagnostic }
        // A script that goes on after a load that found nothing answers about nothing: stop it.
        if report.articles == 0 && report.duplicates.isEmpty, let first = paths.first {
            throw context.error("nothing was loaded", at: first.span,
                                help: report.skipped.isEmpty ? "no files that load (.txt, .md, .json, .jsonl, .csv, .tsv, .html, each perhaps .gz) are there"
                                                             : "the problems above say why")
        }
    }

    /// Evaluates an expression that must not depend on a row: a path, a file name.
    func constantText(_ e: Expr, context: CheckContext, what: String) throws(Diagnostic) -> String {
        let c = try ExprCompiler(schema: Schema([]), context: context).compile(e)
        guard let text = c.constant?.text else {
            throw context.error("expected \(what) as text", at: e.span, help: "write it in double quotes: \"coverage/*.txt\"")
        }
        return text
    }

    private func schemaTable(_ name: String?, at span: SourceSpan, context: CheckContext) throws(Diagnostic) -> Table {
        guard let name else {
            let rows = sourceNames.map { n -> [Value] in
                [.text(n), .text(variables[n] == nil ? "table" : "variable"), .text(schema(of: n)!.names.joined(separator: ", "))]
            }
            return Table(Schema([Column("table", .text), Column("kind", .text), Column("fields", .text)]), rows: rows)
        }
        guard let schema = schema(of: name) else {
            throw context.error("unknown table or variable `\(name)`", at: span,
                                help: Suggestions.help(for: name, in: sourceNames, otherwise: "the tables are: " + sourceNames.joined(separator: ", ")))
        }
        return Table(Schema([Column("field", .text), Column("type", .text), Column("description", .text)]),
                     rows: schema.columns.map { [.text($0.name), .text($0.type.rawValue), .text($0.doc)] })
    }

    private func apply(setting name: String, value: String, at span: SourceSpan, context: CheckContext) throws(Diagnostic) {
        switch name {
        case "format":
            guard let f = OutputFormat(rawValue: value) else {
                throw context.error("unknown format `\(value)`", at: span,
                                    help: Suggestions.help(for: value, in: OutputFormat.allCases.map(\.rawValue),
                                                           otherwise: "formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            settings.format = f
        case "timer":
            guard value == "on" || value == "off" else { throw context.error("expected `on` or `off` after `timer`", at: span) }
            settings.timer = value == "on"
        case "timeout":
            guard let n = Int(value), (0...Cancellation.maxSeconds).contains(n) else {
                throw context.error("expected a number of seconds from 0 to \(LoadReport.grouped(Cancellation.maxSeconds)) after `timeout`", at: span,
                                    help: "`timeout 0` runs statements without a time limit")
            }
            settings.timeLimit = n == 0 ? nil : n
        default:
            guard let n = Int(value), n > 0 else { throw context.error("expected a positive whole number after `\(name)`", at: span) }
            if name == "rows" { settings.rows = n } else { settings.width = n }
        }
    }
}
