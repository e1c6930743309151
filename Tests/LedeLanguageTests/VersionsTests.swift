@testable import LedeLanguage
import Testing

/// `versions`: one story, a column per outlet's article.
@Suite struct VersionsTests {
    typealias S = CompareSupport

    @Test func oneColumnPerArticleNamedByItsOutlet() throws {
        let t = try S.table(S.fixture(), "articles | where triplet-uuid = \"e1\" | versions")
        #expect(t.schema.names == ["measure", "fox", "nyt", "hpo"])
        let rows = Dictionary(uniqueKeysWithValues: t.rows.map { ($0[0].plain, Array($0.dropFirst().map(\.plain))) })
        #expect(rows["headline"] == ["Dam gate fails", "Dam gate failure floods town", "Flood hits town after dam gate fails"])
        #expect(rows["quotes"] == ["3", "2", "1"])
        #expect(rows["top speakers"] == ["Ann Smith (2)", "Ann Smith (1), Cy Dow (1)", ""])
        #expect(rows["hedges"] == ["2", "1", "0"])
        #expect(rows["anonymous sources"] == ["1", "0", "0"])
        #expect(rows["figures"]?[0].hasPrefix("362 tanks") == true)
    }

    @Test func itemRowsNarrowTheCountsAndOutletsRepeatWithANumber() throws {
        let session = S.fixture()
        let t = try S.table(session, "quotes | where speaker = \"Ann Smith\" | versions")
        #expect(t.schema.names == ["measure", "fox", "nyt"])
        #expect(t.rows.first { $0[0].plain == "quotes" }.map { $0.dropFirst().map(\.plain) } == ["2", "1"])
        #expect(try S.table(session, "versions").schema.names == ["measure", "fox", "FOX #2", "nyt", "nyt #2", "hpo"])
    }
}
