import Foundation
import Testing
@testable import LedeLanguage
import LedeCorpus
import LedeExtract

/// `where` and `group by` read columns by dictionary code (`TableStorage`) and `compare` adds up
/// counts kept per article: the answers must be those of reading row by row.
@Suite struct ColumnCodesTests {
    typealias S = CompareSupport

    static let composed = "caf\u{E9}"
    static let decomposed = "cafe\u{301}"

    /// Names that differ in case, in Unicode composition, and nulls, beside a number column.
    static func session() -> Session {
        let session = Session()
        let rows: [[Value]] = [
            [.text("Blair"), .text("direct"), .number(3)],
            [.text(composed), .text("partial"), .number(1)],
            [.null, .text("direct"), .number(5)],
            [.text("blair"), .text("direct"), .number(2)],
            [.text(decomposed), .text("direct"), .null],
            [.text("Blair"), .text("partial"), .number(4)],
            [.null, .text("direct"), .number(0)],
        ]
        session.define("t", Table(Schema([Column("name", .text), Column("kind", .text), Column("n", .number)]), rows: rows))
        return session
    }

    static func rows(_ session: Session, _ program: String) throws -> [[String]] {
        try S.table(session, program).rows.map { $0.map(\.plain) }
    }

    @Test func codesNumberValuesExactlyInOrderOfFirstAppearance() {
        let column = EncodedColumn([.text("b"), .text(Self.composed), .null, .text("b"), .text(Self.decomposed),
                                    .number(0), .number(-0.0), .number(.nan), .number(.nan), .null])
        #expect(column.codes == [0, 1, 2, 0, 3, 4, 5, 6, 7, 2], "composed and decomposed text, 0 and -0, and each NaN apart")
        #expect(column.values.count == 8)
    }

    @Test func whereOnOneFieldReadsEachValueOnce() throws {
        let s = Self.session()
        #expect(try Self.rows(s, "t | where name ~ \"blair\" | select n") == [["3"], ["2"], ["4"]])
        #expect(try Self.rows(s, "t | where name = null | select n") == [["5"], ["0"]])
        // `=` takes composed and decomposed text as equal; a regular expression does not.
        #expect(try Self.rows(s, "t | where name = \"\(Self.composed)\" | count") == [["2"]])
        #expect(try Self.rows(s, "t | where name ~ /\(Self.composed)/ | count") == [["1"]])
        #expect(try Self.rows(s, "t | where n > 1 and n < 5 | select name") == [["Blair"], ["blair"], ["Blair"]])
        #expect(try Self.rows(s, "t | where name ~ \"blair\" and kind = \"direct\" | select n") == [["3"], ["2"]], "two fields: row by row")
    }

    @Test func groupsByFieldsAsByValue() throws {
        let s = Self.session()
        #expect(try Self.rows(s, "t | group by name | count") == [["Blair", "2"], [Self.composed, "2"], ["", "2"], ["blair", "1"]],
                "case tells groups apart; composition does not, as `==`")
        #expect(try Self.rows(s, "t | group by kind, name | count")
                == [["direct", "Blair", "1"], ["partial", Self.composed, "1"], ["direct", "", "2"], ["direct", "blair", "1"],
                    ["direct", Self.decomposed, "1"], ["partial", "Blair", "1"]])
        #expect(try Self.rows(s, "t | group by name with count(), sum(n), median(n), distinct_count(kind), max(n)")
                == [["Blair", "2", "7", "3.5", "2", "4"], [Self.composed, "2", "1", "1", "2", "1"], ["", "2", "5", "2.5", "1", "5"],
                    ["blair", "1", "2", "2", "1", "2"]])
        #expect(try Self.rows(s, "t | group by lower(name) as who | avg n") == [["blair", "3"], [Self.composed, "1"], ["", "2.5"]])
        #expect(try Self.rows(s, "t | group by kind | count") == [["direct", "5"], ["partial", "2"]])
    }

    @Test func aPendingGroupShowsItsKeysFirst() throws {
        let s = Self.session()
        let table = try S.table(s, "t | group by kind as k | select * | take 2")
        #expect(table.schema.names == ["k", "name", "kind", "n"])
        #expect(table.rows.map { $0.map(\.plain) } == [["direct", "Blair", "direct", "3"], ["partial", Self.composed, "partial", "1"]])
        #expect(try Self.rows(s, "t | group by name | where n > 2 | count") == [["Blair", "2"], ["", "1"]])
    }

    @Test func compareCountsKeptPerArticleFollowTheArticles() throws {
        func analysis(_ quotes: [Quote]) -> Analysis {
            var analysis = Analysis()
            analysis.quotes = quotes
            return analysis
        }
        let analyses = ["a": analysis([S.quote("Tony Blair"), S.quote("tony blair"), S.quote(nil, anonymous: true)]),
                        "b": analysis([S.quote("Gordon Brown", title: "chancellor")])]
        let session = S.session([S.article("a", "bbc", "2005-01-01", "A", "Body."), S.article("b", "bbc", "2005-01-02", "B", "Body.")],
                                analyses: analyses)
        let measures = "quotes, speakers, anonymous, official, top_speakers"
        let whole = try S.table(session, "compare outlets by \(measures)")
        #expect(whole.rows.map { $0.map(\.plain) } == [["bbc", "4", "2", "2", "25", "25", "Tony Blair (2), Gordon Brown (1)"]])
        #expect(try S.table(session, "compare outlets by \(measures)").rows == whole.rows, "kept counts answer again")
        let some = try S.table(session, "quotes | where speaker ~ \"brown\" | compare outlets by \(measures)")
        #expect(some.rows.map { $0.map(\.plain) } == [["bbc", "1", "1", "1", "0", "100", "Gordon Brown (1)"]])
        session.corpus.add(S.article("c", "bbc", "2005-01-03", "C", "Body."))
        #expect(try S.table(session, "compare outlets by quotes").rows.map { $0.map(\.plain) } == [["bbc", "4", "1.33"]],
                "a new article is counted")
    }
    /// Past 2,048 articles the per-article counts are made in parallel runs and their numbered
    /// names merged: a speaker or outlet met in several runs is one speaker or outlet.
    @Test func compareCountsMergeNamesAcrossParallelRuns() throws {
        let n = 5_000
        var articles: [Article] = []
        var analyses: [String: Analysis] = [:]
        for i in 0..<n {
            let id = "a\(i)"
            articles.append(S.article(id, i % 2 == 0 ? "even" : "odd", "2005-01-01", "H\(i)", "Body \(i)."))
            var analysis = Analysis()
            // Three speakers, one spelled two ways; the third first appears past the first run.
            let speaker = i < 3_000 ? ["Ann Lee", "ann lee", "Bo Yu"][i % 3] : ["Cy Dow", "Bo Yu"][i % 2]
            analysis.quotes = [S.quote(speaker)]
            analysis.sources = [S.source(i % 5 == 0 ? "Reuters" : "AP", .outlet)]
            analyses[id] = analysis
        }
        let t = try S.table(S.session(articles, analyses: analyses), "compare outlets by quotes, speakers, outlets_cited, top_speakers")
        #expect(t.rows.map { $0.map(\.plain) } == [
            ["even", "2500", "1", "3", "2", "Ann Lee (1000), Cy Dow (1000), Bo Yu (500)"],
            ["odd", "2500", "1", "2", "2", "Bo Yu (1500), ann lee (1000)"],
        ])
    }
}
