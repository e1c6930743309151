import CGumbo

/// Scores of the elements that hold story-like blocks, readability style: each block of 25 or
/// more characters gives 1 point, 1 per comma and 1 per 100 characters (at most 3) to the
/// element around it, half to the next one up and less further up; an element's score is then
/// scaled down by its link density.
struct HTMLScores {
    private var score: [Int: Double] = [:]
    /// Characters and link characters of the blocks inside each element.
    private var characters: [Int]
    private var linkCharacters: [Int]
    /// Characters of the blocks inside each element that read as prose (long, few links).
    private var proseCharacters: [Int]
    /// Blocks inside each element that do not read as prose (menu items, labels, link lists).
    private var otherBlocks: [Int]
    /// Elements that own a scoring block directly.
    private var paragraphLike: Set<Int> = []

    private static let ancestorLevels = 5

    init(_ tree: HTMLTree, blocks: [HTMLBlock]) {
        characters = [Int](repeating: 0, count: tree.nodes.count)
        linkCharacters = characters
        proseCharacters = characters
        otherBlocks = characters
        for block in blocks {
            if !Self.isProse(block) { otherBlocks[block.owner] += 1 }
            characters[block.owner] += block.characters
            linkCharacters[block.owner] += block.linkCharacters
            if Self.isProse(block) { proseCharacters[block.owner] += block.characters }
        }
        for index in tree.nodes.indices.reversed() where tree[index].parent >= 0 {
            characters[tree[index].parent] += characters[index]
            linkCharacters[tree[index].parent] += linkCharacters[index]
            proseCharacters[tree[index].parent] += proseCharacters[index]
            otherBlocks[tree[index].parent] += otherBlocks[index]
        }
        for block in blocks where block.characters >= 25 && block.linkDensity < 0.5 && !Self.isHeading(block.ownerTag) {
            let commas = block.text.unicodeScalars.reduce(0) { $0 + ($1 == "," || $1 == "，" ? 1 : 0) }
            let points = 1 + Double(commas) + min(Double(block.characters) / 100, 3)
            // Loose text in a `<div>` that also holds blocks scores the `<div>` itself, as
            // readability does after wrapping that text in a paragraph.
            var element = Self.isContainer(tree, block.owner) ? block.owner : tree[block.owner].parent
            paragraphLike.insert(block.owner)
            var level = 0
            while element >= 0 && level < Self.ancestorLevels {
                if score[element] == nil { score[element] = Self.baseScore(tree[element]) }
                let share = level == 0 ? 1 : level == 1 ? 0.5 : 1 / Double(level * 3)
                score[element, default: 0] += points * share
                element = tree[element].parent
                level += 1
            }
        }
    }

    func linkDensity(_ index: Int) -> Double {
        characters[index] == 0 ? 0 : Double(linkCharacters[index]) / Double(characters[index])
    }

    func finalScore(_ index: Int) -> Double? {
        score[index].map { $0 * (1 - linkDensity(index)) }
    }

    /// The elements holding the story and how they were found, or nil when no block scored.
    func main(_ tree: HTMLTree, root: Int) -> (elements: [Int], source: String)? {
        let marked = tree.first { $0.attribute("itemprop")?.lowercased() == "articlebody" }
        if let marked, characters[marked] >= HTMLBody.minimumStory {
            return ([marked], "itemprop articleBody")
        }
        guard var top = score.keys.max(by: { (finalScore($0) ?? 0, -$0) < (finalScore($1) ?? 0, -$1) }),
              let topScore = finalScore(top) else { return nil }
        top = climb(tree, from: top, root: root)
        return (siblings(tree, of: top, topScore: max(topScore, finalScore(top) ?? 0)), "scored blocks")
    }

