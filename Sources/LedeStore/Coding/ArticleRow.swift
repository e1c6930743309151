import LedeCorpus

/// An article as a row of `lede_articles` (columns in `StoreSchema.articleColumns` order): the
/// fields a query filters on as columns, the rest in one `detail` blob.
enum ArticleRow {
    static func values(_ article: Article, content: String, source: Fingerprint) -> [SQLValue] {
        var detail = ByteWriter()
        writeDetail(article, to: &detail)
        return [.text(content), .text(article.id), .text(source.hex), .text(article.path), .text(article.file),
                optional(article.outlet), optional(article.headline), optional(article.date?.description),
                optional(article.url), .integer(Int64(article.words)), .text(article.body), .blob(detail.finished)]
    }

    /// The article and the hash of its own bytes; nil for a row this version did not write.
    static func article(_ row: [SQLValue]) -> (article: Article, source: Fingerprint)? {
        guard row.count == StoreSchema.articleColumns.count, let id = row[1].text,
              let source = row[2].text.flatMap({ UInt64($0, radix: 16) }), let path = row[3].text, let file = row[4].text,
              let words = row[9].integer.flatMap({ Int(exactly: $0) }), let body = row[10].text,
              let detailBytes = row[11].blob, var detail = try? ByteReader(detailBytes),
              let parts = try? readDetail(&detail), detail.isAtEnd
        else { return nil }
        let article = Article(id: id, path: path, file: file, outlet: row[5].text, headline: row[6].text,
                              date: row[7].text.flatMap { Day(iso: $0[...]) }, authors: parts.authors, url: row[8].text,
                              body: body, paragraphs: parts.paragraphs, boilerplate: parts.boilerplate, extra: parts.extra,
                              words: words)
        return (article, Fingerprint(value: source))
    }

    /// The fields outside the columns: authors, paragraphs, boilerplate and extra fields (also
    /// how a load snapshot keeps them, `LoadSnapshot`).
    static func writeDetail(_ article: Article, to w: inout ByteWriter) {
        w.array(article.authors) { w, author in w.string(author) }
        w.array(article.paragraphs) { w, paragraph in
            w.int(paragraph.start)
            w.int(paragraph.end - paragraph.start)
        }
        w.array(article.boilerplate) { w, line in w.string(line) }
        w.array(article.extra) { w, field in
            w.string(field.key)
            w.string(field.value)
        }
    }

    static func readDetail(_ r: inout ByteReader) throws(ByteReader.Malformed)
        -> (authors: [String], paragraphs: [Paragraph], boilerplate: [String], extra: [(key: String, value: String)]) {
        let authors = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in try r.string() }
        let paragraphs = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in
            let start = try r.int()
            return Paragraph(start: start, end: start + (try r.int()))
        }
        let boilerplate = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in try r.string() }
        let extra = try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) -> (key: String, value: String) in
            (try r.string(), try r.string())
        }
        return (authors, paragraphs, boilerplate, extra)
    }

    private static func optional(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }
}
