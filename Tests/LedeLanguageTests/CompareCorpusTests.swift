import Foundation
import Testing
@testable import LedeLanguage

/// The comparing verbs on real corpora in ../shared (skipped, with a message, when it is absent).
/// There is no loader in this branch yet, so CompareSupport reads the JSON itself.
@Suite struct CompareCorpusTests {
    typealias S = CompareSupport

    static let basil: [Article]? = S.shared.map(S.basil)

    @Test func basilCompareOutlets() throws {
        guard let articles = Self.basil else { print("skipped: ../shared/corpora/basil is absent"); return }
        #expect(articles.count == 300)
        let t = try S.table(S.session(articles), "compare outlets")
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
        guard let articles = Self.basil else { print("skipped: ../shared/corpora/basil is absent"); return }
        let session = S.session(articles)
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
        guard let articles = Self.basil else { print("skipped: ../shared/corpora/basil is absent"); return }
        let t = try S.table(S.session(articles), "keyness outlet ~ \"fox\" vs outlet ~ \"nyt\" | take 15")
        print(Renderer.render(t, as: .table))
        #expect(t.count == 15)
        #expect(t.column("g2")!.compactMap(\.number).allSatisfy { $0 > 10.83 })
    }

    @Test func allsidesCompareByBias() throws {
        guard let shared = S.shared else { print("skipped: ../shared/corpora/allsides is absent"); return }
        let articles = S.allsides(shared, limit: 400)
        let t = try S.table(S.session(articles), "compare by bias_text with articles, words | sort bias_text")
        print(Renderer.render(t, as: .table))
        #expect(S.column(t, "bias_text") == ["center", "left", "right"])
    }

    @Test func ukraineKwicAndMonthlyTimeline() throws {
        guard let shared = S.shared else { print("skipped: ../shared/corpora/ukraine-war-news is absent"); return }
        // File names carry the date and country: 20220125T090000Z_GB_en_7d015e6984.txt.
        let folder = shared.appendingPathComponent("corpora/ukraine-war-news/data/articles")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let articles = names.compactMap { name -> Article? in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            let parts = name.split(separator: "_")
            let d = parts[0]
            let date = "\(d.prefix(4))-\(d.dropFirst(4).prefix(2))-\(d.dropFirst(6).prefix(2))"
            return S.article(name, String(parts[1]), date, nil, text)
        }
        #expect(articles.count == 447)
        let session = S.session(articles)
        let kwic = try S.table(session, "kwic \"invasion\" | sort right1")
        let months = try S.table(session, "timeline by month")
        let byCountry = try S.table(session, "kwic \"invasion\" | timeline by month, outlet")
        print("ukraine-war-news: \(kwic.count) lines of kwic \"invasion\"; \(months.count) months; \(byCountry.count) month-country rows")
        print(Renderer.render(try S.table(session, "kwic \"invasion\" | take 5 | select outlet, date, left, keyword, right"), as: .table))
        print(Renderer.render(try S.table(session, "timeline by month | chart"), as: .table))
        #expect(kwic.count > 100)
        #expect(S.column(months, "count").compactMap { Int($0) }.reduce(0, +) == 447)
        #expect(S.column(months, "period").first == "2022-01")
    }
}
