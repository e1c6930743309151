import Foundation
import Testing
@testable import LedeLanguage
import LedeStore

/// The language test suite's pipelines on every backend: pushed down into SQL, they must print
/// what Lede's own engine prints (rows, order, numbers, nulls, `explain` of the rows).
@Suite(.serialized) struct PushdownTests {
    /// Pipelines of the language tests and the lessons, over every built-in table and every verb
    /// that is pushed down, and some that are not (which then run in Lede on SQL's rows).
    static let pipelines = [
        "articles | select outlet, date, headline",
        "articles | sort date desc, outlet | select date, outlet, headline",
        "articles | sort date | skip 8 | select date, headline",
        "articles | take 2 | select headline",
        "articles | group by outlet | count",
        "articles | group by outlet with count(), avg(words) as mean_words, max(date) as latest",
        "articles | select outlet, words / 100 as hundreds | take 3",
        "articles | min date", "articles | max date", "articles | avg words", "articles | median words",
        "articles | select * | take 1",
        "articles | select outlet | distinct",
        "articles | distinct outlet",
        "articles | where date >= \"2025-09-10\" | select file, date",
        "articles | where words > 300 and not (outlet = \"Northwind Post\") | select file, words",
        "articles | sort headline | select headline",
        "quotes | select speaker, cue, text | take 5",
        "quotes | where speaker ~ \"Brandvold\" | select speaker, text",
        "quotes | where kind = \"direct\" | group by outlet | count",
        "quotes | group by outlet, kind | count",
        "quotes | group by speaker | count | top 3 by count",
        "quotes | group by speaker | count | sort count desc, speaker",
        "quotes | distinct speaker",
        "quotes | where anonymous | count",
        "quotes | where anonymous | take 1 | explain",
        "quotes | where speaker != null | sort speaker desc | take 2 | explain",
        "quotes | where speaker = null | select mention, cue, kind",
        "quotes | where cue in [\"say\", \"tell\", null] | group by cue | count",
        "quotes | group by outlet | distinct_count speaker",
        "quotes | sort speaker desc | select speaker, kind",
        "quotes | where cue ~ \"ay\" or cue !~ \"s\" | select cue, kind",
        "quotes | where speaker < \"k\" | select speaker",
        "figures | where value >= 1000 and unit = null | select text, category",
        "figures | top 3 by value | select text, category, claimant",
        "figures | where category ~ \"household\" | sum value",
        "figures | group by outlet | sum value",
        "figures | sort value desc | select text, category | take 5",
        "figures | where not approximate or value < 10 | count",
        "figures | select value * 2 + 1 as v, value / 0 as z, -value as n | take 4",
        "figures | group by outlet with min(value), max(value), avg(value), sum(value)",
        "figures | where value > 100 | group by category | count | sort count desc, category",
        "figures | group by lemma | count | where count > 1",
        "sentences | where sentence ~ \"dam\" | count",
        "sentences | group by file with count(), max(index) as last",
        "mentions | where kind = \"person\" | distinct name",
        "mentions | group by kind | count",
        "hedges | group by class | count",
        "sources | group by kind | count",
        "people | top 5 by quotes | select name, aliases, quotes",
        "people | sort name | select name, mentions",
        "all_quotes | where kind = \"term\" | select text, sentence | take 5",
        "quotes | where lower(speaker) ~ \"brand\" | count",
        "quotes | where article.outlet ~ \"ledger\" | count",
        "quotes | group by outlet | count | chart",
        "figures | where value > 10 | compare outlets",
        "quotes | where kind = \"none\" | count", "figures | where value < -1 | sum value",
        "figures | where value < -1 | avg value", "figures | where value < -1 | min value",
        "figures | where value < -1 | group by outlet | count",
        "quotes | skip 1000 | select speaker", "quotes | take 0 | select speaker",
        "quotes | sort cue, speaker desc, date | select cue, speaker, date",
        "figures | sort unit desc, value | select unit, value",
        "figures | group by outlet with avg(value), sum(value / 3) as third",
    ]

    /// Tables for `join` to read, made in each session before `joinsAndKwic` run.
    static let joinable = """
    load table "\(Fixture.root.appendingPathComponent("Notebooks/reference/situation-reports.csv").path)" as reports
    let per_outlet = articles | group by outlet with count() as articles, max(date) as latest
    let firsts = articles | group by outlet with min(date) as first, count() as articles_then
    let totals = articles | group by outlet with sum(words) as words, count()
    let lowered = articles | distinct outlet | select "  " + lower(outlet) + "\t" as name, 1 as n
    let speakers = quotes | group by speaker | count | where count > 1
    """

