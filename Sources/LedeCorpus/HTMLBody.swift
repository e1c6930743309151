import Foundation
import CGumbo

/// Finds a page's story text: drops furniture (`HTMLBoilerplate`), splits the rest into blocks,
/// scores the elements holding them by text, commas and link density as readability does,
/// takes the best one with its sibling blocks of story, and cleans its blocks one by one.
struct HTMLBody {
    var paragraphs: [String] = []
    /// Photo captions and credits: kept apart from the story, as the plain-text loader does.
    var captions: [String] = []
    /// How the body was found: "itemprop articleBody", "scored blocks", "json-ld articleBody",
    /// or for a page too short to score, "article element" or "all blocks".
    var source: String?

    /// Less text than this (in characters) is not a story for `itemprop=articleBody` or
    /// JSON-LD `articleBody` to stand for.
    static let minimumStory = 200

    init(_ tree: HTMLTree, metadata: HTMLMetadata) {
        guard let root = tree.first(where: { $0.tag == GUMBO_TAG_BODY }) ?? tree.root else { return }
        let dropped = Self.droppedElements(tree)
        let blocks = HTMLBlocks.split(tree, from: root, skip: { dropped[$0] })
        let scores = HTMLScores(tree, blocks: blocks)
        // A page too short for any block to score is read whole (less its furniture), or its
        // `<article>` when it has one.
        let article = tree.first { $0.tag == GUMBO_TAG_ARTICLE }.flatMap { dropped[$0] ? nil : $0 }
        let (chosen, source) = scores.main(tree, root: root) ?? article.map { ([$0], "article element") } ?? ([root], "all blocks")
        let inStory = blocks.filter { block in chosen.contains { tree.isInside(block.owner, $0) } }
        let clean = HTMLBlockFilter(metadata: metadata)
        paragraphs = clean.kept(inStory).map(\.text)
        self.source = paragraphs.isEmpty ? nil : source
        captions = Self.captions(tree, dropped: dropped)
        if Self.isIndex(inStory) || Self.isErrorPage(metadata, paragraphs) {
            paragraphs = []
            self.source = nil
        }
        useJSONBody(metadata.jsonBody)
    }

    /// A list of stories rather than a story: many blocks, half of them mostly links (teaser
    /// headlines), and any prose comes after such a link (a teaser's summary), where a story's
    /// paragraphs follow one another.
    private static func isIndex(_ blocks: [HTMLBlock]) -> Bool {
        let links = blocks.filter { $0.linkDensity > 0.5 }.count
        guard links >= 6 && links * 2 >= blocks.count else { return false }
        var prose = 0, proseAfterLink = 0
        var lastWasLink = false
        for block in blocks {
            if block.linkDensity > 0.5 {
                lastWasLink = true
            } else if block.characters >= 80 {
                prose += 1
                if lastWasLink { proseAfterLink += 1 }
                lastWasLink = false
            }
        }
        return proseAfterLink * 2 >= prose
    }

    /// "404", "Page not found": an error page says so in its title and has little text.
    private static func isErrorPage(_ metadata: HTMLMetadata, _ paragraphs: [String]) -> Bool {
        guard let headline = metadata.headline?.value.lowercased(), paragraphs.reduce(0, { $0 + $1.count }) < 600 else { return false }
        return ["404", "not found", "page not found", "error", "no longer available", "access denied"].contains {
            headline.range(of: "\\b\($0)\\b", options: .regularExpression) != nil
        }
    }

    /// Photo captions (`<figcaption>`, or an element named for captions) outside the page's other
    /// furniture: those of the story's pictures, not of a teaser's thumbnail.
    private static func captions(_ tree: HTMLTree, dropped: [Bool]) -> [String] {
        let isCaption = { (node: HTMLTree.Node) in
            node.tag == GUMBO_TAG_FIGCAPTION || (node.tag != nil && node.names.contains("caption"))
        }
        var found: [String] = []
        for index in tree.nodes.indices where isCaption(tree[index]) {
            var around = tree[index].parent
            var nested = false
            while around >= 0 && (tree[around].tag == GUMBO_TAG_FIGURE || isCaption(tree[around])) {
                nested = nested || isCaption(tree[around])
                around = tree[around].parent
            }
            guard !nested, around < 0 || !dropped[around] else { continue }
            let text = tree.text(index)
            if !text.isEmpty { found.append(text) }
        }
        return found
    }

    /// The JSON-LD `articleBody` when the elements gave much less text than it has: the story may
    /// sit in a script the page renders later, or behind markup the scoring misread.
    private mutating func useJSONBody(_ json: String?) {
        guard let json, json.count >= Self.minimumStory else { return }
        let fromElements = paragraphs.reduce(0) { $0 + $1.count }
        guard fromElements * 10 < json.count * 6 else { return }
        var lines: [String]
        if json.contains("</") || json.contains("<p") || json.contains("<br") {
            let tree = HTMLTree(json)
            lines = tree.root.map { root in HTMLBlocks.split(tree, from: root, skip: { HTMLBoilerplate.isFurniture(tree[$0]) }).map(\.text) } ?? []
        } else {
            lines = json.split(whereSeparator: \.isNewline).map { String($0).collapsedWhitespace }
        }
        lines = lines.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return }
        paragraphs = lines
        source = "json-ld articleBody"
    }

    /// Elements to leave out: furniture, unless it holds much of the page's prose (text outside
    /// links): a "content-with-sidebar" wrapper, Blogger's "widget Blog" or an ASP.NET page-wide
    /// `<form>` is not furniture.
    static func droppedElements(_ tree: HTMLTree) -> [Bool] {
        let nodes = tree.nodes
        let notProse: Set<GumboTag> = [GUMBO_TAG_A, GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NOSCRIPT,
                                       GUMBO_TAG_HEAD]
        // Indices are in document order, so a parent comes before its children.
        var outsideProse = [Bool](repeating: false, count: nodes.count)
        var prose = [Int](repeating: 0, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            let parent = node.parent
            outsideProse[index] = (parent >= 0 && outsideProse[parent]) || node.tag.map(notProse.contains) == true
            if node.tag == nil && !outsideProse[index] { prose[index] = node.text.utf8.count }  // A ratio: bytes will do.
        }
        // Whether an element is or holds one named as the story ("entry-content", itemprop
        // articleBody): a wrapper around the story is not furniture, whatever its own name.
        var holdsStoryName = nodes.map { $0.tag != nil && (HTMLBoilerplate.isStoryName($0.names)
            || $0.attribute("itemprop")?.lowercased() == "articlebody") }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            prose[nodes[index].parent] += prose[index]
            if holdsStoryName[index] { holdsStoryName[nodes[index].parent] = true }
        }
        let total = prose.first ?? 0
        let neverText: Set<GumboTag> = [GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_HEAD, GUMBO_TAG_NOSCRIPT]
        var dropped = [Bool](repeating: false, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            if node.parent >= 0 && dropped[node.parent] { dropped[index] = true; continue }
            // A `<time>` standing alone is a date line; one inside a sentence is story.
            let standaloneTime = node.tag == GUMBO_TAG_TIME && node.parent >= 0
                && ![GUMBO_TAG_P, GUMBO_TAG_LI, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_SPAN].contains(nodes[node.parent].tag)
            guard standaloneTime || HTMLBoilerplate.isFurniture(node) else { continue }
            let holdsStory = (prose[index] * 10 >= total * 4 && total > 0) || holdsStoryName[index]
            dropped[index] = !holdsStory || node.tag.map(neverText.contains) == true
        }
        return dropped
    }
}
