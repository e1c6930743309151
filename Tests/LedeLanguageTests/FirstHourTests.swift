import Foundation
@testable import LedeLanguage
import LedeCorpus
import Testing

/// What a newcomer meets first: a load that reads nothing stops with the place it was written,
/// results show a table's main fields, `schema` lists only fields with something in them.
@Suite struct FirstHourTests {
    typealias S = CompareSupport

    @Test func aLoadThatReadsNothingIsAnErrorAtThePathAsWritten() throws {
        let session = S.fixture()
        var errors: [Diagnostic] = []
        let ok = session.run("articles | count\nload \"/nonexistent/dir\"\narticles | count", name: "script.lede") { event in
            if case .diagnostic(let d) = event { errors.append(d) }
        }
        #expect(!ok)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.message == "`load` read nothing: no such file or folder (`/nonexistent/dir`)")
        #expect(error.span == SourceSpan(file: "script.lede", line: 2, column: 6, length: 18))
        #expect(S.error(session, "load \"/nonexistent/*.txt\"") == "`load` read nothing: no files match this pattern (`/nonexistent/*.txt`)")
        // The session goes on; `optional` reports and carries on.
        var reported: [Diagnostic] = []
        #expect(session.run("load \"/nonexistent/dir\" optional\narticles | count") { event in
            if case .diagnostic(let d) = event { reported.append(d) }
        })
        #expect(reported.map(\.message) == ["no such file or folder"])
    }

    @Test func resultsShowATablesMainFieldsAndSelectStarShowsAll() throws {
        let session = S.fixture()
        var shown: [Table] = []
        session.run("quotes | where speaker != null\nquotes | select *\nquotes | select speaker, cue") { event in
            if case .table(let t) = event { shown.append(t) }
        }
        #expect(shown.map(\.schema.names) == [["speaker", "kind", "text", "file"], QuoteTable(includesTerms: false).schema.names, ["speaker", "cue"]])
        // Filters still see every field.
        #expect(S.column(try S.table(session, "quotes | where cue = null | count"), "count") == ["7"])
    }

    @Test func schemaLeavesOutFieldsNoRowFills() throws {
        let session = S.fixture()
        var statuses: [String] = []
        var listed: [String] = []
        session.run("schema articles") { event in
            if case .status(let s) = event { statuses.append(s) }
            if case .table(let t) = event { listed = t.column("field")?.map(\.plain) ?? [] }
        }
        #expect(statuses == ["always empty here, so not listed: authors, url, boilerplate"])
        #expect(listed.contains("bias_text") && listed.contains("headline") && !listed.contains("url"))
    }

    @Test func timelineSharesPerArticleWhenGroupedByAFieldOfTheRows() throws {
        let t = try S.table(S.fixture(), "quotes | timeline by month, anonymous")
        #expect(t.rows.map { $0.map(\.plain) }.filter { $0[0] == "2024-03" } == [["2024-03", "false", "5", "100", "125"], ["2024-03", "true", "2", "100", "50"]])
    }
}
