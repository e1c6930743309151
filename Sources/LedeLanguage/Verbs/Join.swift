import LedeCorpus

/// `[left] join TABLE on FIELD [= FIELD], ...`: adds to each row the fields of the rows of
/// TABLE (a loaded table or a variable) that agree with it on every key. `join` keeps the rows
/// that match; `left join` keeps every row, with nulls where nothing matched. Text keys match
/// without regard to case or surrounding spaces; nulls match nothing. The other table's key
/// fields are left out (they equal this table's); its other fields whose names are taken here
/// are renamed `TABLE_FIELD`.
struct Join: Verb {
    let help = HelpEntry(.verb, "join", syntax: "[left] join TABLE on FIELD [= FIELD], ...",
                         summary: "Add the fields of a loaded table or variable whose rows agree on the keys; `left join` keeps rows that match nothing.",
                         examples: ["let per_outlet = articles | group by outlet | count\narticles | join per_outlet on outlet | select file, outlet, count",
                                    "let firsts = articles | group by outlet with min(date) as first, count() as articles_then\nquotes | left join firsts on outlet, date = first | select speaker, date, articles_then | take 3"])

    /// One `on` condition: a field of the input and the field of the other table it must equal.
    struct Key {
        var left: String
        var right: String
        var span: SourceSpan
    }

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["on", "left"], context, usage: help.syntax)
        guard stage.items.count == 1, let tableItem = stage.items.first, let name = tableItem.expr.fieldName else {
            throw context.error("`join` needs the name of one table", at: stage.items.dropFirst().first?.span ?? stage.nameSpan,
                                help: "usage: \(help.syntax)")
        }
        guard let other = context.tables[name] else {
            throw context.error("unknown table or variable `\(name)`", at: tableItem.span,
                                help: Suggestions.help(for: name, in: Array(context.tables.keys),
                                                       otherwise: "join a table loaded with `load table \"FILE\" as NAME` or a variable made with `let`"))
        }
        guard let on = stage.clause("on"), !on.items.isEmpty else {
            throw context.error("`join` needs the fields to match after `on`", at: tableItem.span,
                                help: "e.g. join \(name) on " + (other.names.first { input.index(of: $0) != nil }.map(Lexer.written) ?? "FIELD = FIELD"))
        }
        var keys: [Key] = []
        for item in on.items { keys.append(try key(item, input: input, other: other, table: name, context: context)) }
        let keeping = stage.clause("left") != nil
        let leftIndices = keys.compactMap { input.index(of: $0.left) }
        let rightIndices = keys.compactMap { other.index(of: $0.right) }
        let (added, output) = Self.joined(input, other, table: name, keys: keys)
        return Step(output) { table, run throws(Diagnostic) in
            let right = try run.table(named: name)
            var index: [[Value]: [Int]] = [:]
            let rightRows = right.rows
            for (r, row) in rightRows.enumerated() {
                let key = rightIndices.map { ArticleExprs.fold(row[$0]) }
                if !key.contains(.null) { index[key, default: []].append(r) }
            }
            var rows: [[Value]] = []
            var origins: [RowOrigin] = []
            let nulls = Array(repeating: Value.null, count: added.count)
            for (l, row) in table.rows.enumerated() {
                if l & 4095 == 0, run.cancellation.isCancelled { throw Interrupted.diagnostic }
                let matches = index[leftIndices.map { ArticleExprs.fold(row[$0]) }] ?? []
                for r in matches { rows.append(row + added.map { rightRows[r][$0] }) }
                if matches.isEmpty, keeping { rows.append(row + nulls) }
                if !table.origins.isEmpty { origins += Array(repeating: table.origins[l], count: max(matches.count, keeping ? 1 : 0)) }
            }
            return Table(output, rows: rows, origins: origins)
        }
    }

    /// The columns of `other` a join adds (all but its keys) and the schema it gives: the input's
    /// columns, then those, renamed `TABLE_FIELD` where the input has the name.
    static func joined(_ input: Schema, _ other: Schema, table: String, keys: [Key]) -> (added: [Int], output: Schema) {
        let rightIndices = keys.compactMap { other.index(of: $0.right) }
        let added = other.columns.indices.filter { !rightIndices.contains($0) }
        let taken = Set(input.names)
        return (added, Schema(input.columns + added.map { i in
            var column = other.columns[i]
            if taken.contains(column.name) { column.name = "\(table)_\(column.name)" }
            return column
        }))
    }

    /// The fields an `on` item names: `FIELD` (the same name on both sides) or `FIELD = FIELD`,
    /// either way round; nil for anything else. Not yet checked against the schemas.
    static func fields(_ item: Item, input: Schema) -> Key? {
        if let field = item.expr.fieldName { return Key(left: field, right: field, span: item.span) }
        guard case .binary(.equal, let l, let r) = item.expr.kind, let a = l.fieldName, let b = r.fieldName else { return nil }
        // Written either way round: the field of the rows flowing in may come second.
        let swapped = input.index(of: a) == nil && input.index(of: b) != nil
        return Key(left: swapped ? b : a, right: swapped ? a : b, span: item.span)
    }

    /// An `on` item's fields, checked against both schemas and for matching types.
    private func key(_ item: Item, input: Schema, other: Schema, table: String, context: CheckContext) throws(Diagnostic) -> Key {
        guard let key = Self.fields(item, input: input) else {
            throw context.error("expected a field, or two fields with `=` between them", at: item.span,
                                help: "e.g. join \(table) on date = report_date")
        }
        guard let left = input[key.left] else {
            throw context.error("unknown field `\(key.left)` in the rows being joined", at: item.span,
                                help: Suggestions.help(for: key.left, in: input.names, otherwise: "the fields here are: " + input.names.map(Lexer.written).joined(separator: ", ")))
        }
        guard let right = other[key.right] else {
            throw context.error("unknown field `\(key.right)` in `\(table)`", at: item.span,
                                help: Suggestions.help(for: key.right, in: other.names, otherwise: "the fields of `\(table)` are: " + other.names.map(Lexer.written).joined(separator: ", ")))
        }
        guard left.type.fits(right.type) || right.type.fits(left.type) else {
            throw context.error("cannot match `\(key.left)` (\(left.type.withArticle)) with `\(key.right)` of `\(table)` (\(right.type.withArticle))", at: item.span,
                                help: ExprCompiler.conversionHelp(from: right.type, to: left.type).map { "make them the same type first: \($0)" }
                                    ?? "join on fields of the same type")
        }
        return key
    }
}
