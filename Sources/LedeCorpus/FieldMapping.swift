/// A field's value as a record holds it: text, or a list (JSON arrays).
enum FieldValue {
    case text(String)
    case list([FieldValue])

    /// Lists are joined with "; " so every value fits in one table cell.
    var text: String {
        switch self {
        case .text(let s): return s
        case .list(let items): return items.map(\.text).joined(separator: "; ")
        }
    }
}

/// Maps the field names common in news data sets (case-insensitively) onto article fields; every
/// other field goes to `extra` in source order.
enum FieldMapping {
    enum Role {
        case headline, date, outlet, authors, url, body, fallbackBody
    }

    static let roles: [String: Role] = [
        "title": .headline, "headline": .headline,
        "date": .date, "published": .date, "publish_date": .date, "publication_date": .date,
        "seendate_utc": .date, "published_at": .date, "pubdate": .date,
        "source": .outlet, "outlet": .outlet, "publisher": .outlet, "site_name": .outlet,
        "authors": .authors, "author": .authors, "byline": .authors,
        "url": .url, "link": .url,
        "content": .body, "body": .body, "text": .body, "articlebody": .body,
        "body-paragraphs": .body,
        "first_line": .fallbackBody,
    ]

    static func role(of key: String) -> Role? { roles[key.lowercased()] }

    static func fields(_ pairs: [(key: String, value: FieldValue)]) -> ArticleFields {
        var f = ArticleFields()
        var fallback: String?
        for (key, value) in pairs {
            let text = value.text.trimmed
            // A field that is empty, or a second field for a role already filled, stays in extra.
            switch role(of: key) {
            case .headline? where f.headline == nil && !text.isEmpty:
                f.headline = String(text)
            case .date? where f.date == nil && Day(text: text) != nil:
                f.date = Day(text: text)
            case .outlet? where f.outlet == nil && !text.isEmpty:
                f.outlet = String(text)
            case .authors? where f.authors.isEmpty && !text.isEmpty:
                f.authors = authors(value)
            case .url? where f.url == nil && !text.isEmpty:
                f.url = String(text)
            case .body? where f.paragraphs.isEmpty && !text.isEmpty:
                f.paragraphs = paragraphs(value)
            case .fallbackBody? where fallback == nil && !text.isEmpty:
                fallback = String(text)
            default:
                f.extra.append((key, value.text))
            }
        }
        if f.paragraphs.isEmpty, let fallback { f.paragraphs = [fallback] }
        return f
    }

    /// A list of names, or text such as "By Ann Lee and Bo Li, Cy Wu".
    static func authors(_ value: FieldValue) -> [String] {
        let names: [Substring]
        switch value {
        case .list(let items): names = items.map { Substring($0.text) }
        case .text(let s):
            var text = Substring(s.trimmed)
            if text.lowercased().hasPrefix("by ") { text = text.dropFirst(3) }
            names = text.split(separator: ",").flatMap { $0.split(separator: " and ") }
        }
        return names.map { String($0.trimmed) }.filter { !$0.isEmpty }
    }

    /// Body text, or a list of paragraphs each of which may be a list of sentences (BASIL's
    /// `body-paragraphs`).
    private static func paragraphs(_ value: FieldValue) -> [String] {
        guard case .list(let items) = value else { return ParagraphSplitter.split(value.text) }
        return items.compactMap { item in
            let sentences: [String]
            if case .list(let parts) = item { sentences = parts.map(\.text) } else { sentences = [item.text] }
            let text = ParagraphSplitter.split(sentences.joined(separator: " ")).joined(separator: " ")
            return text.isEmpty ? nil : text
        }
    }
}
