import LedeCorpus

/// A word of a text: its normalised form and where it stands.
struct WordToken {
    /// Lower case, curly apostrophes straightened, a final possessive 's removed: "Putin’s" -> "putin".
    var norm: String
    /// UTF-8 offsets of the word as written.
    var start: Int
    var end: Int
    /// True when it has a letter (not a bare number such as "2022").
    var hasLetter: Bool
}

/// Splits text into words the way `WordCounter` counts them: runs of letters and digits, with
/// apostrophes and hyphens inside a word kept ("well-known", "don't").
enum Tokenizer {
    /// Reads every body for the word index, so it walks an array of scalars with their UTF-8
    /// offsets rather than `String` indices, and lowercases ASCII words byte by byte.
    static func tokens(_ text: String) -> [WordToken] {
        let bytes = Array(text.utf8)
        let indexed = ScalarOffsets(text)
        let scalars = indexed.scalars, offsets = indexed.bytes
        let n = scalars.count
        var result: [WordToken] = []
        var i = 0
        while i < n {
            guard isWord(scalars[i]) else { i += 1; continue }
            let start = i
            var end = i + 1
            var letter = isLetter(scalars[i])
            var segment = 1  // word characters since the last inner mark
            while end < n {
                let s = scalars[end]
                let next = end + 1
                if isWord(s) {
                    letter = letter || isLetter(s)
                    segment += 1
                    end = next
                } else if s == "'" || s == "\u{2019}" || s == "-" || s == "\u{2010}", next < n, isWord(scalars[next]) {
                    segment = 0
                    end = next
                } else if s == ".", segment == 1, isLetter(scalars[end - 1]), next < n, isLetter(scalars[next]),
                          next + 1 == n || !isWord(scalars[next + 1]) {
                    // An initialism: "U.S.", "F.B.I." stay one word ("u.s", "f.b.i").
                    segment = 0
                    end = next
                } else {
                    break
                }
            }
            let a = offsets[start], b = offsets[end]
            result.append(WordToken(norm: normalise(bytes[a..<b]), start: a, end: b, hasLetter: letter))
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

    /// `normalise` of a word's UTF-8 bytes, lowercasing an ASCII word without Unicode tables.
    private static func normalise(_ word: ArraySlice<UInt8>) -> String {
        guard word.allSatisfy({ $0 < 0x80 }) else { return normalise(String(decoding: word, as: UTF8.self)) }
        var count = word.count
        let last = word.index(before: word.endIndex)
        if count > 2, word[last] | 0x20 == UInt8(ascii: "s"), word[last - 1] == UInt8(ascii: "'") { count -= 2 }
        return String(unsafeUninitializedCapacity: count) { buffer in
            for (k, byte) in word.prefix(count).enumerated() { buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
            return count
        }
    }

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
