import CGumbo

/// Decides block by block, inside the story's elements, what is story: not link lists, not
/// "Advertisement" lines, not the headline, byline or date line the metadata already holds.
struct HTMLBlockFilter {
    private let headline: String?
    private let authors: [String]
    private let url: String?

    init(metadata: HTMLMetadata) {
        url = metadata.url?.value
        headline = metadata.headline?.value.lowercased()
        authors = (metadata.authors?.value ?? []).map { $0.lowercased() }
    }

    /// The story's blocks that are story, in order.
    func kept(_ blocks: [HTMLBlock]) -> [HTMLBlock] {
        blocks.indices.filter { index in
            // Menus and story lists are runs of mostly-link lines; one such line between
            // paragraphs ("Account: @name") may be part of the story.
            let isLinks = { (other: Int) in other >= 0 && other < blocks.count && blocks[other].linkDensity > 0.5 }
            let alone = !isLinks(index - 1) && !isLinks(index + 1)
            return keeps(blocks[index], alone: alone)
        }.map { blocks[$0] }
    }

    private func keeps(_ block: HTMLBlock, alone: Bool) -> Bool {
        if block.ownerTag == GUMBO_TAG_H1 { return false }
        if let url, block.text == url { return false }
        // Mostly link text, unless long enough to be a paragraph with links, or alone with words
        // of its own (a line that is one link between paragraphs is a related story).
        if block.linkDensity > 0.5 && block.characters < 300 && !(alone && block.linkDensity < 0.9) { return false }
        if HTMLBoilerplate.isFurnitureLine(block.text) { return false }
        let lowered = block.text.lowercased()
        if let headline, lowered == headline { return false }
        return !isByline(lowered, characters: block.characters) && !isDateline(block.text, lowered: lowered)
    }

    /// "By Ann Lee", "Ann Lee, Reuters": short and naming the authors.
    private func isByline(_ lowered: String, characters: Int) -> Bool {
        guard characters <= 80 else { return false }
        if lowered.hasPrefix("by ") && characters <= 60 { return true }
        return authors.contains { !$0.isEmpty && lowered.hasPrefix($0) && characters <= $0.count + 30 }
    }

    /// "March 14, 2022", "Updated 9:30 AM ET, Mon March 14, 2022", "2019-11-20 14:35:08",
    /// "sexta-feira, 22 de outubro de 2010 às 20:13": short, and holding a date or a time.
    private func isDateline(_ text: String, lowered: String) -> Bool {
        guard text.count <= 80 else { return false }
        if Day.line(Substring(text)) != nil { return true }
        let stamps = ["published", "updated", "posted", "last updated", "first published", "last modified"]
        if stamps.contains(where: lowered.hasPrefix) && text.contains(where: \.isNumber) { return true }
        let words = text.split(separator: " ")
        return words.count <= 8 && (Self.hasClockTime(text) || Self.hasISODate(text)) && !text.hasSuffix(".")
    }

    /// "14:35", "9:30": one or two digits, a colon, two digits (hand-scanned: a regular
    /// expression per block costs more than the rest of the filter).
    private static func hasClockTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ":") {
            let before = digits(bytes, from: index - 1, step: -1), after = digits(bytes, from: index + 1, step: 1)
            if (1...2).contains(before) && after == 2 { return true }
        }
        return false
    }

    /// "2019-11-20", "2019/11/20".
    private static func hasISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
            let year = digits(bytes, from: index - 1, step: -1), month = digits(bytes, from: index + 1, step: 1)
            let next = index + 1 + month
            if year == 4 && month == 2 && next < bytes.count && bytes[next] == byte && digits(bytes, from: next + 1, step: 1) == 2 {
                return true
            }
        }
        return false
    }

    /// How many ASCII digits run from `start` in the direction of `step`.
    private static func digits(_ bytes: [UInt8], from start: Int, step: Int) -> Int {
        var index = start, count = 0
        while index >= 0 && index < bytes.count && (48...57).contains(bytes[index]) {
            count += 1
            index += step
        }
        return count
    }
}
