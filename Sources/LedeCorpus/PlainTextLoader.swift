/// Loads a `.txt` or `.md` article: front matter if present, then the news layout.
enum PlainTextLoader {
    static func fields(_ text: String, markdown: Bool) -> ArticleFields {
        let lines = text.lines
        let front = FrontMatter.parse(lines)
        let frontFields = front.map { FieldMapping.fields($0.pairs) }
        var fields = NewsLayout.read(lines[(front?.rest ?? 0)...], markdown: markdown,
                                     wantsHeadline: frontFields?.headline == nil)
        if let frontFields { fields.overlay(frontFields) }
        return fields
    }
}
