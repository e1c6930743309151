import LedeCorpus

/// An article body as an array of Unicode scalars, so every offset is a code-point index
/// (the unit `TextSpan` uses) and access is O(1).
struct BodyText {
    let scalars: [Unicode.Scalar]
    /// The body's UTF-8 bytes and the byte offset of each scalar (plus the end), so substrings
    /// are made by copying bytes.
    private let utf8: [UInt8]
    private let byteOffsets: [Int]

    init(_ body: String) {
        let text = ScalarOffsets(body)
        scalars = text.scalars
        byteOffsets = text.bytes
        utf8 = Array(body.utf8)
    }

    func string(_ start: Int, _ end: Int) -> String {
        let a = max(0, start), b = min(end, scalars.count)
        guard a < b else { return "" }
        return String(decoding: utf8[byteOffsets[a]..<byteOffsets[b]], as: UTF8.self)
    }

    func string(_ span: TextSpan) -> String { string(span.start, span.end) }

    /// `string(start, end).lowercased()`, made from the bytes when they are all ASCII (as good
    /// as every word of news text) without the Unicode case tables.
    func lowercased(_ start: Int, _ end: Int) -> String {
        let a = max(0, start), b = min(end, scalars.count)
        guard a < b else { return "" }
        let bytes = utf8[byteOffsets[a]..<byteOffsets[b]]
        guard bytes.count == b - a else { return string(a, b).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, byte) in bytes.enumerated() { buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
            return bytes.count
        }
    }
}

/// Character classes on scalars with an ASCII fast path.
enum ScalarClass {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
        return s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func isAlnum(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }

    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 97 && s.value <= 122 }
        return s.properties.isLowercase
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{2009}" || s == "\u{202F}"
    }

    static func isDash(_ s: Unicode.Scalar) -> Bool { s == "\u{2014}" || s == "\u{2013}" }

    /// Apostrophe-like marks that may sit inside a word ("don’t", "Russia’s").
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
}

extension String {
    /// The words between spaces, as `split(separator: " ")` gives them. Text that is all ASCII
    /// (nearly every name) is split by byte: splitting by `Character` breaks graphemes, and a
    /// generic split of the `utf8` view walks its indices, each some thousand instructions a name.
    var words: [Substring] {
        let cuts = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var cuts: [Range<Int>] = []
            var start = 0
            for (k, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    if k > start { cuts.append(start..<k) }
                    start = k + 1
                }
            }
            if bytes.count > start { cuts.append(start..<bytes.count) }
            return cuts
        }
        guard let cuts = cuts ?? nil else { return split(separator: " ") }
        return cuts.map { cut in self[utf8.index(startIndex, offsetBy: cut.lowerBound)..<utf8.index(startIndex, offsetBy: cut.upperBound)] }
    }

    /// True when a space separates words, as `contains(" ")` answered: that call, given a string,
    /// searched through Foundation at a few thousand instructions a name.
    var hasSpace: Bool { contains(" " as Character) }

    /// The string without the spaces (`ScalarClass.isSpace`) at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let a = scalars.firstIndex(where: { !ScalarClass.isSpace($0) }),
              let b = scalars.lastIndex(where: { !ScalarClass.isSpace($0) }) else { return "" }
        return String(scalars[a...b])
    }
}
