import Foundation
import Testing
@testable import LedeLanguage

/// Text kept for SQL: the shortcut for plain text must give what Foundation's normal form gives,
/// or SQL would sort and group differently from Lede.
@Suite struct SQLCellTests {
    static let texts = ["BBC", "Café", "“Not now,” he said — twice…", "e\u{301}cole", "İstanbul", "한국어", "\u{212B}ngström", "Zoë\u{2000}"]

    @Test(arguments: texts) func sortKeyIsTheComposedLowerCase(_ text: String) {
        #expect(SQLCell.sortKey(text) == text.lowercased().precomposedStringWithCanonicalMapping)
        #expect(Array(SQLCell.sortKey(text).utf8) == Array(text.lowercased().precomposedStringWithCanonicalMapping.utf8))
    }

    @Test(arguments: texts) func composedMeansTheSameBytesAsTheComposedForm(_ text: String) {
        #expect(SQLCell.isComposed(text) == text.utf8.elementsEqual(text.precomposedStringWithCanonicalMapping.utf8))
    }

    @Test func newsPunctuationIsPlainButCombiningMarksAreNot() {
        #expect(SQLCell.isPlain("“Quoted” – and… ‘so’"))
        #expect(!SQLCell.isPlain("e\u{301}"))
        #expect(!SQLCell.isPlain("\u{2000}"))
    }
}
