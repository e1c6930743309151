import LedeLanguage

/// The Markdown of a notebook's prose as HTML: headings, paragraphs, lists, block quotes, pipe
/// tables, code blocks, and inline code, bold, italics and links. Enough for lessons and
/// handouts; raw HTML in the Markdown is shown as text, so a handout runs no script.
enum MarkdownHTML {
    static func html(_ markdown: String) -> String {
        var out = ""
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).withoutCR }[...]
        while let line = lines.first {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { lines.removeFirst(); continue }
            if let fence = Fence(opening: line) {
                lines.removeFirst()
                var code: [String] = []
                while let next = lines.first, !fence.isClosed(by: next) { code.append(next); lines.removeFirst() }
                if !lines.isEmpty { lines.removeFirst() }
                out += "<pre><code>" + ChartSVG.escape(code.joined(separator: "\n")) + "</code></pre>\n"
            } else if let level = heading(trimmed) {
                lines.removeFirst()
                let text = String(trimmed.dropFirst(level)).trimmingCharacters(in: .whitespaces)
                let page = text.lowercased().hasPrefix("teacher") ? " class=\"teacher\"" : ""
                out += "<h\(level)\(page) id=\"\(anchor(text))\">\(inline(text))</h\(level)>\n"
            } else if trimmed.hasPrefix("|") {
                out += table(take(&lines) { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") })
            } else if trimmed.hasPrefix(">") {
                let quoted = take(&lines) { $0.trimmingCharacters(in: .whitespaces).hasPrefix(">") }
                out += "<blockquote>" + html(quoted.map { String($0.trimmingCharacters(in: .whitespaces).dropFirst()) }.joined(separator: "\n")) + "</blockquote>\n"
            } else if let ordered = listMarker(trimmed) {
                out += list(&lines, ordered: ordered)
            } else {
                let paragraph = take(&lines) { l in
                    let t = l.trimmingCharacters(in: .whitespaces)
                    return !t.isEmpty && heading(t) == nil && Fence(opening: l) == nil && !t.hasPrefix("|") && !t.hasPrefix(">") && listMarker(t) == nil
                }
                out += "<p>" + inline(paragraph.joined(separator: "\n")) + "</p>\n"
            }
        }
        return out
    }

    /// Lines from the front while `test` holds.
    private static func take(_ lines: inout ArraySlice<String>, while test: (String) -> Bool) -> [String] {
        var taken: [String] = []
        while let line = lines.first, test(line) { taken.append(line); lines.removeFirst() }
        return taken
    }

    private static func heading(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// True for "1. ", false for "- " or "* ", nil for neither.
    private static func listMarker(_ line: String) -> Bool? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return false }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ") ? true : nil
    }

    /// A list; an indented line continues the item above it.
    private static func list(_ lines: inout ArraySlice<String>, ordered: Bool) -> String {
        var items: [String] = []
        while let line = lines.first {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let marker = listMarker(trimmed), marker == ordered, !line.hasPrefix(" ") {
                items.append(String(trimmed.drop { $0 != " " }.dropFirst()))
            } else if !trimmed.isEmpty, line.hasPrefix(" "), !items.isEmpty {
                items[items.count - 1] += "\n" + trimmed
            } else {
                break
            }
            lines.removeFirst()
        }
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>" + items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(tag)>\n"
    }

    private static func table(_ rows: [String]) -> String {
        func cells(_ row: String) -> [String] {
            var t = row.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("|") { t.removeFirst() }
            if t.hasSuffix("|") { t.removeLast() }
            return t.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard rows.count >= 2, cells(rows[1]).allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) else {
            return "<p>" + inline(rows.joined(separator: "\n")) + "</p>\n"
        }
        let head = "<tr>" + cells(rows[0]).map { "<th>" + inline($0) + "</th>" }.joined() + "</tr>"
        let body = rows.dropFirst(2).map { "<tr>" + cells($0).map { "<td>" + inline($0) + "</td>" }.joined() + "</tr>" }.joined()
        return "<table><thead>\(head)</thead><tbody>\(body)</tbody></table>\n"
    }

    /// `code`, **bold**, *italics* and [text](link), escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let c = rest.first {
            if c == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                out += "<code>" + ChartSVG.escape(String(rest[rest.index(after: rest.startIndex)..<end])) + "</code>"
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                out += "<strong>" + inline(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])) + "</strong>"
                rest = rest[end.upperBound...]
            } else if c == "*", let end = rest.dropFirst().firstIndex(of: "*"), end > rest.index(after: rest.startIndex) {
                out += "<em>" + inline(String(rest[rest.index(after: rest.startIndex)..<end])) + "</em>"
                rest = rest[rest.index(after: end)...]
            } else if c == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "(",
                      let paren = rest[close...].firstIndex(of: ")") {
                let label = String(rest[rest.index(after: rest.startIndex)..<close])
                let target = String(rest[rest.index(close, offsetBy: 2)..<paren])
                out += "<a href=\"\(ChartSVG.escape(target))\">" + inline(label) + "</a>"
                rest = rest[rest.index(after: paren)...]
            } else {
                out += ChartSVG.escape(String(c))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    static func anchor(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }).split(separator: "-").joined(separator: "-")
    }
}
