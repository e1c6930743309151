import Testing
@testable import LedeCorpus

@Suite struct CSVLoaderTests {
    @Test func quotedFieldsHoldSeparatorsQuotesAndNewlines() throws {
        let csv = """
        Title,Date,Source,Author,content,bias_text
        "Rates, again",2022-03-14,Ex,"Ann Lee, Bo Li","He said ""no"".
        Then left.",left
        Plain,14 March 2022,Ex,,Body.,right
        """
        let (corpus, report, dir) = try Fixtures.load(["t.csv": csv])
        #expect(report.articles == 2 && report.skipped.isEmpty)
        let a = corpus.articles[0]
        #expect(a.headline == "Rates, again" && a.outlet == "Ex")
        #expect(a.authors == ["Ann Lee", "Bo Li"])
        #expect(a.body == "He said \"no\".\n\nThen left.")
        #expect(a.extra.map(\.key) == ["bias_text"] && a.extra.map(\.value) == ["left"])
        #expect(corpus.articles[1].path == dir + "/t.csv#2")
        #expect(corpus.articles[1].date == Day(year: 2022, month: 3, day: 14))
    }

    @Test func tsvIsSplitOnTabs() throws {
        let (corpus, _, _) = try Fixtures.load(["t.tsv": "title\ttext\nA, b\tBody, with comma.\n"])
        #expect(corpus.articles.first?.headline == "A, b")
        #expect(corpus.articles.first?.body == "Body, with comma.")
    }

    @Test func unterminatedQuoteReportsWhereItOpened() throws {
        let csv = """
        title,date,content
        A,2022-03-14,"Body one, with comma"
        B,2022-03-15,"Body two never closed
        C,2022-03-16,Three
        """
        let (corpus, report, dir) = try Fixtures.load(["q.csv": csv])
        #expect(corpus.articles.map(\.headline) == ["A"])
        let d = try #require(report.skipped.first)
        #expect(d.span == SourceSpan(file: dir + "/q.csv", line: 3, column: 14))
        #expect(d.message == "unterminated quoted field: the quote opened here is never closed, so the rows from line 3 on are skipped; the 1 row before it loaded")
        #expect(d.sourceLine == "B,2022-03-15,\"Body two never closed")
    }

    @Test func rowWithTooManyFieldsIsSkipped() throws {
        let (corpus, report, dir) = try Fixtures.load(["f.csv": "title,content\nA,x\nB,y,z\n"])
        #expect(corpus.articles.map(\.headline) == ["A"])
        #expect(report.skipped.map(DiagnosticRenderer.render).first?.hasPrefix(
            "\(dir)/f.csv:3:1: error: row has 3 fields but the header has 2") == true)
    }
}
