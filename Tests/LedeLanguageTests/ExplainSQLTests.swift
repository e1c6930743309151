import Foundation
import Testing
@testable import LedeLanguage

/// `explain sql`: the SQL the compiler sends for a pipeline and the verbs it leaves to Lede.
@Suite struct ExplainSQLTests {
    let session: Session

    init() throws { session = try PushdownBackend.memory.session() }

    func explained(_ pipeline: String) throws -> String {
        transcript(session, "explain sql " + pipeline)
    }

    @Test func filterGroupAndSortAreOneQuery() throws {
        #expect(try explained("hedges | where class = \"doubt\" and start > 100 | group by outlet | count | sort count desc") == """
        -- sqlite (this session runs pipelines in Lede; with --store or `open`, a sqlite store would run this)
        SELECT t5.c0, t5.c1 FROM (
          SELECT t4.c0, t4.k0, t4.c1, ROW_NUMBER() OVER (ORDER BY (t4.c1 IS NULL), t4.c1 DESC, t4.lede_pos) AS lede_pos FROM (
            SELECT t3.c0 AS c0, MIN(t3.k0) AS k0, COUNT(*) AS c1, MIN(t3.lede_pos) AS lede_pos FROM (
              SELECT t2.c2 AS c0, COALESCE(t2.k2, t2.c2) AS k0, t2.c0 AS c1, COALESCE(t2.k0, t2.c0) AS k1, t2.c1 AS c2, COALESCE(t2.k1, t2.c1) AS k2, t2.c3 AS c3, t2.c4 AS c4, COALESCE(t2.k4, t2.c4) AS k4, t2.c5 AS c5, t2.c6 AS c6, t2.c7 AS c7, COALESCE(t2.k7, t2.c7) AS k7, t2.c8 AS c8, COALESCE(t2.k8, t2.c8) AS k8, t2.c9 AS c9, COALESCE(t2.k9, t2.c9) AS k9, t2.lede_pos, t2.lede_article, t2.lede_item FROM (
                SELECT t1.* FROM (
                  SELECT c0, k0, c1, k1, c2, k2, c3, c4, k4, c5, c6, c7, k7, c8, k8, c9, k9, lede_row AS lede_pos, lede_article, lede_item FROM "lede_q_hedges"
                ) AS t1 WHERE (COALESCE((t1.c9 IS ?), FALSE) AND COALESCE((t1.c5 > ?), FALSE))
              ) AS t2
            ) AS t3 GROUP BY t3.c0
          ) AS t4
        ) AS t5 ORDER BY t5.lede_pos;
        -- arguments: 'doubt', 100
        -- in Lede: nothing

        """)
    }

    @Test func rowsKeepTheirOriginsForExplain() throws {
        let text = try explained("figures | top 2 by value | explain")
        #expect(text.contains("ROW_NUMBER() OVER (ORDER BY (t1.c8 IS NULL), t1.c8 DESC, t1.lede_pos)"))
        #expect(text.contains("ORDER BY t2.lede_pos LIMIT ?"))
        #expect(text.contains("t3.lede_article, t3.lede_item FROM"))
        #expect(text.hasSuffix("-- arguments: 2\n-- in Lede: explain\n"))
    }

    /// `~` on text with letters beyond ASCII (curly quotes, accents) stays in Lede, which also
    /// ignores diacritics; on ASCII text it is SQL's ASCII case folding.
    @Test func containsIsPushedOnlyOnASCIIText() throws {
        #expect(try explained("sentences | where sentence ~ \"dam\" | count").hasSuffix("-- nothing runs in SQL; in Lede: sentences, where, count\n"))
        let ascii = try explained("quotes | where kind ~ \"DIR\" | count")
        #expect(ascii.contains("WHERE (instr(lower(t1.c14), ?) > 0)"))
        #expect(ascii.hasSuffix("-- arguments: 'dir'\n-- in Lede: nothing\n"))
    }

    @Test func whatSQLCannotDoExactlyStaysInLede() throws {
        #expect(try explained("articles | median words").hasSuffix("in Lede: articles, median\n"))
        #expect(try explained("quotes | where lower(speaker) = \"x\" | count").hasSuffix("in Lede: quotes, where, count\n"))
        #expect(try explained("quotes | where article.outlet = \"x\" | count").hasSuffix("in Lede: quotes, where, count\n"))
        #expect(try explained("quotes | group by outlet | count | chart").hasSuffix("-- in Lede: chart\n"))
        #expect(try explained("compare outlets").hasSuffix("in Lede: compare\n"))
    }

    /// A join reads the variable or loaded table as a query table of its own, keeps the rows'
    /// order (each row, then its matches in the other table's order) and folds ASCII text keys.
    @Test func joinIsAJoinOfQueryTables() throws {
        session.run("let per_outlet = articles | group by outlet with count() as n") { _ in }
        let text = try explained("articles | left join per_outlet on outlet | select file, n")
        #expect(text.contains("LEFT JOIN (SELECT t1rr.*, lower(trim(t1rr.c0, ' ' || char(9))) AS lede_j0 FROM (SELECT c0, k0, c1, lede_row AS lede_pos FROM \"lede_q_v_per_outlet\") AS t1rr LIMIT -1 OFFSET 0) AS t1r"))
        #expect(text.contains("ON lower(trim(t1.c3, ' ' || char(9))) = t1r.lede_j0"))
        #expect(text.contains("ROW_NUMBER() OVER (ORDER BY t1.lede_pos, t1r.lede_pos) AS lede_pos"))
        #expect(text.hasSuffix("-- in Lede: nothing\n"))
        // Text keys beyond ASCII (names such as "Søren Åkerlund") are matched in Lede.
        session.run("let speakers = quotes | group by speaker | count") { _ in }
        #expect(try explained("quotes | join speakers on speaker | count").hasSuffix("in Lede: quotes, join, count\n"))
    }

    /// `kwic` asks the full-text index for the articles that hold every word of a pattern; it
    /// cuts its lines from them in Lede.
    @Test func kwicFindsItsArticlesByFullTextSearch() throws {
        let text = try explained("articles | where outlet = \"Harbour Daily\" | kwic \"spillway gate\", \"Brandvold's\", \"invad*\" | count")
        #expect(text.contains("WHERE t2.lede_article IN (SELECT rowid FROM \"lede_q_words\" WHERE \"lede_q_words\" MATCH ?)"))
        #expect(text.contains("-- arguments: 'Harbour Daily', '(\"spillway\" AND \"gate\") OR (\"brandvold\") OR (\"invad\" *)'\n"))
        #expect(text.hasSuffix("-- in Lede: kwic (its lines, cut from the articles the full-text query found), count\n"))
        #expect(try explained("kwic \"dam\"").contains("FROM \"lede_q_articles\""))
        #expect(try explained("articles | group by outlet | count | kwic \"dam\"").hasSuffix("-- in Lede: kwic\n"))
    }

    /// The PostgreSQL query names lexemes as they are: no text search parser splits them.
    @Test func fullTextQueriesQuoteLedesWords() throws {
        let patterns = ["don't", "u.s. army*", "Zoë"].compactMap(Kwic.Pattern.init)
        #expect(SQLWordTable.query(patterns, .postgresql) == "('don''t') | ('u.s' & 'army':*) | ('zoë')")
        #expect(SQLWordTable.query(patterns, .sqlite) == "(\"don't\") OR (\"u.s\" AND \"army\" *) OR (\"zoë\")")
        #expect(SQLWordTable.query([Kwic.Pattern(String(repeating: "a", count: 300))].compactMap { $0 }, .sqlite) == nil)
        let long = String(repeating: "é", count: 150)
        #expect(SQLWordTable.indexed(long).utf8.count == SQLWordTable.longestIndexed)
        #expect(SQLWordTable.indexed("Zoe\u{308}") == "Zoë")
    }

    @Test func anExplainedPipelineIsCheckedFirst() throws {
        #expect(try explained("quotes | where speakr = \"x\"").contains("unknown field `speakr`"))
    }
}
