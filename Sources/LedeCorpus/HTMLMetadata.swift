import Foundation
import CGumbo

/// A page's metadata, each field from the first source that has it, with the name of that source
/// ("og:title", "json-ld headline", "h1") so a reader can see where a headline came from.
struct HTMLMetadata {
    var headline: (value: String, source: String)?
    var outlet: (value: String, source: String)?
    var date: (value: Day, source: String)?
    var authors: (value: [String], source: String)?
    var url: (value: String, source: String)?
    var language: (value: String, source: String)?
    /// JSON-LD `articleBody`, a check on (or stand-in for) the body read from the elements.
    var jsonBody: String?

    init(_ tree: HTMLTree) {
        var meta: [String: String] = [:]
        var canonical: String?, lang: String?, h1: String?, title: String?, time: String?
        var jsonLD: [JSONValue] = []
        if let root = tree.root {
            for index in tree.subtree(root) {
                let node = tree[index]
                switch node.tag {
                case GUMBO_TAG_META?:
                    let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                        ?? node.attribute("http-equiv"))?.lowercased()
                    if let key, let content = node.attribute("content")?.collapsedWhitespace, !content.isEmpty,
                       meta[key] == nil {
                        meta[key] = content
                    }
                case GUMBO_TAG_LINK?:
                    let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                    if canonical == nil, rel.contains("canonical") { canonical = node.attribute("href") }
                case GUMBO_TAG_HTML?:
                    lang = lang ?? node.attribute("lang")
                case GUMBO_TAG_H1? where h1 == nil:
                    h1 = tree.text(index).nonEmpty
                case GUMBO_TAG_TITLE? where title == nil:
                    title = tree.text(index).nonEmpty
                case GUMBO_TAG_TIME? where time == nil:
                    time = node.attribute("datetime")
                case GUMBO_TAG_SCRIPT? where node.attribute("type")?.lowercased() == "application/ld+json":
                    let source = node.children.map { tree[$0].text }.joined()
                    var parser = JSONParser(Array(source.utf8))
                    if let records = try? parser.nextRecords() { jsonLD += records.map(\.value) }
                default:
                    break
                }
            }
        }
        let article = Self.articleObject(in: jsonLD)

        headline = Self.first([
            ("og:title", meta["og:title"]), ("json-ld headline", article?["headline"]?.text),
            ("twitter:title", meta["twitter:title"]), ("h1", h1), ("title", title.map(Self.withoutSiteSuffix)),
        ])
        let domain = (canonical ?? meta["og:url"]).flatMap(Self.domain)
        outlet = Self.first([
            ("og:site_name", meta["og:site_name"]), ("json-ld publisher", article?["publisher"]?["name"]?.text),
            ("domain", domain),
        ])
        let dates: [(String, String?)] = [
            ("article:published_time", meta["article:published_time"]),
            ("json-ld datePublished", article?["datePublished"]?.text),
            ("time", time), ("meta date", meta["date"] ?? meta["pubdate"] ?? meta["datepublished"]),
        ]
        date = dates.lazy.compactMap { source, text in text.flatMap { Day(text: $0) }.map { ($0, source) } }.first
        let ldAuthors = article?["author"].map(Self.names) ?? []
        if !ldAuthors.isEmpty {
            authors = (ldAuthors, "json-ld author")
        } else if let author = meta["author"], !author.hasPrefix("http") {
            authors = (FieldMapping.authors(.text(author)), "meta author")
        }
        url = Self.first([("canonical", canonical), ("og:url", meta["og:url"])])
        language = Self.first([
            ("html lang", lang), ("content-language", meta["content-language"]), ("og:locale", meta["og:locale"]),
            ("json-ld inLanguage", article?["inLanguage"]?.text),
        ])
        jsonBody = article?["articleBody"]?.text
    }

    /// These as article fields, with a `*_source` extra field for each one found.
    func apply(to fields: inout ArticleFields) {
        fields.headline = headline?.value
        fields.outlet = outlet?.value
        fields.date = date?.value
        fields.authors = authors?.value ?? []
        fields.url = url?.value
        if let language { fields.extra.append(("language", language.value)) }
        let sources = [("headline", headline?.source), ("outlet", outlet?.source), ("date", date?.source),
                       ("authors", authors?.source), ("url", url?.source), ("language", language?.source)]
        for (field, source) in sources {
            if let source { fields.extra.append((field + "_source", source)) }
        }
    }

    private static func first(_ candidates: [(source: String, value: String?)]) -> (value: String, source: String)? {
        for (source, value) in candidates {
            if let text = value?.collapsedWhitespace, !text.isEmpty { return (text, source) }
        }
        return nil
    }

    /// The JSON-LD object describing the article: the first of a type ending in "Article" or
    /// "Posting" (`NewsArticle`, `BlogPosting`), else the first with a headline; `@graph` lists
    /// and top-level arrays are searched too.
    private static func articleObject(in values: [JSONValue]) -> JSONValue? {
        var objects: [JSONValue] = []
        var queue = values
        var next = 0
        // Breadth first over arrays and `@graph` only, which bounds the work by the input size.
        while next < queue.count {
            let value = queue[next]
            next += 1
            switch value {
            case .array(let items): queue += items
            case .object:
                objects.append(value)
                if let graph = value["@graph"] { queue.append(graph) }
            default: break
            }
        }
        let isArticle: (JSONValue) -> Bool = { object in
            let types: [String]
            switch object["@type"] {
            case .string(let type)?: types = [type]
            case .array(let items)?: types = items.compactMap(\.text)
            default: types = []
            }
            return types.contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") }
        }
        return objects.first(where: isArticle) ?? objects.first { $0["headline"] != nil }
    }

    /// Author names from a JSON-LD `author`: a name, a Person, or a list of either.
    private static func names(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let name): return FieldMapping.authors(.text(name))
        case .array(let items): return items.flatMap { item -> [String] in
            if case .array = item { return [] }  // Nested lists are not author lists.
            return names(item)
        }
        case .object: return value["name"]?.text.map { [$0.collapsedWhitespace] } ?? []
        default: return []
        }
    }

    /// "Budget row | Example News" -> "Budget row": the last part after a separator goes when it
    /// reads as a site name (up to four capitalised words, or a domain), so "Stocks fall - and
    /// rise again - as markets wobble" stays whole.
    static func withoutSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).collapsedWhitespace
            let words = title[range.upperBound...].split(separator: " ")
            let isSiteName = !words.isEmpty && words.count <= 4
                && words.allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber } == true || word.contains(".") }
            if isSiteName && !head.isEmpty { return head }
        }
        return title
    }

    /// "https://www.example.com/a/b" -> "example.com".
    static func domain(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }.lowercased()
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        return bare.contains(".") ? bare : nil
    }
}

extension JSONValue {
    /// A member of an object, or nil.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A string or number as text; the first item of a list.
    var text: String? {
        switch self {
        case .string(let text): return text
        case .number(let text): return text
        case .array(let items): return items.first?.text
        default: return nil
        }
    }
}

extension String {
    /// Nil when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
