import Foundation
import Testing
@testable import LedeCorpus

@Suite struct HTMLLoaderTests {
    static let benchmark = "corpora/article-extraction-benchmark/html"

    @Test func readsMetadataAndArticleParagraphs() throws {
        let html = """
        <html><head><title>Budget row &amp; more | Example</title>
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2022-03-14T09:30:00Z">
        <meta name="author" content="Ann Lee and Bo Li">
        <script>var s = "<p>not text</p>";</script></head>
        <body><nav><p>Home</p></nav><header><h1>Budget row</h1></header>
        <p>Outside the article.</p>
        <article><p>First para “quoted” &eacute;.<p>Second
           para, unclosed<div>block</div><aside><p>Related link</p></aside></article>
        <footer><p>© Example</p></footer></body></html>
        """
        let (corpus, report, _) = try Fixtures.load(["p.html": html])
        #expect(report.skipped.isEmpty)
        let a = try #require(corpus.articles.first)
        #expect(a.headline == "Budget row")
        #expect(a.outlet == "Example News")
        #expect(a.date == Day(year: 2022, month: 3, day: 14))
        #expect(a.authors == ["Ann Lee", "Bo Li"])
        // Too short to score: the `<article>` is read whole, its `<div>` a block of its own.
        #expect(a.body == "First para “quoted” é.\n\nSecond para, unclosed\n\nblock")
    }

    @Test func withoutArticleAllParagraphsOutsideFurnitureCount() throws {
        let html = "<title>T</title><nav><p>Menu</p></nav><p>One</p><div><p>Two</p></div><footer><p>Foot</p></footer>"
        let (corpus, _, _) = try Fixtures.load(["q.htm": html])
        #expect(corpus.articles.first?.headline == "T")
        #expect(corpus.articles.first?.body == "One\n\nTwo")
    }

    @Test(Fixtures.needs(Self.benchmark))
    func benchmarkPageLoads() throws {
        let dir = try #require(Fixtures.shared(Self.benchmark))
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir).sorted().first)
        var corpus = Corpus()
        let report = corpus.load([dir + "/" + name])
        #expect(report.skipped.isEmpty)
        let a = try #require(corpus.articles.first)
        // The first page is a paywalled WSJ story: a headline and its first paragraphs.
        #expect(a.headline == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay")
        #expect(a.outlet == "WSJ" && a.authors == ["Sarah E. Needleman"])
        #expect(a.body.hasPrefix("Gaming used to be so simple."))
    }
}
