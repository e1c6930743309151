import Foundation
import LedeCorpus

/// The `articles` table: one row per loaded article, with every extra field the sources had.
struct ArticleTable: LedeTable {
    static let name = "articles"
    let help = HelpEntry(.table, ArticleTable.name, syntax: "articles", summary: "One row per loaded article, with every field its source had.",
                         examples: ["articles | select outlet, date, headline"])
    let rowOrigin: RowOrigin.Kind? = .article
    let shownColumns = ["file", "outlet", "date", "headline", "words"]

    func schema(for articles: [Article]) -> Schema { Self.schema(for: articles) }
    func table(_ context: RunContext) throws(Diagnostic) -> Table { Self.table(context.articles) }

    static let fixed: [Column] = [
        Column("id", .text, "stable id of the article"),
        Column("path", .text, "where it was loaded from"),
        Column("file", .text, "base name of the file"),
        Column("outlet", .text, "publisher"),
        Column("headline", .text, "headline or title"),
        Column("date", .date, "publication date"),
        Column("authors", .list, "bylines"),
        Column("url", .text, "address of the original"),
        Column("words", .number, "words in the body"),
        Column("paragraphs", .number, "paragraphs in the body"),
        Column("body", .text, "the article's text"),
        Column("boilerplate", .list, "promotional lines and captions kept out of the body"),
    ]

    /// The schema for these articles: the fixed columns, then extra fields in first-seen order,
    /// typed as numbers when every value reads as one.
    static func schema(for articles: [Article]) -> Schema {
        var order: [String] = []
        var numeric: [String: Bool] = [:]
        let taken = Set(fixed.map(\.name))
        for article in articles {
            for (key, value) in article.extra where !taken.contains(key) {
                if numeric[key] == nil { order.append(key); numeric[key] = true }
                if numeric[key] == true, !value.isEmpty, Double(value) == nil { numeric[key] = false }
            }
        }
        return Schema(fixed + order.map { Column($0, numeric[$0] == true ? .number : .text, "field from the source") }, table: name)
    }

    static func table(_ articles: [Article]) -> Table {
        let schema = schema(for: articles)
        let extras = schema.columns.dropFirst(fixed.count)
        var built = TableBuilder(width: schema.columns.count)
        for a in articles {
            let base: [Value] = [
                .text(a.id), .text(a.path), .text(a.file), Value(a.outlet), Value(a.headline), Value(a.date),
                .list(a.authors.map(Value.text)), Value(a.url), Value(a.words), Value(a.paragraphs.count),
                .text(a.body), .list(a.boilerplate.map(Value.text)),
            ]
            let extra = Dictionary(a.extra.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            built.add(base + extras.map { column in
                guard let text = extra[column.name], !text.isEmpty else { return .null }
                return column.type == .number ? Value(Double(text)) : .text(text)
            })
        }
        return Table(schema, storage: built.storage, origins: articles.indices.map { RowOrigin(.article, article: $0, item: 0) })
    }
}
