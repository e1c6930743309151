import Foundation
import Testing
@testable import LedeCorpus

/// The acceptance figures on the real corpora in ../shared; each skips when the data is absent.
@Suite struct CorpusScaleTests {
    @Test(Fixtures.needs("seed/000_ab75134ec4b81449.txt"))
    func seedArticleReadsItsLayout() throws {
        let seed = try #require(Fixtures.shared("seed/000_ab75134ec4b81449.txt"))
        var corpus = Corpus()
        let report = corpus.load([seed])
        #expect(report.articles == 1 && report.skipped.isEmpty)
        let a = try #require(corpus.articles.first)
        #expect(a.outlet == "AMN")
        #expect(a.date == Day(year: 2022, month: 3, day: 14))
        #expect(a.headline == "Reports: Russia asking China for aid and military equipment in Ukraine war")
        #expect(a.boilerplate == [
            "Join our brand new verified AMN Telegram channel and get important news uncensored!",
            "Russian President Vladimir Putin and Chinese leader Xi Jinping. (Official Internet Resources of the President of Russia/Released)",
        ])
        #expect(a.body.hasPrefix("The Russian government has asked China"))
        #expect(!a.body.contains("Telegram") && !a.body.contains("March 14, 2022"))
        #expect(a.file == "000_ab75134ec4b81449.txt")
    }

    @Test(Fixtures.needs("corpora/bbc"))
    func bbcLoadsWithDuplicatesAndOneLatin1File() throws {
        let bbc = try #require(Fixtures.shared("corpora/bbc"))
        var corpus = Corpus()
        let report = corpus.load([bbc + "/*/*.txt"])
        #expect(report.files == 2_225)
        #expect(report.articles == 2_127)
        #expect(report.duplicates.count == 98)
        #expect(report.skipped.isEmpty)
        #expect(report.notes.map(\.message) == ["not valid UTF-8; decoded as Windows-1252"])
        #expect(report.notes.first?.span?.file.hasSuffix("sport/199.txt") == true)
        #expect(corpus.articles.first?.headline == "Ad sales boost Time Warner profit")
        #expect(corpus.articles.allSatisfy { $0.headline != nil && !$0.paragraphs.isEmpty })
    }

    @Test(Fixtures.needs("corpora/basil/articles"))
    func basilHasHundredArticlesPerOutlet() throws {
        let basil = try #require(Fixtures.shared("corpora/basil/articles"))
        var corpus = Corpus()
        let report = corpus.load([basil + "/*/*.json"])
        #expect(report.skipped.isEmpty)
        let counts = Dictionary(grouping: corpus.articles, by: { $0.outlet ?? "" }).mapValues(\.count)
        #expect(counts == ["fox": 100, "nyt": 100, "hpo": 100])
        #expect(corpus.articles.allSatisfy { $0.date != nil && $0.paragraphs.count > 1 })
        #expect(corpus.articles.first?.extra.contains { $0.key == "triplet-uuid" } == true)
    }

    @Test(Fixtures.needs("corpora/allsides/articles"))
    func allSidesHasItsOutlets() throws {
        let allsides = try #require(Fixtures.shared("corpora/allsides/articles"))
        var corpus = Corpus()
        let report = corpus.load([allsides])
        #expect(report.articles == 4_523)
        #expect(Set(corpus.articles.compactMap(\.outlet)).count == 159)
        #expect(corpus.articles.first?.extra.contains { $0.key == "bias_text" } == true)
    }

    @Test(Fixtures.needs("corpora/ukraine-war-news"))
    func ukraineWarNewsIndexAndTexts() throws {
        let dir = try #require(Fixtures.shared("corpora/ukraine-war-news"))
        var index = Corpus()
        let report = index.load([dir + "/index.csv"])
        #expect(report.articles == 447)
        #expect(report.skipped.isEmpty)
        #expect(index.articles.first?.date == Day(year: 2022, month: 1, day: 25))
        #expect(index.articles.first?.path == dir + "/index.csv#1")

        var texts = Corpus()
        let textReport = texts.load([dir + "/data/**/*.txt"])
        // 25 of the 447 text files repeat another byte for byte.
        #expect(textReport.files == 447 && textReport.articles == 422 && textReport.duplicates.count == 25)
        #expect(textReport.notes.contains { $0.message == "attached metadata from \(dir)/index.csv" })
        #expect(texts.articles.allSatisfy { $0.date != nil && $0.extra.contains { $0.key == "country" } })
    }

    @Test(Fixtures.needs("corpora/polnear"))
    func polnearGetsPublisherFromMetadata() throws {
        let polnear = try #require(Fixtures.shared("corpora/polnear"))
        var corpus = Corpus()
        _ = corpus.load([polnear + "/train/text/breitbart_2015-11-1*.txt"])
        #expect(!corpus.articles.isEmpty)
        #expect(corpus.articles.allSatisfy { $0.outlet == "breitbart" && $0.date != nil })
    }
}
