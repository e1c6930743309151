import Testing
@testable import LedeExtract

/// `WordTable` must answer as the `Set<String>` and `Dictionary` it replaced, and the string
/// helpers as the calls they replaced.
@Suite struct WordTableTests {
    /// Words that trip byte hashing: case, both apostrophes, accents in one scalar and in two
    /// (canonically equal), an accent on a space, and words of Greek and Chinese.
    let words = ["said", "Said", "SAID", "don't", "don\u{2019}t", "o'neill", "josé", "jose\u{301}", "a \u{301}b",
                 "zürich", "zu\u{308}rich", "\u{3B1}\u{3B8}\u{3AE}\u{3BD}\u{3B1}", "北京", "", " ", "-", "−", "£"]

    @Test func answersAsASetDoes() {
        let keys = ["said", "don't", "josé", "zu\u{308}rich", "北京", "-", "£", "o'neill"]
        let table = WordSet(keys)
        let set = Set(keys)
        for word in words { #expect(table.contains(word) == set.contains(word), "\(word)") }
        #expect(table.contains("jose\u{301}"))
        #expect(table.contains("zürich"))
        #expect(!table.contains("don\u{2019}t"))
        #expect(!table.contains("Said"))
    }

    @Test func answersAsADictionaryDoes() {
        // A key given twice, or in two canonically equal spellings, keeps its last value.
        let pairs = [("said", 1), ("josé", 2), ("jose\u{301}", 3), ("said", 4), ("£", 5)]
        let table = WordTable(pairs)
        var dictionary: [String: Int] = [:]
        for (key, value) in pairs { dictionary[key] = value }
        for word in words { #expect(table[word] == dictionary[word], "\(word)") }
        #expect(table.count == dictionary.count)
    }

    @Test func dictionaryLiteralAndKeys() {
        let table: WordTable<Double> = ["one": 1, "two": 2]
        #expect(table["two"] == 2)
        #expect(table["three"] == nil)
        #expect(table.keys == ["one", "two"])
        #expect(!WordSet([String]()).contains(""))
    }

    @Test func givenNamesKeepTheirSex() {
        let names = Vocabulary.genders(["Patricia\tf", "PAUL\tm", "Jordan\tu", "José\tm", "no tab here"])
        #expect(names["patricia"] == .female)
        #expect(names["paul"] == .male)
        #expect(names["jordan"] == .unknown)
        #expect(names["jose\u{301}"] == .male)
        #expect(names.count == 4)
        #expect(Vocabulary(.standard).givenNames["patricia"] == .female)
    }

    @Test func wordsSplitAsSplitDoes() {
        for text in ["Hillary Rodham Clinton", "Xi", "", " ", "  two  spaces ", "José Mourinho", "a \u{301}b c", "北京 大学"] {
            #expect(text.words == text.split(separator: " "), "\(text)")
            #expect(text.hasSpace == (text.split(separator: " ", omittingEmptySubsequences: false).count > 1), "\(text)")
        }
        #expect(!"a \u{301}b".hasSpace)
    }
}
