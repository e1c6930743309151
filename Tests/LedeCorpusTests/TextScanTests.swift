import Testing
@testable import LedeCorpus

/// The byte-level helpers a load runs over every body give what the scalar-by-scalar reading gives.
@Suite struct TextScanTests {
    /// The rule as it reads, one scalar at a time: the reference the byte scan must agree with.
    static func wordsByScalars(_ text: String) -> Int {
        var words = 0, inWord = false
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
            } else if !(inWord && (s == "'" || s == "\u{2019}" || s == "-")) {
                inWord = false
            }
        }
        return words
    }

    static let samples = [
        "", " ", "Tony Blair's co-operation", "don’t stop — 42,000 votes", "café naïve Zoë", "cafe\u{301} (decomposed)",
        "日本語のテキスト と English", "Ελλάδα και Κύπρος", "١٢٣ Arabic digits", "emoji 👍🏽 between", "tab\tand\nnewline",
        "-leading hyphen' and trailing-", "Ǆemal ǅ ǆ", "x\u{00A0}y\u{2009}z", "½ and ² count as numbers",
    ]

    @Test func wordCountsMatchTheScalarRule() {
        for text in Self.samples {
            #expect(WordCounter.count(text) == Self.wordsByScalars(text), "\(text)")
        }
        #expect(WordCounter.count("Tony Blair's co-operation") == 3)
        #expect(WordCounter.count("café naïve Zoë") == 3)
    }

    @Test func scalarCountMatchesUnicodeScalars() {
        for text in Self.samples {
            #expect(text.scalarCount == text.unicodeScalars.count, "\(text)")
        }
        #expect("cafe\u{301}".scalarCount == 5)
        #expect("👍🏽".scalarCount == 2)
    }

    @Test func linesSplitOnNewlinesOnly() throws {
        #expect("a\nb\n\nc".lines == ["a", "b", "", "c"])
        #expect("\n".lines == ["", ""])
        #expect("".lines == [""])
        #expect("é\nü🙂\n".lines == ["é", "ü🙂", ""])
        let body = "Headline\nSecond line\nThird"
        let middle = body[try #require(body.firstIndex(of: "S"))...]
        #expect(middle.lines == ["Second line", "Third"], "a substring's lines start at the substring")
    }
}
