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

/// The query tables' keys: PostgreSQL's leads with the article, so Citus can distribute by it.
@Suite struct SQLTableLayoutTests {
    let layout = SQLTableLayout(name: "quotes", schema: Schema([Column("text", .text)]), origin: .quote)

    @Test func postgresKeysByArticleThenRowAndSQLiteByRow() {
        #expect(layout.create(.postgresql).hasSuffix(", PRIMARY KEY (lede_article, lede_row))"))
        #expect(layout.create(.postgresql).contains("lede_article BIGINT NOT NULL"))
        #expect(layout.create(.sqlite).contains("lede_row INTEGER PRIMARY KEY, lede_article INTEGER NOT NULL"))
    }

    @Test func aRowForNoOneArticleHasArticleMinusOne() {
        let profiles = [SQLColumnProfile()]
        let cells = layout.cells([.text("x")], at: 3, origin: nil, profiles: profiles)
        #expect(cells?.prefix(3) == [.integer(3), .integer(-1), .null])
        let placed = layout.cells([.text("x")], at: 3, origin: RowOrigin(.quote, article: 7, item: 2), profiles: profiles)
        #expect(placed?.prefix(3) == [.integer(3), .integer(7), .integer(2)])
    }
}
