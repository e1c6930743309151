/// Reads the layout news text has when it is saved as plain text: promotional lines, a headline,
/// a photo caption with its credit in parentheses, a date line, then the story's paragraphs.
enum NewsLayout {
    static let promoOpenings = ["join our ", "subscribe to ", "follow us on ", "sign up for "]
    /// The only lines at the top that are read as layout; after that everything is story.
    static let headLines = 8

    static func read(_ lines: ArraySlice<Substring>, markdown: Bool, wantsHeadline: Bool) -> ArticleFields {
        var f = ArticleFields()
        let blocks = ParagraphSplitter.blocks(lines)
        var b = 0, l = 0
        var afterHeadline = false
        var seen = 0
        // The head: consume layout lines until the first line of story.
        while b < blocks.count && seen < headLines {
            let block = blocks[b], line = block[l]
            let next = l + 1 < block.count ? block[l + 1] : nil
            var tookHeadline = false
            if isPromo(line) {
                f.boilerplate.append(String(line))
                f.outlet = f.outlet ?? outlet(inPromo: line)
            } else if f.date == nil, let day = Day.line(line) {
                f.date = day
            } else if wantsHeadline && f.headline == nil && l == 0, let headline = headline(line, next: next, markdown: markdown) {
                f.headline = headline
                tookHeadline = true
            } else if afterHeadline && isCaption(line) {
                f.boilerplate.append(String(line))
            } else {
                break
            }
            afterHeadline = tookHeadline
            (l, b) = l + 1 < block.count ? (l + 1, b) : (0, b + 1)
            seen += 1
        }
        // The story: the rest of the current block, then every further block.
        var story: [String] = []
        if b < blocks.count {
            story.append(blocks[b][l...].map { text($0, markdown: markdown) }.joined(separator: " "))
            story += blocks[(b + 1)...].map { $0.map { text($0, markdown: markdown) }.joined(separator: " ") }
        }
        for paragraph in story {
            if isPromo(paragraph[...]) {
                f.boilerplate.append(paragraph)
                f.outlet = f.outlet ?? outlet(inPromo: paragraph[...])
            } else if !paragraph.isEmpty {
                f.paragraphs.append(paragraph)
            }
        }
        return f
    }

    /// A Markdown line without its heading marks.
    private static func text(_ line: Substring, markdown: Bool) -> String {
        guard markdown && line.hasPrefix("#") else { return String(line) }
        return String(line.drop { $0 == "#" }.trimmed)
    }

    /// The first line is a headline when it is alone on its line and reads like one: not long,
    /// and if it ends like a sentence, short (a story's first sentence often stands alone too).
    /// A Markdown `# ` heading always is.
    private static func headline(_ line: Substring, next: Substring?, markdown: Bool) -> String? {
        if markdown && line.hasPrefix("# ") { return text(line, markdown: true) }
        if let next, Day.line(next) == nil && !isCaption(next) { return nil }
        let words = line.split(separator: " ").count
        let endsSentence = line.last.map { ".\"”".contains($0) } ?? false
        guard line.count <= 200, words <= (endsSentence ? 12 : 25) else { return nil }
        return text(line, markdown: markdown)
    }

    /// "Putin and Xi. (Kremlin/Released)": a photo caption ending in its credit.
    private static func isCaption(_ line: Substring) -> Bool {
        line.hasSuffix(")") && line.count <= 400 && line.contains(" (")
    }

    /// "Join our ... Telegram channel", "Subscribe to ...", "Follow us on ...", "Sign up for ...".
    static func isPromo(_ line: Substring) -> Bool {
        // Every paragraph is tested, so look at the opening before counting the whole line.
        let opening = line.prefix(16).lowercased()
        return promoOpenings.contains(where: opening.hasPrefix) && line.count <= 200
    }

    /// The capitalised name right before "Telegram", "channel" or "newsletter".
    private static func outlet(inPromo line: Substring) -> String? {
        let words = line.split(separator: " ").map { String(trimmingPunctuation($0)) }
        guard let anchor = words.firstIndex(where: { ["telegram", "channel", "newsletter"].contains($0.lowercased()) })
        else { return nil }
        let skip: Set<String> = ["Join", "Subscribe", "Follow", "Sign", "Our", "The", "To", "For", "On", "Up", "Us"]
        var name: [String] = []
        for word in words[..<anchor].reversed() {
            guard let first = word.first, first.isUppercase, !skip.contains(word) else { break }
            name.insert(word, at: 0)
        }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    private static func trimmingPunctuation(_ word: Substring) -> Substring {
        guard let first = word.firstIndex(where: { !$0.isPunctuation }),
              let last = word.lastIndex(where: { !$0.isPunctuation }) else { return word[word.endIndex...] }
        return word[first...last]
    }
}
