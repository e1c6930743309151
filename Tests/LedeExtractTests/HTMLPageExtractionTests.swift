import Foundation
import Testing
import LedeCorpus
import LedeExtract

/// The same article saved as a web page and as plain text: what is read from it must not depend
/// on the format (the page's byline, date line, share bar, ads and caption stay out of the way).
@Suite struct HTMLPageExtractionTests {
    static let pages = packageRoot.appendingPathComponent("Tests/LedeCorpusTests/HTMLPages").path

    static func article(_ name: String) throws -> Article {
        var corpus = Corpus()
        _ = corpus.load([pages + "/" + name])
        return try #require(corpus.articles.first)
    }

    @Test func quotesAndFiguresFromThePageEqualThoseFromPlainText() throws {
        let page = try Self.article("boilerplate.html"), text = try Self.article("story.txt")
        #expect(page.body == text.body)
        let fromPage = extractor.analyze(page), fromText = extractor.analyze(text)
        let quotes = { (a: Analysis) in a.quotes.map { [$0.text, $0.speaker ?? "", $0.kind.rawValue] } }
        let figures = { (a: Analysis) in a.figures.map { "\($0.text)=\($0.value.map { String($0) } ?? "")" } }
        #expect(!fromText.quotes.isEmpty && !fromText.figures.isEmpty)
        #expect(quotes(fromPage) == quotes(fromText))
        #expect(figures(fromPage) == figures(fromText))
    }
}
