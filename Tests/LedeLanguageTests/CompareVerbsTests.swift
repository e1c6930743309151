import Foundation
import Testing
@testable import LedeLanguage

/// `compare`, `stories` and `disagreements` on the hand-made fixture of CompareSupport.
@Suite struct CompareVerbsTests {
    typealias S = CompareSupport

    @Test func compareOutletsAllMeasures() throws {
        let t = try S.table(S.fixture(), "compare outlets")
        #expect(t.schema.names == ["outlet", "articles", "words", "quotes", "quotes_per_article", "speakers", "anonymous_pct",
                                   "official_pct", "named_sources", "anonymous_sources", "outlets_cited", "hedges", "hedges_per_1k",
                                   "figures", "top_speakers"])
        // "fox" and "FOX" are one outlet.
        #expect(t.rows.map { $0.map(\.plain) } == [
            ["fox", "2", "26", "4", "2", "2", "25", "25", "1", "1", "2", "2", "76.92", "2", "Ann Smith (2), Bob Lee (1)"],
            ["nyt", "2", "31", "2", "1", "2", "0", "50", "2", "0", "0", "1", "32.26", "1", "Ann Smith (1), Cy Dow (1)"],
            ["hpo", "1", "10", "1", "1", "0", "100", "0", "0", "0", "0", "0", "0", "1", ""],
        ])
    }

    @Test func compareChosenMeasuresAndFields() throws {
        let s = S.fixture()
        let t = try S.table(s, "compare outlets by quotes, anonymous, hedges")
        #expect(t.schema.names == ["outlet", "quotes", "quotes_per_article", "anonymous_pct", "hedges", "hedges_per_1k"])
        #expect(S.column(t, "hedges") == ["2", "1", "0"])
        let bias = try S.table(s, "compare by bias_text with articles, words")
        #expect(bias.rows.map { $0.map(\.plain) } == [["", "4", "57"], ["left", "1", "10"]])
        let outlets = try S.table(s, "compare by outlet with articles")
        #expect(outlets.rows.map { $0.map(\.plain) } == [["fox", "2"], ["nyt", "2"], ["hpo", "1"]])
    }

    @Test func compareCountsOnlyTheRowsFlowingIn() throws {
        let s = S.fixture()
        // h1's only quote is anonymous: hpo drops out; n2 has no quotes: nyt has one article.
        let named = try S.table(s, "quotes | where anonymous = false | compare outlets by articles, quotes, speakers")
        #expect(named.rows.map { $0.map(\.plain) } == [["fox", "2", "3", "1.5", "2"], ["nyt", "1", "2", "2", "2"]])
        let nyt = try S.table(s, "articles | where outlet = \"nyt\" | compare outlets by articles, words, figures")
        #expect(nyt.rows.map { $0.map(\.plain) } == [["nyt", "2", "31", "1"]])
        let early = try S.table(s, "articles | where date < 2024-03-02 | compare outlets by articles")
        #expect(early.rows.map { $0.map(\.plain) } == [["fox", "1"]])
    }

    @Test func compareErrors() {
        let s = S.fixture()
        #expect(S.error(s, "compare outlets by quotas")?.contains("unknown measure `quotas`") == true)
        #expect(S.error(s, "articles | group by outlet | count | compare outlets")?.contains("needs rows that come from articles") == true)
        #expect(S.error(s, "compare")?.contains("needs what to compare") == true)
    }

    @Test func storiesByKey() throws {
        let t = try S.table(S.fixture(), "stories")
        #expect(t.schema.names == ["story", "outlets", "outlet_count", "articles", "first", "last", "headline"])
        #expect(t.rows.map { $0.map(\.plain) } == [
            ["e1", "fox, hpo, nyt", "3", "3", "2024-03-01", "2024-03-02", "Flood hits town after dam gate fails"],
            ["e2", "FOX", "1", "1", "2024-03-20", "2024-03-20", "Town counts damage"],
            ["e3", "nyt", "1", "1", "2024-04-05", "2024-04-05", "Election results announced"],
        ])
        #expect(t.origins.map(\.members) == [[0, 2, 4], [1], [3]])
    }

    @Test func storiesByText() throws {
        let s = S.fixture()
        let t = try S.table(s, "stories by text")
        #expect(t.rows.map { $0.map(\.plain) } == [
            ["S1", "fox, hpo, nyt", "3", "3", "2024-03-01", "2024-03-02", "Flood hits town after dam gate fails"],
            ["S2", "FOX", "1", "1", "2024-03-20", "2024-03-20", "Town counts damage"],
            ["S3", "nyt", "1", "1", "2024-04-05", "2024-04-05", "Election results announced"],
        ])
        // A window of 30 days lets the follow-up join the dam story; a strict threshold splits it.
        let wide = try S.table(s, "stories by text window 30")
        #expect(S.column(wide, "articles") == ["4", "1"])
        let strict = try S.table(s, "stories by text with 0.9")
        #expect(S.column(strict, "articles") == ["1", "1", "1", "1", "1"])
        // `by FIELD` names the key; articles without one are stories of their own.
        let byBias = try S.table(s, "stories by bias_text")
        #expect(S.column(byBias, "story") == ["S1", "S2", "left", "S3", "S4"])
    }

    @Test func oneStoryCompared() throws {
        let s = S.fixture()
        let t = try S.table(s, "stories by text | take 1 | compare outlets by articles, quotes, figures")
        #expect(t.rows.map { $0.map(\.plain) } == [["fox", "1", "3", "3", "1"], ["nyt", "1", "2", "2", "1"], ["hpo", "1", "1", "1", "1"]])
        let sorted = try S.table(s, "stories | sort articles | take 1 | compare outlets by articles")
        #expect(sorted.rows.map { $0.map(\.plain) } == [["FOX", "1"]])
    }

    @Test func disagreements() throws {
        let s = S.fixture()
        let t = try S.table(s, "disagreements")
        #expect(Array(t.schema.names.prefix(8)) == ["category", "claimant", "unit", "outlet_a", "value_a", "outlet_b", "value_b", "difference"])
        #expect(t.rows.map { Array($0.prefix(10)).map(\.plain) } == [
            ["tank", "army", "", "fox", "362", "nyt", "360", "-2", "362 tanks", "360 tanks"],
            ["tank", "army", "", "hpo", "362", "nyt", "360", "-2", "362 tanks", "360 tanks"],
        ])
        let window = try S.table(s, "disagreements window 0")
        #expect(S.column(window, "outlet_a") == ["hpo"])
        let story = try S.table(s, "stories | take 1 | disagreements by lemma")
        #expect(S.column(story, "outlet_a") == ["fox", "hpo"])
        let figures = try S.table(s, "figures | where outlet != \"hpo\" | disagreements")
        #expect(S.column(figures, "outlet_b") == ["nyt"])
        #expect(try S.table(s, "figures | where value > 1000 | disagreements").count == 0)
        // Figure rows after a select still narrow the figures to those rows.
        let selected = try S.table(s, "figures | where outlet != \"hpo\" | select text, outlet | disagreements")
        #expect(S.column(selected, "outlet_a") == ["fox"])
    }
}