    /// A parent that scores better than the best element is the better pick: the story is then
    /// split over several children of it.
    private func climb(_ tree: HTMLTree, from top: Int, root: Int) -> Int {
        var best = top
        guard let topScore = finalScore(top) else { return top }
        var lastScore = topScore
        var parent = tree[top].parent
        while parent >= 0 && parent != root {
            guard let parentScore = finalScore(parent) else { parent = tree[parent].parent; continue }
            if parentScore < topScore / 3 { break }
            if parentScore > lastScore { best = parent; break }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        // A parent that adds only prose (the story split over chunks) or nothing holds the
        // whole story; one that adds link lists or short lines is the page around it.
        while tree[best].parent >= 0 && tree[best].parent != root {
            let parent = tree[best].parent
            let added = characters[parent] - characters[best]
            guard readsAsProse(parent, lines: added, prose: proseCharacters[parent] - proseCharacters[best],
                               others: otherBlocks[parent] - otherBlocks[best], storySoFar: proseCharacters[best] / 2)
            else { break }
            best = parent
        }
        return best
    }

    /// A block long enough and with few enough links to be a paragraph of a story.
    private static func isProse(_ block: HTMLBlock) -> Bool {
        block.characters >= 40 && block.linkDensity < 0.3 && !isHeading(block.ownerTag)
    }

    /// The best element and those of its siblings that read as story too.
    private func siblings(_ tree: HTMLTree, of top: Int, topScore: Double) -> [Int] {
        let parent = tree[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = tree[top].attribute("class")
        return tree[parent].children.filter { sibling in
            if sibling == top { return true }
            guard tree[sibling].tag != nil else { return false }
            // Only prose joins: a sibling of teasers or menus scores well too.
            guard readsAsProse(sibling, lines: characters[sibling], prose: proseCharacters[sibling], others: otherBlocks[sibling])
            else { return false }
            var siblingScore = finalScore(sibling) ?? 0
            if let topClass, !topClass.isEmpty, tree[sibling].attribute("class") == topClass { siblingScore += topScore * 0.2 }
            if siblingScore >= threshold { return true }
            guard paragraphLike.contains(sibling) else { return false }
            let length = characters[sibling], density = linkDensity(sibling)
            return (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0)
        }
    }

    /// Text that is mostly prose, with at most two other lines, and not more prose than
    /// `storySoFar` (a comment thread or a page of teasers is not a continuation).
    private func readsAsProse(_ index: Int, lines characters: Int, prose: Int, others: Int, storySoFar: Int? = nil) -> Bool {
        characters == 0 || (prose * 10 >= characters * 7 && others <= 2 && prose <= (storySoFar ?? prose))
    }

    private static func isHeading(_ tag: GumboTag?) -> Bool {
        [GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6].contains(tag)
    }

    /// An element that is not a paragraph: it has block children of its own.
    private static func isContainer(_ tree: HTMLTree, _ index: Int) -> Bool {
        let paragraphTags: Set<GumboTag> = [GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_LI,
                                             GUMBO_TAG_DD, GUMBO_TAG_DT]
        guard let tag = tree[index].tag, !paragraphTags.contains(tag) else { return false }
        return tree[index].children.contains { tree[$0].tag != nil && !HTMLBlocks.isInline(tree[$0]) }
    }

    /// What an element's tag and names say before its text is counted.
    private static func baseScore(_ node: HTMLTree.Node) -> Double {
        var base: Double
        switch node.tag {
        case GUMBO_TAG_DIV?, GUMBO_TAG_ARTICLE?, GUMBO_TAG_MAIN?: base = 5
        case GUMBO_TAG_PRE?, GUMBO_TAG_TD?, GUMBO_TAG_BLOCKQUOTE?: base = 3
        case GUMBO_TAG_ADDRESS?, GUMBO_TAG_OL?, GUMBO_TAG_UL?, GUMBO_TAG_DL?, GUMBO_TAG_DD?, GUMBO_TAG_DT?, GUMBO_TAG_LI?,
             GUMBO_TAG_FORM?: base = -3
        case GUMBO_TAG_TH?: base = -5
        default: base = 0
        }
        let names = node.names
        if HTMLBoilerplate.isStoryName(names) || node.attribute("itemprop")?.lowercased() == "articlebody" { base += 25 }
        else if HTMLBoilerplate.isFurnitureName(names) { base -= 25 }
        return base
    }
}
