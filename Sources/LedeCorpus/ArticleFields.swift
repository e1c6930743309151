/// What a loader found out about one article, before it gets its id and path.
struct ArticleFields {
    var headline: String?
    var date: Day?
    var outlet: String?
    var authors: [String] = []
    var url: String?
    var paragraphs: [String] = []
    var boilerplate: [String] = []
    var extra: [(key: String, value: String)] = []

    /// Takes every field `other` has (a metadata table row knows better than a layout guess).
    mutating func overlay(_ other: ArticleFields) {
        headline = other.headline ?? headline
        date = other.date ?? date
        outlet = other.outlet ?? outlet
        if !other.authors.isEmpty { authors = other.authors }
        url = other.url ?? url
        if !other.paragraphs.isEmpty { paragraphs = other.paragraphs }
        boilerplate += other.boilerplate
        extra += other.extra
    }

    /// A text file without these has no article in it.
    var hasText: Bool { !paragraphs.isEmpty || headline != nil }

    /// A record without any of these is an empty row, not an article.
    var hasAnyField: Bool {
        hasText || date != nil || outlet != nil || !authors.isEmpty || url != nil || extra.contains { !$0.value.isEmpty }
    }

    func article(id: String, path: String, file: String) -> Article {
        // Offsets come from the paragraphs themselves, which saves splitting the body again.
        var spans: [Paragraph] = []
        var start = 0
        for p in paragraphs {
            let end = start + p.scalarCount
            spans.append(Paragraph(start: start, end: end))
            start = end + 2
        }
        return Article(id: id, path: path, file: file, outlet: outlet, headline: headline, date: date, authors: authors,
                       url: url, body: paragraphs.joined(separator: "\n\n"), paragraphs: spans,
                       boilerplate: boilerplate, extra: extra)
    }
}
