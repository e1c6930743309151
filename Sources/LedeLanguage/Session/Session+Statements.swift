import Foundation
import LedeCorpus

extension Session {
    /// Runs one statement; returns true for `quit`.
    func execute(_ statement: Statement, context: CheckContext, emit: (SessionEvent) -> Void) throws(Diagnostic) -> Bool {
        switch statement.kind {
        case .load(let paths, let metadata, let optional):
            try load(paths, metadata: metadata, optional: optional, context: context, emit: emit)
        case .loadTable(let pathExpr, let name):
            try loadTable(pathExpr, as: name, at: statement.span, context: context, emit: emit)
        case .assign(let name, let pipeline):
            if Tables.byName[name] != nil || loadedTables[name] != nil {
                throw context.error("`\(name)` is a table name and cannot be a variable", at: statement.span,
                                    help: "choose another name, e.g. `let my_\(name) = ...`")
            }
            let table = try evaluate(pipeline, context: context)
            define(name, table)
            emit(.status("\(name): \(LoadReport.grouped(table.count)) rows"))
        case .pipeline(let pipeline):
            emit(.table(Tables.shown(try evaluate(pipeline, context: context))))
        case .explainSQL(let pipeline):
            emit(.text(try explainSQL(pipeline, context: context)))
        case .export(let pipeline, let pathExpr, let overwrite):
            let path = try constantText(pathExpr, context: context, what: "a file name")
            let ext = (path as NSString).pathExtension
            guard let format = OutputFormat(fileExtension: ext) else {
                throw context.error("cannot tell the format of `\(path)` from its extension", at: pathExpr.span,
                                    help: "end the name with .csv, .tsv, .json, .jsonl or .md")
            }
            let table = try evaluate(pipeline, context: context)
            prepareWrite(path)
            try AtomicFile.write(Renderer.render(table, as: format, style: TableStyle(width: .max, maxRows: .max, maxCellWidth: .max)),
                                 to: path, overwrite: overwrite, access: access, span: pathExpr.span, context: context)
            emit(.status("wrote \(LoadReport.grouped(table.count)) rows to \(path)"))
        case .help(let topic):
            emit(.text(try Help.text(for: topic, at: statement.span, context: context)))
        case .schema(let name):
            emit(.table(try schemaTable(name, at: statement.span, context: context, emit: emit)))
        case .variables:
            let rows = variableOrder.compactMap { name -> [Value]? in
                guard let t = variables[name] else { return nil }
                return [.text(name), Value(t.count), .text(t.schema.names.joined(separator: ", "))]
            }
            emit(.table(Table(Schema([Column("variable", .text), Column("rows", .number), Column("fields", .text)]), rows: rows)))
        case .setting(let name, let value):
            if name == "sandbox" {
                try apply(sandboxSetting: value, at: statement.span, context: context, emit: emit)
            } else {
                try apply(setting: name, value: value, at: statement.span, context: context)
            }
        case .save(let pathExpr, let overwrite):
            let path = try constantText(pathExpr, context: context, what: "a file name")
            // A script has its own extension, so `save` can never replace a dotfile or a document.
            guard (path as NSString).pathExtension == "lede" else {
                throw context.error("`save` writes a script: the file name must end in .lede", at: pathExpr.span,
                                    help: "e.g. save \"session.lede\"")
            }
            prepareWrite(path)
            try AtomicFile.write(transcript.map { $0 + "\n" }.joined(), to: path, overwrite: overwrite, access: access, span: pathExpr.span, context: context)
            emit(.status("saved \(transcript.count) statement\(transcript.count == 1 ? "" : "s") to \(path)"))
        case .saveNotebook(let pathExpr, let overwrite):
            try saveNotebook(pathExpr, overwrite: overwrite, context: context, emit: emit)
        case .open(let path):
            try open(path, context: context, emit: emit)
        case .clearCache:
            try clearStore(at: statement.span, context: context, emit: emit)
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
        let begun = try start(plan, pipeline)
        var table = begun.table
        for step in plan.steps[begun.step...] {
            if cancellation.isCancelled { throw Interrupted.diagnostic }
            table = try step.run(table, self)
        }
        // A step stopped part-way (a regular expression gives up as "no match") has no answer.
        if cancellation.isCancelled { throw Interrupted.diagnostic }
        if let sandbox, table.count > sandbox.maxRows, let first = pipeline.stages.first {
            let (message, help) = sandbox.tooManyRows(table.count)
            throw context.error(message, at: first.span, help: help)
        }
        return table
    }

    /// Checks pipelines against this session's variables and tables.
    func planner(_ context: CheckContext) -> PipelinePlanner {
        var context = context
        context.tables = (loadedTables.merging(variables) { _, variable in variable }).mapValues(\.schema)
        return PipelinePlanner(context: context, lookup: { name in
            if let v = self.variables[name] { return (.variable(name), v.schema) }
            return self.schema(of: name).map { (.table(name), $0) }
        }, names: sourceNames)
    }

    /// Loads articles. Reading nothing (a missing path, a pattern that matches no file) is an
    /// error at the path as written, so a script stops there; `optional` makes it a report.
    private func load(_ paths: [Expr], metadata: Expr?, optional: Bool, context: CheckContext,
                      emit: (SessionEvent) -> Void) throws(Diagnostic) {
        var patterns: [String] = []
        for p in paths { patterns.append(try constantText(p, context: context, what: "a path")) }
        let meta = try metadata.map { (m: Expr) throws(Diagnostic) in try constantText(m, context: context, what: "a metadata file") }
        let report = corpus.load(patterns, metadata: meta, access: access, cancellation: cancellation, cache: store, progress: loadProgress)
        if report.files == 0, !optional, !report.interrupted {
            let problem = report.skipped.first { $0.span.map { patterns.contains($0.file) } ?? false }
            let at = problem.flatMap { p in zip(patterns, paths).first { $0.0 == p.span?.file }?.1 } ?? paths[0]
            let path = problem?.span?.file ?? patterns[0]
            throw context.error("`load` read nothing: \(problem?.message ?? "no articles to load") (`\(path)`)", at: at.span,
                                help: "check the path (it is relative to the folder lede runs in); `load ... optional` goes on without it")
        }
        for d in report.skipped + report.notes { emit(.diagnostic(d)) }
        emit(.status(report.summary))
        if report.interrupted { throw Interrupted.diagnostic }
        // Files were there but none loaded: a script that goes on would answer about nothing.
        if !optional, report.articles == 0 && report.duplicates.isEmpty, let first = paths.first {
            throw context.error("nothing was loaded", at: first.span,
                                help: report.skipped.isEmpty ? "no files that load (.txt, .md, .json, .jsonl, .csv, .tsv, .html, each perhaps .gz) are there"
                                                             : "the problems above say why")
        }
    }

    /// `load table "FILE" as NAME`: reads a table that is not articles, to join with.
    private func loadTable(_ pathExpr: Expr, as name: String, at span: SourceSpan, context: CheckContext,
                           emit: (SessionEvent) -> Void) throws(Diagnostic) {
        if Tables.byName[name] != nil || variables[name] != nil {
            throw context.error("`\(name)` is already the name of a \(variables[name] == nil ? "table" : "variable")", at: span,
                                help: "choose another name, e.g. `load table ... as my_\(name)`")
        }
        let path = try constantText(pathExpr, context: context, what: "a file name")
        switch RecordFile.read(path, access: access) {
        case .failure(let problem):
            throw context.error("cannot load the table `\(path)`: \(problem.message)", at: pathExpr.span,
                                help: "a table is a JSON array of objects, JSON Lines, CSV or TSV with a header line")
        case .success(let file):
            for problem in file.problems { emit(.diagnostic(problem)) }
            let table = ReferenceTable.table(file, name: name)
            defineLoaded(name, table)
            emit(.status("\(name): \(LoadReport.grouped(table.count)) rows, \(table.columns.count) fields from \(path)"))
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

    private func schemaTable(_ name: String?, at span: SourceSpan, context: CheckContext,
                             emit: (SessionEvent) -> Void) throws(Diagnostic) -> Table {
        guard let name else {
            let rows = sourceNames.map { n -> [Value] in
                [.text(n), .text(variables[n] != nil ? "variable" : loadedTables[n] != nil ? "loaded table" : "table"),
                 .text((schema(of: n)?.names ?? []).map(Lexer.written).joined(separator: ", "))]
            }
            return Table(Schema([Column("table", .text), Column("kind", .text), Column("fields", .text)]), rows: rows)
        }
        guard let schema = schema(of: name) else {
            throw context.error("unknown table or variable `\(name)`", at: span,
                                help: Suggestions.help(for: name, in: sourceNames, otherwise: "the tables are: " + sourceNames.joined(separator: ", ")))
        }
        let empty = try alwaysEmpty(name)
        if !empty.isEmpty { emit(.status("always empty here, so not listed: " + empty.map(Lexer.written).joined(separator: ", "))) }
        return Table(Schema([Column("field", .text), Column("type", .text), Column("description", .text)]),
                     rows: schema.columns.filter { !empty.contains($0.name) }.map { [.text($0.name), .text($0.type.rawValue), .text($0.doc)] })
    }

    /// The fields of a table with rows that no row fills. Tables read out of the text are only
    /// looked at once extracted: `schema` alone never starts an extraction.
    private func alwaysEmpty(_ name: String) throws(Diagnostic) -> [String] {
        let extracted = namedAnalyses?.analyses.count == articles.count
        if let table = Tables.byName[name], table.name != ArticleTable.name, !extracted { return [] }
        let table = try table(named: name)
        guard table.count > 0 else { return [] }
        return table.columns.indices.filter { c in (0..<table.count).allSatisfy { table.storage.cell($0, c).isEmpty } }.map { table.columns[$0].name }
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
            try checkSandboxTimeout(n, at: span, context: context)
            settings.timeLimit = n == 0 ? nil : n
        default:
            guard let n = Int(value), n > 0 else { throw context.error("expected a positive whole number after `\(name)`", at: span) }
            if name == "rows" { settings.rows = n } else { settings.width = n }
        }
    }
}
