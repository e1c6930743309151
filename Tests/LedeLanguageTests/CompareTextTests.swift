import Foundation
import Testing
@testable import LedeLanguage
import LedeExtract

/// `kwic`, `terms`, `keyness`, `timeline` and `chart` on the hand-made fixture.
@Suite struct CompareTextTests {
    typealias S = CompareSupport

    @Test func kwicPhrasesAndWindow() throws {
        let s = S.fixture()
        let t = try S.table(s, "kwic \"dam gate\" window 2")
        #expect(t.schema.names == ["id", "file", "outlet", "date", "left", "match", "term", "right", "left1", "right1", "start"])
        #expect(t.rows.map { [$0[0], $0[4], $0[5], $0[6], $0[7], $0[8], $0[9], $0[10]].map(\.plain) } == [
            ["f1", "The", "dam gate", "dam gate", "failed early", "the", "failed", "4"],
            ["n1", "A", "dam gate", "dam gate", "failed on", "a", "failed", "2"],
            ["h1", "after the", "dam gate", "dam gate", "failed", "the", "failed", "35"],
        ])
        #expect(try S.table(s, "kwic \"dam\"").count == 4)
        #expect(S.column(try S.table(s, "kwic \"flood*\""), "match") == ["flooded", "flood", "flooded", "Flood"])
        #expect(S.column(try S.table(s, "kwic \"flood*\""), "term") == ["flooded", "flood", "flooded", "flood"])
        #expect(S.column(try S.table(s, "kwic \"dam\" | sort right1"), "right1") == ["flood", "gate", "gate", "gate"])
        #expect(try S.table(s, "articles | where outlet = \"nyt\" | kwic \"dam\"").count == 1)
        let perOutlet = try S.table(s, "kwic \"town\" | group by outlet | count")
        #expect(perOutlet.rows.map { $0.map(\.plain) } == [["fox", "1"], ["FOX", "1"], ["nyt", "1"], ["hpo", "1"]])
        // Default window of 5 words.
        let mayor = try S.table(s, "kwic \"mayor\"")
        #expect(S.column(mayor, "left") == ["water flooded the town. The"], "\(mayor.rows)")
        #expect(S.error(s, "kwic dam") != nil)
    }

    @Test func termsAndPhrases() throws {
        let s = S.fixture()
        let t = try S.table(s, "terms | take 5")
        #expect(t.schema.names == ["term", "count", "per_1k", "articles"])
        #expect(t.rows.map { $0.map(\.plain) } == [
            ["dam", "4", "59.7", "4"], ["town", "4", "59.7", "4"], ["failed", "3", "44.78", "3"],
            ["gate", "3", "44.78", "3"], ["water", "3", "44.78", "3"],
        ])
        let pairs = try S.table(s, "terms 2 | take 3")
        #expect(pairs.rows.map { $0.map(\.plain) } == [["dam gate", "3", "44.78", "3"], ["gate failed", "3", "44.78", "3"], ["water flooded", "2", "29.85", "2"]])
        // "town, officials" crosses a comma: not a phrase.
        #expect(try S.table(s, "terms 2 | where term = \"town officials\"").count == 0)
        let byOutlet = try S.table(s, "terms by outlet | where term = \"dam\"")
        #expect(byOutlet.rows.map { $0.map(\.plain) } == [["fox", "dam", "2", "76.92", "2"], ["nyt", "dam", "1", "32.26", "1"], ["hpo", "dam", "1", "100", "1"]])
        // Stop words are gone.
        #expect(try S.table(s, "terms | where term = \"the\" or term = \"said\"").count == 0)
    }

    @Test func logLikelihoodFormulas() {
        #expect(abs(LogLikelihood.g2(10, 0, 1000, 1000) - 20 * log(2)) < 1e-9)
        #expect(LogLikelihood.g2(5, 5, 1000, 1000) == 0)
        #expect(abs(LogLikelihood.logRatio(20, 10, 1000, 1000) - 1) < 1e-12)
        #expect(abs(LogLikelihood.logRatio(4, 0, 1000, 1000) - 3) < 1e-12)  // zero counts as 0.5
    }

    @Test func keyness() throws {
        let s = S.fixture()
        let t = try S.table(s, "keyness outlet ~ \"fox\" vs outlet = \"nyt\"")
        #expect(t.schema.names == ["term", "count_a", "count_b", "per_1k_a", "per_1k_b", "g2", "log_ratio", "favours"])
        // A = f1 + f2 (26 words), B = n1 + n2 (31 words). council: 0 vs 2.
        let council = t.rows.first { $0[0] == .text("council") }!
        #expect(council.map(\.plain) == ["council", "0", "2", "0", "64.52", "2.44", "-1.75", "nyt"])
        // Sorted by G2, largest first.
        let g2 = t.column("g2")!.compactMap(\.number)
        #expect(g2 == g2.sorted(by: >))
        #expect(t.rows.first?.map(\.plain) == ["council", "0", "2", "0", "64.52", "2.44", "-1.75", "nyt"])
        // Against the rest, with names.
        let rest = try S.table(s, "keyness outlet = \"hpo\" as hpo | where term = \"hit\"")
        #expect(rest.rows.first?.map(\.plain).last == "hpo")
        #expect(rest.rows.first?[1] == .number(1))
        #expect(rest.rows.first?[2] == .number(0))
    }

    @Test func timelineCountsAndShares() throws {
        let s = S.fixture()
        let months = try S.table(s, "timeline by month")
        #expect(months.schema.names == ["period", "count", "share"])
        #expect(months.rows.map { $0.map(\.plain) } == [["2024-03", "4", "80"], ["2024-04", "1", "20"]])
        let perOutlet = try S.table(s, "timeline by month, outlet")
        #expect(perOutlet.rows.map { $0.map(\.plain) } == [
            ["2024-03", "fox", "2", "100"], ["2024-03", "nyt", "1", "50"], ["2024-03", "hpo", "1", "100"],
            ["2024-04", "fox", "0", "0"], ["2024-04", "nyt", "1", "50"], ["2024-04", "hpo", "0", "0"],
        ])
        let quotes = try S.table(s, "quotes | timeline by month, outlet")
        #expect(quotes.schema.names == ["period", "outlet", "count", "share", "per_100_articles"])
        #expect(quotes.rows.map { $0.map(\.plain) } == [
            ["2024-03", "fox", "4", "100", "200"], ["2024-03", "nyt", "2", "100", "200"], ["2024-03", "hpo", "1", "100", "100"],
        ])
        let weeks = try S.table(s, "timeline by week")
        #expect(weeks.rows.map { $0.map(\.plain) } == [
            ["2024-02-26", "3", "60"], ["2024-03-04", "0", "0"], ["2024-03-11", "0", "0"],
            ["2024-03-18", "1", "20"], ["2024-03-25", "0", "0"], ["2024-04-01", "1", "20"],
        ])
        let years = try S.table(s, "kwic \"dam\" | timeline by year")
        #expect(years.rows.map { $0.map(\.plain) } == [["2024", "4", "100", "80"]], "\(years.rows)")
        #expect(S.error(s, "timeline by fortnight")?.contains("by day") == true)
    }

    @Test func charts() throws {
        let s = S.fixture()
        let bars = try S.table(s, "articles | group by outlet | count | chart")
        #expect(bars.schema.isText)
        #expect(S.column(bars, "chart") == [
            "fox " + String(repeating: "█", count: 25) + " 1",
            "FOX " + String(repeating: "█", count: 25) + " 1",
            "nyt " + String(repeating: "█", count: 50) + " 2",
            "hpo " + String(repeating: "█", count: 25) + " 1",
        ])
        #expect(Renderer.render(bars, as: .table) == S.column(bars, "chart").map { $0 + "\n" }.joined())
        let sparks = try S.table(s, "timeline by month, outlet | chart")
        #expect(S.column(sparks, "chart") == ["fox █▁  total 2, peak 2", "nyt ▅▅  total 2, peak 1", "hpo ▅▁  total 1, peak 1",
                                              "    2024-03 … 2024-04"])
        let chosen = try S.table(s, "compare outlets | chart outlet, words")
        #expect(S.column(chosen, "chart").first == "fox " + String(repeating: "█", count: 41) + "▉ 26")
        #expect(S.error(s, "compare outlets | chart outlet, top_speakers")?.contains("not a number") == true)
    }

    @Test func chartData() {
        let table = Table(Schema([Column("label", .text), Column("n", .number)]), rows: [[.text("a"), .number(3)], [.text("b"), .number(1.5)]])
        #expect(ChartData.from(table) == .bars([.init(label: "a", value: 3), .init(label: "b", value: 1.5)]))
        #expect(ChartText.lines(.bars([.init(label: "a", value: 3), .init(label: "b", value: 1.5)]), width: 4) == ["a ████ 3", "b ██ 1.5"])
        #expect(ChartText.sparkline([0, 1, 2, nil, 7], top: 7) == "▁▂▃ █")
    }

    @Test func stopWordsComeFromTheLexiconFile() {
        let stopWords = Session().stopWords.words
        #expect(stopWords.contains("the") && stopWords.contains("said") && !stopWords.contains("dam"))
        #expect(stopWords.count > 200)
    }

    @Test func stopWordsFollowTheSessionsLexicons() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-stopwords-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "+dam\n-said\n".write(to: dir.appendingPathComponent("stopwords.txt"), atomically: true, encoding: .utf8)
        let stopWords = Session(lexicons: try Lexicons.load(overrides: dir.path)).stopWords.words
        #expect(stopWords.contains("dam") && !stopWords.contains("said") && stopWords.contains("the"))
        try "dam\n".write(to: dir.appendingPathComponent("stopwords.txt"), atomically: true, encoding: .utf8)
        #expect(Session(lexicons: try Lexicons.load(overrides: dir.path)).stopWords.words == ["dam"])
    }

    @Test func tokenizer() {
        #expect(Tokenizer.words("Putin’s well-known don't 2022 — U.S. F.B.I. A.B") == ["putin", "well-known", "don't", "2022", "u.s", "f.b.i", "a.b"])
    }
}