    /// `join` with variables and a loaded table: the database holds both sides.
    static let joins = [
        "articles | join per_outlet on outlet | select file, outlet, articles, latest",
        "quotes | left join firsts on outlet, date = first | select speaker, date, articles_then",
        "figures | where lemma = \"person\" and value < 50 | join reports on date | select date, outlet, value, in_hospital, claimant",
        "figures | left join reports on date | select text, date, evacuated_households | take 12",
        "figures | join reports on date | group by outlet | count",
        "figures | join reports on date | sort in_hospital desc, value | take 3 | explain",
        "articles | join totals on outlet | select file, words, totals_words, count",
        "articles | join lowered on outlet = name | select file, outlet, n",
        "articles | left join lowered on name = outlet | where n = null | count",
        "quotes | left join speakers on speaker | select speaker, count | take 20",
        "articles | join per_outlet on date = latest | select file, articles",
        // A variable defined again is written again.
        "let per_outlet = articles | where outlet ~ \"Harbour\" | group by outlet with count() as articles, max(date) as latest; articles | join per_outlet on outlet | select file, articles",
    ]

    /// `kwic`, whose articles the full-text index finds.
    static let kwics = [
        "kwic \"dam\"",
        "kwic \"spillway gate\" window 3 | sort right1 | select outlet, left, match, right",
        "articles | where outlet ~ \"Harbour\" | kwic \"insider*\"",
        "kwic \"Brandvold\" | group by outlet | count",
        "kwic \"Brandvold's\", \"city’s\" window 2",
        "quotes | where kind = \"direct\" | kwic \"flood\", \"evacuat*\" | select file, match, right",
        "kwic \"Åkerlund\", \"MÁRQUEZ\", \"Zoë\", \"Zoe\u{308}\"",
        "kwic \"s*\" | group by term | count | sort count desc, term | take 10",
        "kwic \"don't\", \"can’t\", \"well-known\", \"u.s\", \"nothingatall\"",
        "articles | take 0 | kwic \"dam\"",
        "articles | group by outlet | count | kwic \"dam\"",
        "sentences | where index = 0 | kwic \"dam\" | count",
    ]

    @Test(arguments: [PushdownBackend.sqlite, .postgresql])
    func joinsAndKwicGiveTheSameAnswers(_ backend: PushdownBackend) throws {
        guard let (memory, pushed) = try backend.sessionsToCompare() else { return }
        defer { try? PushdownBackend.dropQueryTables(of: pushed) }
        #expect(transcript(pushed, Self.joinable) == transcript(memory, Self.joinable))
        for pipeline in Self.joins + Self.kwics {
            #expect(transcript(pushed, pipeline) == transcript(memory, pipeline), "\(backend): \(pipeline)")
        }
        // Most of them use the database: joins wholly, kwic for its articles.
        let all = Self.joins + Self.kwics
        let used = all.filter { transcript(pushed, "explain sql " + $0).contains("FROM \"lede_q_") }
        #expect(used.count >= all.count - 4, "\(backend): \(used.count) of \(all.count)")
        let search = transcript(pushed, "explain sql kwic \"spillway gate\"")
        #expect(search.contains(backend == .sqlite ? "MATCH ?" : "words @@ CAST(? AS tsquery)"), "\(search)")
    }

    @Test(arguments: [PushdownBackend.sqlite, .postgresql])
    func sameAnswersAsInMemory(_ backend: PushdownBackend) throws {
        guard let (memory, pushed) = try backend.sessionsToCompare() else { return }
        defer { try? PushdownBackend.dropQueryTables(of: pushed) }
        for pipeline in Self.pipelines {
            #expect(transcript(pushed, pipeline) == transcript(memory, pipeline), "\(backend): \(pipeline)")
        }
    }

    /// Most of the pipelines above run wholly in SQL: the harness tests the SQL, not only Lede.
    @Test func mostPipelinesRunInSQL() throws {
        let session = try PushdownBackend.sqlite.session()
        let whole = Self.pipelines.filter { transcript(session, "explain sql " + $0).hasSuffix("-- in Lede: nothing\n") }
        #expect(whole.count >= Self.pipelines.count * 2 / 3, "pushed down wholly: \(whole.count) of \(Self.pipelines.count)")
    }

    /// The query tables are written once per corpus: a second session on the same store reads
    /// them as they are (here a row removed behind Lede's back shows it), and a changed corpus
    /// writes them again.
    @Test func queryTablesAreWrittenOncePerCorpus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-pushdown-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.db").path
        func session() throws -> Session {
            let session = Session()
            session.run("load \"\(PushdownBackend.samples)\"") { _ in }
            session.sqlBackend = SQLBackend(database: try SQLiteDatabase(path: path))
            return session
        }
        let count = try transcript(PushdownBackend.memory.session(), "format csv; quotes | count")
        #expect(transcript(try session(), "format csv; quotes | count") == count)
        try SQLiteDatabase(path: path).execute("DELETE FROM \"lede_q_quotes\" WHERE lede_row = 0", [])
        let again = try session()
        #expect(transcript(again, "format csv; quotes | count") != count)
        let extra = folder.appendingPathComponent("extra.txt")
        try "Dam inquiry\n\n“We will publish everything,” said Mayor Ilse Brandvold.".write(to: extra, atomically: true, encoding: .utf8)
        again.run("load \"\(extra.path)\"") { _ in }
        let memory = try PushdownBackend.memory.session()
        memory.run("load \"\(extra.path)\"") { _ in }
        #expect(transcript(again, "format csv; quotes | count") == transcript(memory, "format csv; quotes | count"))
    }
}
