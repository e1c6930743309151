import Foundation
import Testing
@testable import LedeLanguage
import LedeCorpus

/// The comparing verbs on real corpora in ../shared, read by Lede's loaders (skipped, with a
/// message, when it is absent).
@Suite struct CompareCorpusTests {
    typealias S = CompareSupport

    static let basil = S.shared("corpora/basil/articles")

    @Test func basilCompareOutlets() throws {
        guard let basil = Self.basil else { print("skipped: ../shared/corpora/basil is absent"); return }
        let session = S.loaded(basil)
        #expect(session.articles.count == 300)
        let t = try S.table(session, "compare outlets")
        #expect(Set(S.column(t, "outlet")) == ["fox", "nyt", "hpo"])
        #expect(S.column(t, "articles") == ["100", "100", "100"])
        print(Renderer.render(t, as: .table, style: TableStyle(width: 200)))
    }

    /// Stories recovered exactly: a found story whose articles are exactly one event's.
    static func exact(_ stories: Table, _ articles: [Article]) -> Int {
        var events: [String: Set<Int>] = [:]
        for (i, a) in articles.enumerated() { events[a.extra.first { $0.key == "triplet-uuid" }!.value, default: []].insert(i) }
        let truth = Set(events.values)
        return stories.origins.filter { truth.contains(Set($0.articleIndices)) }.count
    }

    @Test func basilStories() throws {
        guard let basil = Self.basil else { print("skipped: ../shared/corpora/basil is absent"); return }
        let session = S.loaded(basil)
        let articles = session.articles
        let byKey = try S.table(session, "stories")
        #expect(byKey.count == 100)
        #expect(Self.exact(byKey, articles) == 100)
        #expect(S.column(byKey, "outlet_count").allSatisfy { $0 == "3" })

        let started = Date()
        let byText = try S.table(session, "stories by text")
        let found = Self.exact(byText, articles)
        print("BASIL stories by text: \(found) of 100 events recovered exactly, \(byText.count) stories, \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(found >= 80)
        let strict = try S.table(session, "stories by text with one_per_outlet")
        let foundStrict = Self.exact(strict, articles)
        print("BASIL stories by text with one_per_outlet: \(foundStrict) of 100 exactly, \(strict.count) stories")
        #expect(foundStrict >= 90)

        let one = try S.table(session, "stories | take 1 | compare outlets by articles")
        #expect(S.column(one, "articles") == ["1", "1", "1"])
    }

    @Test func basilKeyness() throws {
        guard let basil = Self.basil else { print("skipped: ../shared/corpora/basil is absent"); return }
        let t = try S.table(S.loaded(basil), "keyness outlet ~ \"fox\" vs outlet ~ \"nyt\" | take 15")
        print(Renderer.render(t, as: .table))
        #expect(t.count == 15)
        #expect(t.column("g2")!.compactMap(\.number).allSatisfy { $0 > 10.83 })
    }

    @Test func allsidesCompareByBias() throws {
        guard let allsides = S.shared("corpora/allsides/articles") else { print("skipped: ../shared/corpora/allsides is absent"); return }
        let t = try S.table(S.loaded(allsides), "compare by bias_text with articles, words | sort bias_text")
        print(Renderer.render(t, as: .table))
        #expect(S.column(t, "bias_text") == ["center", "left", "right"])
    }

    @Test func ukraineKwicAndMonthlyTimeline() throws {
        guard let news = S.shared("corpora/ukraine-war-news/data") else { print("skipped: ../shared/corpora/ukraine-war-news is absent"); return }
        // Dates and countries come from index.csv, which the loader attaches by file name.
        let session = S.loaded(news)
        #expect(session.articles.count == 422, "447 files, 25 of them byte-identical duplicates")
        let kwic = try S.table(session, "kwic \"invasion\" | sort right1")
        let months = try S.table(session, "timeline by month")
        let byCountry = try S.table(session, "articles | timeline by month, country")
        print("ukraine-war-news: \(kwic.count) lines of kwic \"invasion\"; \(months.count) months; \(byCountry.count) month-country rows")
        print(Renderer.render(try S.table(session, "kwic \"invasion\" | take 5 | select file, date, left, match, right"), as: .table))
        print(Renderer.render(try S.table(session, "timeline by month | chart"), as: .table))
        #expect(kwic.count > 100)
        #expect(Set(S.column(byCountry, "country")).count == 5)
        #expect(S.column(months, "count").compactMap { Int($0) }.reduce(0, +) == 422)
        #expect(S.column(months, "period").first == "2022-01")
    }
}
