/// Loads a saved news web page (decoded by `HTMLCharset`): parse with gumbo (an HTML5-spec parser),
/// read the metadata (each field with its source), then the story text without the page's
/// furniture. Captions go to `boilerplate`, as the plain-text loader puts them.
enum HTMLLoader {
    /// What reading a page found, and what a reader should be told about it.
    struct Page {
        var fields = ArticleFields()
        var notes: [String] = []
    }

    /// The page's fields from its text, decoded by `HTMLCharset`.
    static func page(_ html: String) -> Page {
        var page = Page()
        let tree = HTMLTree(html)
        if tree.tooDeep { page.notes.append("elements nested more than \(HTMLTree.maxDepth) deep were left out") }
        let metadata = HTMLMetadata(tree)
        metadata.apply(to: &page.fields)
        let body = HTMLBody(tree, metadata: metadata)
        page.fields.paragraphs = body.paragraphs
        page.fields.boilerplate = body.captions
        if let source = body.source {
            page.fields.extra.append(("body_source", source))
        } else {
            page.notes.append("no article text found on this page (an index, a list or an error page?); loaded with its metadata only")
        }
        return page
    }
}
