import Foundation
@testable import LedeLanguage
import LedeCorpus
import Testing

/// `load table`, `join`, `left join`, `unpivot`, backticked names and `article.FIELD`, on the
/// hand-made articles of the comparing tests and small tables written to a temporary folder.
@Suite struct JoinTests {
    typealias S = CompareSupport

    /// Writes `files` (name and text) to a new temporary folder; returns its path.
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-join-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir.path
    }

    /// Runs a statement that prints no table, failing on an error.
    static func load(_ session: Session, _ program: String) throws {
        if let problem = S.error(session, program) { throw S.Failure(description: problem) }
    }

    @Test func tablesLoadFromJSONJSONLinesCSVAndTSVTypedByColumn() throws {
        let dir = try Self.folder([
            "a.json": #"[{"day": "2024-03-02", "tanks": 360, "fuel tank": "x"}, {"day": "2024-03-01", "tanks": 362}]"#,
            "a.jsonl": "{\"day\": \"2024-03-02\", \"tanks\": 360, \"fuel tank\": \"x\"}\n{\"day\": \"2024-03-01\", \"tanks\": 362}\n",
            "a.csv": "day,tanks,fuel tank\n2024-03-02,360,x\n2024-03-01,362,\n",
            "a.tsv": "day\ttanks\tfuel tank\n2024-03-02\t360\tx\n2024-03-01\t362\t\n",
        ])
        for ext in ["json", "jsonl", "csv", "tsv"] {
            let session = S.fixture()
            let t = try S.table(session, "load table \"\(dir)/a.\(ext)\" as a\na | sort day | select day, tanks, `fuel tank`")
            #expect(t.columns.map(\.type) == [.date, .number, .text], "\(ext)")
            #expect(t.rows.map { $0.map(\.plain) } == [["2024-03-01", "362", ""], ["2024-03-02", "360", "x"]], "\(ext)")
        }
    }

    @Test func aLoadedTableIsNotArticles() throws {
        let dir = try Self.folder(["cats.csv": "lemma,kind\ntank,armour\n"])
        let session = S.fixture()
        let before = try S.table(session, "compare outlets by articles")
        try Self.load(session, "load table \"\(dir)/cats.csv\" as cats")
        #expect(session.articles.count == 5)
        #expect(S.column(try S.table(session, "articles | count"), "count") == ["5"])
        #expect(try S.table(session, "compare outlets by articles").rows == before.rows)
        let listing = try S.table(session, "schema")
        #expect(listing.rows.contains { $0.map(\.plain) == ["cats", "loaded table", "lemma, kind"] })
        #expect(S.error(session, "load table \"\(dir)/none.csv\" as x")?.contains("no such file") == true)
        #expect(S.error(session, "load table \"\(dir)/cats.csv\" as quotes") == "`quotes` is already the name of a table")
    }

    @Test func joinKeepsMatchingRowsAndLeftJoinKeepsEveryRow() throws {
        let dir = try Self.folder(["cats.csv": "lemma,kind\nTank,armour\nplane,aircraft\n"])
        let session = S.fixture()
        try Self.load(session, "load table \"\(dir)/cats.csv\" as cats")
        let inner = try S.table(session, "figures | join cats on lemma | select outlet, text, kind")
        #expect(inner.rows.map { $0.map(\.plain) } == [["fox", "362 tanks", "armour"], ["nyt", "360 tanks", "armour"], ["hpo", "362 tanks", "armour"]])
        // The joined rows still come from their figures.
        #expect(inner.origins.count == 3)
        let left = try S.table(session, "figures | left join cats on lemma | select text, kind")
        #expect(left.rows.map { $0.map(\.plain) } == [["362 tanks", "armour"], ["$5 million", ""], ["360 tanks", "armour"], ["362 tanks", "armour"]])
    }

    @Test func joinMatchesFieldsOfDifferentNamesAndRenamesClashes() throws {
        let dir = try Self.folder(["reports.csv": "day,lemma,value\n2024-03-02,tank,360\n2024-03-01,tank,362\n"])
        let session = S.fixture()
        try Self.load(session, "load table \"\(dir)/reports.csv\" as reports")
        let t = try S.table(session, "figures | join reports on date = day, lemma | select outlet, value, reports_value")
        #expect(t.rows.map { $0.map(\.plain) } == [["fox", "362", "362"], ["nyt", "360", "360"], ["hpo", "362", "360"]])
        // Either way round.
        #expect(try S.table(session, "figures | join reports on day = date, lemma").count == 3)
    }

    @Test func joinErrorsSayWhatIsWrong() throws {
        let dir = try Self.folder(["reports.csv": "day,lemma,note\n2024-03-02,tank,first\n"])
        let session = S.fixture()
        try Self.load(session, "load table \"\(dir)/reports.csv\" as reports")
        #expect(S.error(session, "figures | join reports on date = note")
                == "cannot match `date` (a date) with `note` of `reports` (a text)")
        #expect(S.error(session, "figures | join reports on lemm") == "unknown field `lemm` in the rows being joined")
        #expect(S.error(session, "figures | join reports on date = dya") == "unknown field `dya` in `reports`")
        #expect(S.error(session, "figures | join report on lemma") == "unknown table or variable `report`")
        #expect(S.error(session, "figures | join reports") == "`join` needs the fields to match after `on`")
        let shown = try #require(try? { () throws -> String? in
            var text: String?
            session.run("figures | join reports on lemma = dya", name: "x.lede") { event in
                if case .diagnostic(let d) = event { text = DiagnosticRenderer.render(d) }
            }
            return text
        }() ?? nil)
        #expect(shown.contains("x.lede:1:27: error") && shown.contains("did you mean `day`?"))
    }

    @Test func namesInBackticks() throws {
        let dir = try Self.folder(["odd.csv": "fuel tank,triplet-uuid,and\n60,e1,yes\n"])
        let session = S.fixture()
        try Self.load(session, "load table \"\(dir)/odd.csv\" as odd")
        let t = try S.table(session, "odd | where `fuel tank` > 50 | select `fuel tank` * 2 as twice, `triplet-uuid`, `and`")
        #expect(t.rows.map { $0.map(\.plain) } == [["120", "e1", "yes"]])
        #expect(S.error(session, "odd | select `fuel tank") == "this name is never closed")
        #expect(Lexer.written("fuel tank") == "`fuel tank`" && Lexer.written("triplet-uuid") == "triplet-uuid" && Lexer.written("and") == "`and`")
    }

    @Test func everyDerivedRowReachesItsArticle() throws {
        let session = S.fixture()
        #expect(S.column(try S.table(session, "quotes | where article.bias_text = \"left\" | count"), "count") == ["1"])
        let byOutlet = try S.table(session, "figures | group by article.headline | count")
        #expect(byOutlet.rows.count == 4)
        #expect(S.column(try S.table(session, "sources | where article.triplet-uuid = \"e2\" | select name"), "name") == ["CNN", "Reuters"])
        #expect(S.error(session, "quotes | where article.bias_txt = \"left\"") == "unknown article field `bias_txt`")
        #expect(S.error(session, "people | where article.outlet = \"fox\"") == "`article.outlet` needs rows that come from articles")
    }

    @Test func unpivotTurnsColumnsIntoRows() throws {
        let dir = try Self.folder(["wide.csv": "date,tank,fuel tank\n2022-03-12,362,60\n"])
        let session = S.fixture()
        try Self.load(session, "load table \"\(dir)/wide.csv\" as wide")
        let t = try S.table(session, "wide | unpivot tank, `fuel tank`")
        #expect(t.schema.names == ["date", "field", "value"])
        #expect(t.rows.map { $0.map(\.plain) } == [["2022-03-12", "tank", "362"], ["2022-03-12", "fuel tank", "60"]])
        #expect(S.error(session, "wide | unpivot tanks") == "unknown field `tanks`")
    }
}
