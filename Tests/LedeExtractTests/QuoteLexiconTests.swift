import Foundation
import Testing
@testable import LedeExtract

@Suite struct QuoteLexiconTests {
    @Test func standardListsLoad() {
        #expect(Lexicons.standard.list("speech-verbs").contains { $0.hasPrefix("say ") })
        #expect(Lexicons.standard.list("outlets").contains("CNN"))
        #expect(Lexicons.standard.list("no-such-list").isEmpty)
    }

    @Test func commentsAndBlankLinesAreSkipped() {
        let lines = Lexicons.parse("# heading\nsay said # the common one\n\n  tell told  \r\n")
        #expect(lines.map(\.text) == ["say said", "tell told"])
        #expect(lines.map(\.line) == [2, 4])
    }
}
