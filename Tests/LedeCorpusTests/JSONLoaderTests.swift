import Testing
@testable import LedeCorpus

@Suite struct JSONLoaderTests {
    @Test func arrayRecordsGetNumberedPathsAndKeepExtraFieldsInOrder() throws {
        let json = """
        [{"Title": "One", "published": "March 14, 2022", "publisher": "Ex", "byline": "By Ann Lee and Bo Li",
          "link": "https://ex.com/1", "text": "Para one.\\n\\nPara two.", "zeta": 1, "alpha": ["a", "b"], "nested": {"k": true},
          "gone": null},
         {"headline": "Two", "date": "20220125T090000Z", "authors": ["Cy Wu"], "first_line": "Only a line."}]
        """
        let (corpus, report, dir) = try Fixtures.load(["a.json": json])
        #expect(report.articles == 2 && report.skipped.isEmpty)
        let (a, b) = (corpus.articles[0], corpus.articles[1])
        #expect(a.path == dir + "/a.json#1" && b.path == dir + "/a.json#2")
        #expect(a.file == "a.json" && a.id != b.id)
        #expect(a.headline == "One" && a.outlet == "Ex" && a.url == "https://ex.com/1")
        #expect(a.date == Day(year: 2022, month: 3, day: 14))
        #expect(a.authors == ["Ann Lee", "Bo Li"])
        #expect(a.body == "Para one.\n\nPara two.")
        #expect(a.extra.map(\.key) == ["zeta", "alpha", "nested"])
        #expect(a.extra.map(\.value) == ["1", "a; b", "{\"k\":true}"])
        #expect(b.date == Day(year: 2022, month: 1, day: 25))
        #expect(b.authors == ["Cy Wu"])
        #expect(b.body == "Only a line.")
    }

    @Test func jsonLinesAndBodyParagraphs() throws {
        let jsonl = """
        {"title": "A", "body-paragraphs": [["First sentence.", "Second."], ["Next para."]]}
        {"title": "B", "content": "Line one\\nLine two"}
        {"title": "C", "text": ["Listed one.", "Listed two."]}
        """
        let (corpus, _, dir) = try Fixtures.load(["r.jsonl": jsonl])
        #expect(corpus.articles.map(\.body) == [
            "First sentence. Second.\n\nNext para.", "Line one\n\nLine two", "Listed one.\n\nListed two."])
        #expect(corpus.articles[1].path == dir + "/r.jsonl#2")
    }

    @Test func deepNestingIsRefusedNotRecursed() throws {
        let (_, report, _) = try Fixtures.load(["d.json": String(repeating: "[", count: 100_000)])
        #expect(report.skipped.map(\.message) == ["invalid JSON: nested more than 512 levels deep"])
    }

    @Test func escapesAreDecoded() throws {
        let (corpus, _, _) = try Fixtures.load(["e.json": #"{"title": "It\u2019s \"on\" \ud83d\ude00\/\t", "content": "x"}"#])
        #expect(corpus.articles.first?.headline == "It’s \"on\" 😀/")
    }

    @Test func singleObjectFileKeepsItsPlainPath() throws {
        let (corpus, _, dir) = try Fixtures.load(["one.json": #"{"title": "Solo", "content": "Body."}"#])
        #expect(corpus.articles.first?.path == dir + "/one.json")
    }

    @Test func brokenJSONReportsLineColumnAndWhatWasExpected() throws {
        let json = """
        {
          "title": "Budget row",
          "date": "2022-03-14",
          "source": "Example News",
          "authors": ["Ann Lee", "Bo Li"],
          "content": "First paragraph."
          "topic": "economy"
        }
        """
        let (corpus, report, dir) = try Fixtures.load(["bad.json": json, "good.json": #"{"title": "Fine", "content": "Ok."}"#])
        #expect(corpus.articles.map(\.headline) == ["Fine"])
        let d = try #require(report.skipped.first)
        #expect(d.span == SourceSpan(file: dir + "/bad.json", line: 7, column: 3))
        #expect(d.message == "invalid JSON: expected ',' or '}' but found '\"'")
        #expect(d.sourceLine == "  \"topic\": \"economy\"")
        #expect(report.summary.hasSuffix("1 skipped: \(dir)/bad.json"))
    }

    @Test func aBrokenJSONLineLosesOnlyThatLine() throws {
        let (corpus, report, dir) = try Fixtures.load(["x.jsonl": "{\"title\": \"A\"}\n{\"title\": \"B\",}\n{\"title\": \"C\"}\n"])
        #expect(corpus.articles.map(\.headline) == ["A", "C"])
        #expect(report.skipped.map(DiagnosticRenderer.render).first?.hasPrefix(
            "\(dir)/x.jsonl:2:15: error: invalid JSON: expected a string key but found '}'") == true)
    }

    @Test func unterminatedStringAndNonObjectRecords() throws {
        let (_, report, dir) = try Fixtures.load(["s.json": "[1, {\"title\": \"ok\"}]", "u.json": "{\"title\": \"never"])
        #expect(report.skipped.map(\.message).sorted() == [
            "expected an object (one article) but found a number", "invalid JSON: unterminated string"])
        #expect(report.skipped.contains { $0.span == SourceSpan(file: dir + "/u.json", line: 1, column: 11) })
    }
}
