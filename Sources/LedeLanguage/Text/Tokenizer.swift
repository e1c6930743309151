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
        while i < scalars.endIndex {
            guard isWord(scalars[i]) else { i = scalars.index(after: i); continue }
            let start = i
            var end = scalars.index(after: i)
            var letter = isLetter(scalars[i])
            var segment = 1  // word characters since the last inner mark
            while end < scalars.endIndex {
                let s = scalars[end]
                let next = scalars.index(after: end)
                if isWord(s) {
                    letter = letter || isLetter(s)
                    segment += 1
                    end = next
                } else if s == "'" || s == "\u{2019}" || s == "-" || s == "\u{2010}", next < scalars.endIndex, isWord(scalars[next]) {
                    segment = 0
                    end = next
                } else if s == ".", segment == 1, isLetter(scalars[scalars.index(before: end)]),
                          next < scalars.endIndex, isLetter(scalars[next]),
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

    // ASCII is decided from the scalar's value: the Unicode property tables are only for the
    // rest, which keeps reading every body for the word index near the speed of the bytes.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A : s.properties.isAlphabetic
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? isLetter(s) || (s.value >= 0x30 && s.value <= 0x39) : s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// The normalised words of a text.
    static func words(_ text: String) -> [String] { tokens(text).map(\.norm) }

    static func normalise(_ word: String) -> String {
        var w = word.lowercased()
        // Only a word with non-ASCII scalars can hold a curly apostrophe or a Unicode hyphen.
        if !w.utf8.allSatisfy({ $0 < 0x80 }) {
            if w.contains("\u{2019}") { w = w.replacingOccurrences(of: "\u{2019}", with: "'") }
            if w.contains("\u{2010}") { w = w.replacingOccurrences(of: "\u{2010}", with: "-") }
        }
        if w.hasSuffix("'s"), w.count > 2 { w.removeLast(2) }
        return w
    }
}
