import CGumbo

/// Decides block by block, inside the story's elements, what is story: not link lists, not
/// "Advertisement" lines, not the headline, byline or date line the metadata already holds.
struct HTMLBlockFilter {
    private let headline: String?
    private let authors: [String]

    init(metadata: HTMLMetadata) {
        headline = metadata.headline?.value.lowercased()
        authors = (metadata.authors?.value ?? []).map { $0.lowercased() }
    }

    func keeps(_ block: HTMLBlock) -> Bool {
        if block.ownerTag == GUMBO_TAG_H1 { return false }
        // Menus and story lists: mostly link text, unless long enough to be a paragraph with links.
        if block.linkDensity > 0.5 && block.characters < 300 { return false }
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

    /// "March 14, 2022", "Updated 9:30 AM ET, Mon March 14, 2022".
    private func isDateline(_ text: String, lowered: String) -> Bool {
        guard text.count <= 80 else { return false }
        if Day.line(Substring(text)) != nil { return true }
        let stamps = ["published", "updated", "posted", "last updated", "first published", "last modified"]
        return stamps.contains { lowered.hasPrefix($0) } && text.contains(where: \.isNumber)
    }
}
