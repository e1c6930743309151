import Foundation
import Testing
@testable import LedeCorpus

/// Pages written for these tests (`HTMLPages/`): one per metadata source, furniture of every kind
/// around a story, and pages that hold no article.
@Suite struct HTMLPageTests {
    static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HTMLPages").path

    /// Loads one page and returns its article (nil when it was skipped) and the load report.
    static func load(_ name: String) -> (Article?, LoadReport) {
        var corpus = Corpus()
        let report = corpus.load([pages + "/" + name])
        return (corpus.articles.first, report)
    }

    static func extra(_ article: Article, _ key: String) -> String? {
        article.extra.first { $0.key == key }?.value
    }

    @Test func openGraphAndMetaTagsComeFirst() throws {
        let (loaded, report) = Self.load("og-meta.html")
        let a = try #require(loaded)
        #expect(report.notes.isEmpty)
        #expect(a.headline == "Council approves budget after long night")
        #expect(a.outlet == "Example News")
        #expect(a.date == Day(year: 2022, month: 3, day: 14))
        #expect(a.authors == ["Ann Lee", "Bo Li"])
        #expect(a.url == "https://www.example.com/news/budget")
        let sources = ["headline", "outlet", "date", "authors", "url", "language"].map { Self.extra(a, $0 + "_source") }
        #expect(sources == ["og:title", "og:site_name", "article:published_time", "meta author", "canonical", "html lang"])
        #expect(Self.extra(a, "language") == "en-GB")
    }

    @Test func jsonLDFillsWhatOpenGraphLacks() throws {
        let a = try #require(Self.load("json-ld.html").0)
        #expect(a.headline == "Flood defences hold as river peaks")
        #expect(a.outlet == "Riverside Post")
        #expect(a.date == Day(year: 2023, month: 11, day: 2))
        #expect(a.authors == ["Cara Diaz", "Eli Ford"])
        #expect(Self.extra(a, "headline_source") == "json-ld headline")
        #expect(Self.extra(a, "outlet_source") == "json-ld publisher")
        #expect(Self.extra(a, "date_source") == "json-ld datePublished")
        #expect(Self.extra(a, "authors_source") == "json-ld author")
        #expect(Self.extra(a, "language_source") == "json-ld inLanguage")
        #expect(a.body.hasPrefix("The new flood barriers held overnight"))
    }

    @Test func headingTimeAndDomainAreTheFallbacks() throws {
        let a = try #require(Self.load("h1-time.html").0)
        #expect(a.headline == "Harbour reopens to ferries")
        #expect(Self.extra(a, "headline_source") == "h1")
        #expect(a.date == Day(year: 2020, month: 7, day: 4))
        #expect(Self.extra(a, "date_source") == "time")
        #expect(a.outlet == "news.example.org")
        #expect(Self.extra(a, "outlet_source") == "domain")
        #expect(Self.extra(a, "url_source") == "og:url")
        // The `<time>` element's own text is a date line, not story.
        #expect(a.paragraphs.count == 2 && a.body.hasPrefix("Ferries returned"))
    }

    @Test func titleLosesItsSiteSuffix() throws {
        let a = try #require(Self.load("title-only.html").0)
        #expect(a.headline == "Library extends opening hours")
        #expect(Self.extra(a, "headline_source") == "title")
        #expect(a.outlet == nil && a.date == nil && a.url == nil)
        #expect(HTMLMetadata.withoutSiteSuffix("Stocks fall - and rise again - as markets wobble") == "Stocks fall - and rise again - as markets wobble")
    }

    /// Cookie notice, navigation, menu, byline, date line, share bar, caption, advertisement,
    /// newsletter promotion, related stories, comments, sidebar and footer all stay out.
    @Test func furnitureOfEveryKindStaysOut() throws {
        let (loaded, report) = Self.load("boilerplate.html")
        let a = try #require(loaded)
        #expect(report.notes.isEmpty)
        #expect(a.paragraphs.count == 3)
        #expect(a.body.hasPrefix("The Mill Street bridge will stay closed"))
        #expect(a.body.hasSuffix("Diversions add about 15 minutes to journeys."))
        for furniture in ["cookie", "Home", "Sport", "By Ann Lee", "March 14, 2022", "Share", "Photo:", "Advertisement",
                          "newsletter", "Road repairs", "nightmare", "Festival", "rights reserved"] {
            #expect(!a.body.contains(furniture), "\(furniture) leaked into the body")
        }
        #expect(a.boilerplate == ["The bridge, closed since January. Photo: Valley Herald"])
        #expect(Self.extra(a, "body_source") == "scored blocks")
    }

