import Testing
@testable import LedeCorpus

@Suite struct PlainTextTests {
    @Test func newsLayoutSeparatesPromoHeadlineCaptionAndDate() throws {
        let text = """
        Subscribe to the Daily Ledger newsletter for more

        Budget talks stall again

        The finance minister at the podium. (Reuters/Jane Doe)
        Monday, 14 March 2022

        First paragraph of the story.

        Second paragraph
        wrapped over two lines.
        """
        let (corpus, report, _) = try Fixtures.load(["a.txt": text])
        #expect(report.articles == 1)
        let a = try #require(corpus.articles.first)
        #expect(a.headline == "Budget talks stall again")
        #expect(a.date == Day(year: 2022, month: 3, day: 14))
        #expect(a.outlet == "Daily Ledger")
        #expect(a.boilerplate == ["Subscribe to the Daily Ledger newsletter for more",
                                  "The finance minister at the podium. (Reuters/Jane Doe)"])
        #expect(a.body == "First paragraph of the story.\n\nSecond paragraph wrapped over two lines.")
        #expect(a.paragraphs == [Paragraph(start: 0, end: 29), Paragraph(start: 31, end: 71)])
        #expect(a.words == 11)
        #expect(a.file == "a.txt")
    }

    @Test func unwrappedLinesAfterABlankLineAreParagraphsEach() throws {
        let long = "The harbour board met on Tuesday evening and voted to close the old ferry pier for repairs until spring."
        let text = """
        Ferry pier to close

        \(long)
        “We had no other choice,” the board’s chair, Ruth Ames, said after a vote that took less than an hour.
        Short last line.

        A wrapped paragraph whose lines
        are short stays one paragraph.
        """
        let (corpus, _, _) = try Fixtures.load(["pier.txt": text])
        let a = try #require(corpus.articles.first)
        #expect(a.headline == "Ferry pier to close")
        #expect(a.body.components(separatedBy: "\n\n") == [
            long,
            "“We had no other choice,” the board’s chair, Ruth Ames, said after a vote that took less than an hour.",
            "Short last line.",
            "A wrapped paragraph whose lines are short stays one paragraph."])
    }

    @Test func frontMatterMapsKnownKeysAndKeepsTheRestInOrder() throws {
        let text = """
        ---
        title: "Storm hits coast"
        date: 2021-10-02
        outlet: Coast Times
        authors: [Ann Lee, Bo Li]
        desk: weather
        tags: storm
        ---
        Storm hits coast

        Winds reached 120 km/h.
        """
        let (corpus, _, _) = try Fixtures.load(["storm.md": text])
        let a = try #require(corpus.articles.first)
        #expect(a.headline == "Storm hits coast")
        #expect(a.date == Day(year: 2021, month: 10, day: 2))
        #expect(a.outlet == "Coast Times")
        #expect(a.authors == ["Ann Lee", "Bo Li"])
        #expect(a.extra.map(\.key) == ["desk", "tags"])
        #expect(a.extra.map(\.value) == ["weather", "storm"])
        // With a title in the front matter the first line is story, not headline.
        #expect(a.body == "Storm hits coast\n\nWinds reached 120 km/h.")
    }

    @Test func markdownHeadingIsTheHeadline() throws {
        let (corpus, _, _) = try Fixtures.load(["n.md": "# Rates rise\n\n## Why\n\nThe bank *acted*.\n"])
        let a = try #require(corpus.articles.first)
        #expect(a.headline == "Rates rise")
        #expect(a.body == "Why\n\nThe bank *acted*.")
    }

    @Test func linesAreParagraphsWhenThereIsNoBlankLine() throws {
        let (corpus, _, _) = try Fixtures.load(["l.txt": "Short headline\nOne.\nTwo.\nThree.\n"])
        let a = try #require(corpus.articles.first)
        #expect(a.headline == "Short headline")
        #expect(a.body == "One.\n\nTwo.\n\nThree.")
    }

    @Test func longFirstSentenceIsNotAHeadline() throws {
        let first = "Emmanuel Macron has told a press conference in Berlin that he plans to hold talks with Vladimir Putin."
        let (corpus, _, _) = try Fixtures.load(["s.txt": first + "\n\nMore.\n"])
        let a = try #require(corpus.articles.first)
        #expect(a.headline == nil)
        #expect(a.paragraphs.count == 2)
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let (corpus, _, _) = try Fixtures.load(["u.txt": "Title\n\nCafé 😀 opens.\n\nNext.\n"])
        let a = try #require(corpus.articles.first)
        #expect(a.paragraphs == [Paragraph(start: 0, end: 13), Paragraph(start: 15, end: 20)])
        let scalars = Array(a.body.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[15..<20])) == "Next.")
    }

    @Test func bomAndCRLFAreRemoved() throws {
        let dir = try Fixtures.folder(["w.txt": [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nLine one\r\nstill one.\r\n".utf8)])
        var corpus = Corpus()
        _ = corpus.load([dir])
        #expect(corpus.articles.first?.headline == "Title")
        #expect(corpus.articles.first?.body == "Line one still one.")
    }

    @Test func invalidUTF8IsReadAsWindows1252WithANote() throws {
        let dir = try Fixtures.folder(["p.txt": Array("Price\n\nIt cost ".utf8) + [0xA3, 0x35, 0x20, 0x93, 0x6F, 0x6B, 0x94]])
        var corpus = Corpus()
        let report = corpus.load([dir + "/p.txt"])
        #expect(corpus.articles.first?.body == "It cost £5 “ok”")
        #expect(report.notes.map { DiagnosticRenderer.render($0) }
                == ["\(dir)/p.txt:1:1: note: not valid UTF-8; decoded as Windows-1252"])
    }
}
