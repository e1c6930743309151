/// `key: value` lines between two `---` lines at the top of a text or Markdown file.
enum FrontMatter {
    /// The fields and the index of the first line after the closing `---`; nil when the file has
    /// no front matter.
    static func parse(_ lines: [Substring]) -> (pairs: [(key: String, value: FieldValue)], rest: Int)? {
        guard lines.first?.trimmed == "---",
              let close = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" }) else { return nil }
        var pairs: [(key: String, value: FieldValue)] = []
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed
            let value = line[line.index(after: colon)...].trimmed
            guard !key.isEmpty else { continue }
            pairs.append((String(key), parse(value)))
        }
        return (pairs, close + 1)
    }

    /// `[a, b]` is a list; surrounding quotes are dropped.
    private static func parse(_ value: Substring) -> FieldValue {
        if value.hasPrefix("[") && value.hasSuffix("]") {
            return .list(value.dropFirst().dropLast().split(separator: ",").map { .text(unquote($0.trimmed)) })
        }
        return .text(unquote(value))
    }

    private static func unquote(_ s: Substring) -> String {
        for q in ["\"", "'"] where s.count >= 2 && s.hasPrefix(q) && s.hasSuffix(q) {
            return String(s.dropFirst().dropLast())
        }
        return String(s)
    }
}
