import CGumbo

/// Loads a news web page with gumbo (an HTML5-spec parser): metadata from `<meta>` tags, the body
/// from `<p>` elements inside `<article>`, or outside the page furniture when there is none.
enum HTMLLoader {
    private typealias Node = UnsafeMutablePointer<GumboNode>

    /// What one walk over the tree collects.
    private struct Page {
        var meta: [String: String] = [:]
        var title: String?
        var h1: String?
        var time: String?
        var articleParagraphs: [String] = []
        var otherParagraphs: [String] = []
        /// Elements were nested past `maxDepth`; what lies deeper was left out.
        var tooDeep = false
    }

    /// Deeper elements are not walked: the walk recurses, and a page of 100,000 nested `<div>`s
    /// would overflow the stack.
    static let maxDepth = 512

    /// Elements whose paragraphs are navigation or promotion rather than story (a headline or a
    /// date inside them still counts).
    private static let furniture: Set<GumboTag> = [
        GUMBO_TAG_NAV, GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_FORM,
    ]
    /// Elements whose content is never text of the page.
    private static let hidden: Set<GumboTag> = [GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE]

    /// The page's fields, and whether elements nested past `maxDepth` were left out.
    static func fields(_ html: String) -> (fields: ArticleFields, tooDeep: Bool) {
        var html = html
        let page = html.withUTF8 { buffer -> Page in
            var page = Page()
            guard let base = buffer.baseAddress,
                  let output = lede_gumbo_parse(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), buffer.count)
            else { return page }
            defer { lede_gumbo_destroy(output) }
            walk(output.pointee.root, inArticle: false, inFurniture: false, depth: 0, &page)
            return page
        }
        var f = ArticleFields()
        f.headline = page.meta["og:title"] ?? page.h1 ?? page.title
        f.outlet = page.meta["og:site_name"]
        f.date = (page.meta["article:published_time"] ?? page.time).flatMap { Day(text: $0) }
        f.authors = page.meta["author"].map { FieldMapping.authors(.text($0)) } ?? []
        f.url = page.meta["og:url"]
        f.paragraphs = page.articleParagraphs.isEmpty ? page.otherParagraphs : page.articleParagraphs
        return (f, page.tooDeep)
    }

    private static func walk(_ node: Node, inArticle: Bool, inFurniture: Bool, depth: Int, _ page: inout Page) {
        guard node.pointee.type == GUMBO_NODE_ELEMENT else { return }
        guard depth < maxDepth else { page.tooDeep = true; return }
        let tag = node.pointee.v.element.tag
        if hidden.contains(tag) { return }
        switch tag {
        case GUMBO_TAG_META:
            if let key = attribute(node, "property") ?? attribute(node, "name"), let content = attribute(node, "content"),
               page.meta[key] == nil {
                page.meta[key] = collapsed(content)
            }
        case GUMBO_TAG_TITLE where page.title == nil:
            page.title = text(node)
        case GUMBO_TAG_H1 where page.h1 == nil:
            page.h1 = text(node)
        case GUMBO_TAG_TIME where page.time == nil:
            page.time = attribute(node, "datetime")
        case GUMBO_TAG_P:
            let paragraph = text(node)
            if !paragraph.isEmpty && !inFurniture {
                if inArticle { page.articleParagraphs.append(paragraph) } else { page.otherParagraphs.append(paragraph) }
            }
            return
        default:
            break
        }
        for child in children(node) {
            walk(child, inArticle: inArticle || tag == GUMBO_TAG_ARTICLE,
                 inFurniture: inFurniture || furniture.contains(tag), depth: depth + 1, &page)
        }
    }

    private static func children(_ node: Node) -> [Node] {
        let v = node.pointee.v.element.children
        return (0..<Int(v.length)).map { v.data[$0]!.assumingMemoryBound(to: GumboNode.self) }
    }

    /// The element's text with white space runs collapsed to one space (HTML rendering rules).
    private static func text(_ node: Node) -> String {
        var raw = ""
        collect(node, into: &raw, depth: 0)
        return collapsed(raw)
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func collect(_ node: Node, into out: inout String, depth: Int) {
        guard depth < maxDepth else { return }
        switch node.pointee.type {
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            out += String(cString: node.pointee.v.text.text)
        case GUMBO_NODE_ELEMENT:
            let tag = node.pointee.v.element.tag
            if hidden.contains(tag) { return }
            if tag == GUMBO_TAG_BR { out += " " }
            for child in children(node) { collect(child, into: &out, depth: depth + 1) }
        default:
            break
        }
    }

    private static func attribute(_ node: Node, _ name: String) -> String? {
        withUnsafeMutablePointer(to: &node.pointee.v.element.attributes) { attributes in
            gumbo_get_attribute(attributes, name).map { String(cString: $0.pointee.value) }
        }
    }
}
