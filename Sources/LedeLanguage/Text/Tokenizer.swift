import LedeCorpus

/// A word of a text: its normalised form and where it stands.
struct WordToken {
    /// Lower case, curly apostrophes straightened, a final possessive 's removed: "Putin’s" -> "putin".
    var norm: String
    /// The word as written, as a range of the text.
    var range: Range<String.Index>
    /// True when it has a letter (not a bare number such as "2022").
    var hasLetter: Bool
}

/// Splits text into words the way `WordCounter` counts them: runs of letters and digits, with
/// apostrophes and hyphens inside a word kept ("well-known", "don't").
enum Tokenizer {
    static func tokens(_ text: String) -> [WordToken] {
        var result: [WordToken] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        while i < scalars.endIndex {
            guard isWord(scalars[i]) else { i = scalars.index(after: i); continue }
            let start = i
            var end = scalars.index(after: i)
            var letter = scalars[i].properties.isAlphabetic
            var segment = 1  // word characters since the last inner mark
            while end < scalars.endIndex {
                let s = scalars[end]
                let next = scalars.index(after: end)
                if isWord(s) {
                    letter = letter || s.properties.isAlphabetic
                    segment += 1
                    end = next
                } else if s == "'" || s == "\u{2019}" || s == "-" || s == "\u{2010}", next < scalars.endIndex, isWord(scalars[next]) {
                    segment = 0
                    end = next
                } else if s == ".", segment == 1, scalars[scalars.index(before: end)].properties.isAlphabetic,
                          next < scalars.endIndex, scalars[next].properties.isAlphabetic,
                          scalars.index(after: next) == scalars.endIndex || !isWord(scalars[scalars.index(after: next)]) {
                    // An initialism: "U.S.", "F.B.I." stay one word ("u.s", "f.b.i").
                    segment = 0
                    end = next
                } else {
                    break
                }
            }
            result.append(WordToken(norm: normalise(String(scalars[start..<end])), range: start..<end, hasLetter: letter))
            i = end
        }
        return result
    }

    /// The normalised words of a text.
    static func words(_ text: String) -> [String] { tokens(text).map(\.norm) }

    static func normalise(_ word: String) -> String {
        var w = word.lowercased()
        if w.contains("\u{2019}") { w = w.replacingOccurrences(of: "\u{2019}", with: "'") }
        if w.contains("\u{2010}") { w = w.replacingOccurrences(of: "\u{2010}", with: "-") }
        if w.hasSuffix("'s"), w.count > 2 { w.removeLast(2) }
        return w
    }
}
