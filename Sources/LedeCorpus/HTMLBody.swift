import Foundation
import CGumbo

/// Finds a page's story text: drops furniture (`HTMLBoilerplate`), splits the rest into blocks,
/// scores the elements holding them by text, commas and link density as readability does,
/// takes the best one with its sibling blocks of story, and cleans its blocks one by one.
struct HTMLBody {
    var paragraphs: [String] = []
    /// Photo captions and credits: kept apart from the story, as the plain-text loader does.
    var captions: [String] = []
    /// How the body was found: "itemprop articleBody", "scored blocks", "json-ld articleBody".
    var source: String?

    /// Less story text than this (in characters) means the page holds no article.
    static let minimumStory = 200

    init(_ tree: HTMLTree, metadata: HTMLMetadata) {
        guard let root = tree.first(where: { $0.tag == GUMBO_TAG_BODY }) ?? tree.root else { return }
        let dropped = Self.droppedElements(tree)
        let blocks = HTMLBlocks.split(tree, from: root, skip: { dropped[$0] })
        captions = tree.nodes.indices.filter { tree[$0].tag == GUMBO_TAG_FIGCAPTION }.map { tree.text($0) }.filter { !$0.isEmpty }
        var scores = HTMLScores(tree, blocks: blocks)
        if let (chosen, source) = scores.main(tree, root: root) {
            self.source = source
            if getenv("LEDE_HTML_DEBUG") != nil { for c in chosen { print("CHOSEN", tree[c].name, HTMLBoilerplate.names(tree[c])) } }
            let clean = HTMLBlockFilter(metadata: metadata)
            paragraphs = blocks.filter { block in chosen.contains { tree.isInside(block.owner, $0) } && clean.keeps(block) }.map(\.text)
        }
        useJSONBody(metadata.jsonBody)
        if paragraphs.reduce(0, { $0 + $1.count }) < Self.minimumStory {
            paragraphs = []
            source = nil
        }
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
            if node.tag == nil && !outsideProse[index] { prose[index] = node.text.count }
        }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            prose[nodes[index].parent] += prose[index]
        }
        let total = prose.first ?? 0
        let neverText: Set<GumboTag> = [GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_HEAD, GUMBO_TAG_NOSCRIPT]
        var dropped = [Bool](repeating: false, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            if node.parent >= 0 && dropped[node.parent] { dropped[index] = true; continue }
            guard HTMLBoilerplate.isFurniture(node) else { continue }
            let holdsStory = prose[index] * 10 >= total * 4 && total > 0
            dropped[index] = !holdsStory || node.tag.map(neverText.contains) == true
        }
        return dropped
    }
}