    @Test func tableRowsAndLoneLinkLinesReadAsAPersonSeesThem() throws {
        let story = (1...3).map { "<p>Paragraph \($0) of the race report, long enough to score as the story of this page, with commas, too.</p>" }
        let html = "<html><body><div class=\"story\">\(story[0])<p>Photos: <a href='/x'>@race_photos</a></p>\(story[1])"
            + "<p><a href='/y'>Another story entirely, in a line of its own</a></p>\(story[2])"
            + "<table><tr><th>Pos</th><th>Driver</th></tr><tr><td>1</td><td>Kyle Busch</td></tr></table></div></body></html>"
        let (corpus, _, _) = try Fixtures.load(["race.html": html])
        let a = try #require(corpus.articles.first)
        let lines = a.body.components(separatedBy: "\n\n")
        #expect(lines.contains("Photos: @race_photos"))
        #expect(!a.body.contains("Another story entirely"))
        #expect(lines.suffix(2) == ["Pos Driver", "1 Kyle Busch"])
    }

    @Test func itempropArticleBodyWins() throws {
        let a = try #require(Self.load("itemprop.html").0)
        #expect(Self.extra(a, "body_source") == "itemprop articleBody")
        #expect(a.paragraphs.count == 2 && a.body.hasPrefix("Rail workers called off"))
    }

    @Test func jsonLDArticleBodyStandsInForAnEmptyPage() throws {
        let a = try #require(Self.load("json-ld-body.html").0)
        #expect(Self.extra(a, "body_source") == "json-ld articleBody")
        #expect(a.paragraphs.count == 2 && a.body.hasPrefix("A painting missing for sixty years"))
    }

    @Test func declaredLatinCharsetIsWindows1252() throws {
        let (loaded, report) = Self.load("latin1.html")
        let a = try #require(loaded)
        #expect(a.headline == "Café reopens")
        #expect(a.body.contains("“We missed everyone.”") && a.body.contains("€ 1"))
        #expect(report.notes.map(\.message) == ["decoded as Windows-1252 (declared iso-8859-1)"])
    }

    @Test func charsetComesFromTheBOMThenTheMetaTagThenTheBytes() {
        let story = "<p>The caf\u{E9} reopened on Monday with new owners, a longer menu and seats for forty people.</p>"
        let utf8 = Array(story.utf8)
        #expect(HTMLCharset.decode([0xEF, 0xBB, 0xBF] + utf8).text == story)
        #expect(HTMLCharset.declared(Array("<META CHARSET='Windows-1252'>".utf8)) == "windows-1252")
        #expect(HTMLCharset.declared(Array(#"<meta http-equiv="content-type" content="text/html;charset=UTF-8">"#.utf8)) == "utf-8")
        // Declared UTF-8 but Latin-1 bytes: read as Windows-1252, with a note.
        let latin = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let decoded = HTMLCharset.decode(latin)
        #expect(decoded.text.hasSuffix("café</p>") && decoded.note == "declares UTF-8 but is not valid UTF-8; decoded as Windows-1252")
        // Undeclared and valid UTF-8: UTF-8, no note.
        #expect(HTMLCharset.decode(utf8).note == nil)
    }

    @Test func aPageOfTeasersLoadsWithANote() throws {
        let (loaded, report) = Self.load("index.html")
        let a = try #require(loaded)
        #expect(a.body.isEmpty && a.headline == "News")
        #expect(report.notes.map(\.message).contains { $0.hasPrefix("no article text found on this page") })
    }

    @Test func anErrorPageLoadsWithANote() throws {
        let (loaded, report) = Self.load("error.html")
        let a = try #require(loaded)
        #expect(a.body.isEmpty)
        #expect(report.notes.map(\.message).contains { $0.hasPrefix("no article text found on this page") })
    }

    @Test func aTruncatedPageYieldsWhatCanBeRead() throws {
        let (loaded, report) = Self.load("truncated.html")
        let a = try #require(loaded)
        #expect(report.skipped.isEmpty)
        #expect(a.headline == "Storm cuts power")
        #expect(a.paragraphs.count == 2 && a.body.hasSuffix("some villages may wait until Mond"))
    }

    @Test func aPageWithNeitherTextNorTitleIsSkipped() throws {
        let (corpus, report, _) = try Fixtures.load(["blank.html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"])
        #expect(corpus.articles.isEmpty)
        #expect(report.skipped.map(\.message) == ["no article text found"])
    }
}
