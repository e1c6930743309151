import LedeCorpus

/// `article.FIELD` in any stage: a field of the article a row comes from (`quotes | where
/// article.bias_text = "left"`). Before a stage that names such fields, the planner adds them as
/// columns, read through the rows' origins, so every verb sees them as ordinary fields.
enum ArticleFieldAccess {
    static let prefix = "article."

    /// The `article.` fields a stage names that `schema` lacks, each once, with where it is named.
    static func missing(in stage: Stage, from schema: Schema) -> [(name: String, span: SourceSpan)] {
        var found: [(name: String, span: SourceSpan)] = []
        for field in (stage.items + stage.clauses.flatMap(\.items)).flatMap(\.expr.fields)
        where field.name.hasPrefix(prefix) && schema.index(of: field.name) == nil && !found.contains(where: { $0.name == field.name }) {
            found.append(field)
        }
        return found
    }

    /// A step adding the named article fields to the rows flowing in.
    static func widening(_ schema: Schema, with fields: [(name: String, span: SourceSpan)], articles: Schema,
                         context: CheckContext) throws(Diagnostic) -> Step {
        if let table = schema.table, Tables.byName[table]?.rowOrigin == nil {
            throw context.error("`\(fields[0].name)` needs rows that come from articles", at: fields[0].span,
                                help: "`\(table)` rows stand for no one article; start from articles or a table read out of them")
        }
        var indices: [Int] = []
        var columns = schema.columns
        for (name, span) in fields {
            let field = String(name.dropFirst(prefix.count))
            guard let i = articles.index(of: field) else {
                throw context.error("unknown article field `\(field)`", at: span,
                                    help: Suggestions.help(for: field, in: articles.names,
                                                           otherwise: "the article fields are: " + articles.names.map(Lexer.written).joined(separator: ", ")))
            }
            indices.append(i)
            columns.append(Column(name, articles.columns[i].type, articles.columns[i].doc))
        }
        var output = schema
        output.columns = columns
        let wanted = indices
        let span = fields[0].span
        return Step(output) { table, run throws(Diagnostic) in
            guard table.origins.count == table.count else {
                throw context.error("`\(fields[0].name)` needs rows that come from articles", at: span,
                                    help: "name article fields before `group by` or aggregates, or start from a table read out of the articles")
            }
            let articles = try run.table(named: ArticleTable.name).storage
            return Table(output, rows: zip(table.rows, table.origins).map { row, origin in row + wanted.map { articles.cell(origin.article, $0) } },
                         origins: table.origins)
        }
    }
}
