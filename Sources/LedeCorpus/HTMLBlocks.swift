import CGumbo

/// A run of text a browser would show as one block: a paragraph, a heading, a list item, or the
/// loose text of a `<div>` between its child blocks.
struct HTMLBlock {
    var text: String
    /// Unicode scalars of `text`, and of those the ones inside links (white space left out).
    var characters: Int
    var linkCharacters: Int
    /// The nearest element around it that is not inline (`<p>`, `<li>`, `<div>`).
    var owner: Int
    var ownerTag: GumboTag?

    /// Share of the text that is link text: menus and story lists are mostly links.
    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
}

enum HTMLBlocks {
    /// Elements that flow inside a block; every other element starts and ends one.
    private static let inline: Set<GumboTag> = [
        GUMBO_TAG_A, GUMBO_TAG_ABBR, GUMBO_TAG_B, GUMBO_TAG_BDI, GUMBO_TAG_BDO, GUMBO_TAG_CITE, GUMBO_TAG_CODE,
        GUMBO_TAG_DATA, GUMBO_TAG_DFN, GUMBO_TAG_EM, GUMBO_TAG_FONT, GUMBO_TAG_I, GUMBO_TAG_KBD, GUMBO_TAG_MARK,
        GUMBO_TAG_Q, GUMBO_TAG_S, GUMBO_TAG_SAMP, GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRONG, GUMBO_TAG_SUB,
        GUMBO_TAG_SUP, GUMBO_TAG_TIME, GUMBO_TAG_U, GUMBO_TAG_VAR, GUMBO_TAG_WBR, GUMBO_TAG_LABEL, GUMBO_TAG_INS,
        GUMBO_TAG_DEL, GUMBO_TAG_NOBR, GUMBO_TAG_TT, GUMBO_TAG_BIG, GUMBO_TAG_STRIKE, GUMBO_TAG_IMG,
        GUMBO_TAG_SOURCE,
    ]
    /// Inline elements gumbo 0.10 does not know by tag.
    private static let inlineNames: Set<String> = ["picture"]

    /// The length in Unicode scalars `text.collapsedWhitespace` would have, without building it.
    static func collapsedLength(_ text: String) -> Int {
        var length = 0, inSpace = true
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !inSpace { length += 1; inSpace = true }
            } else {
                length += 1
                inSpace = false
            }
        }
        return inSpace && length > 0 ? length - 1 : length
    }

    static func isInline(_ node: HTMLTree.Node) -> Bool {
        guard let tag = node.tag else { return true }
        return inline.contains(tag) || (tag == GUMBO_TAG_UNKNOWN && inlineNames.contains(node.name))
    }

    /// The blocks under `root` in document order, leaving out elements `skip` says to.
    static func split(_ tree: HTMLTree, from root: Int, skip: (Int) -> Bool) -> [HTMLBlock] {
        var blocks: [HTMLBlock] = []
        var raw = "", linkCharacters = 0, linkDepth = 0
        var owners: [Int] = [root]
        func flush() {
            let text = raw.collapsedWhitespace
            raw = ""
            defer { linkCharacters = 0 }
            guard !text.isEmpty, let owner = owners.last else { return }
            let characters = text.scalarCount
            blocks.append(HTMLBlock(text: text, characters: characters, linkCharacters: min(linkCharacters, characters),
                                    owner: owner, ownerTag: tree[owner].tag))
        }
        // Each element is visited twice, entering and leaving, with an explicit stack.
        var stack: [(index: Int, leaving: Bool)] = [(root, false)]
        while let (index, leaving) = stack.popLast() {
            let node = tree[index]
            guard let tag = node.tag else {
                raw += node.text
                if linkDepth > 0 { linkCharacters += collapsedLength(node.text) }
                continue
            }
            // A table row reads as one line, its cells apart by a space.
            let isCell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH
            let isInline = isCell || isInline(node)
            if leaving {
                if tag == GUMBO_TAG_A { linkDepth -= 1 }
                if isCell { raw += " " }
                if !isInline { flush(); owners.removeLast() }
                continue
            }
            if index != root && skip(index) { continue }
            if tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR { flush(); continue }
            if tag == GUMBO_TAG_A { linkDepth += 1 }
            if isCell { raw += " " }
            if !isInline { flush(); owners.append(index) }
            stack.append((index, true))
            for child in node.children.reversed() { stack.append((child, false)) }
        }
        flush()
        return blocks
    }
}
