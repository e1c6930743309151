import Testing
@testable import LedeExtract

@Suite struct QuoteMarkTests {
    private func texts(_ paragraphs: String...) -> [String] {
        let body = paragraphs.joined(separator: "\n\n")
        return extractor.analyze(article(body)).quotes.filter { $0.kind != .indirect }.map(\.text)
    }

    @Test func everyMarkForm() {
        #expect(texts("\"Straight quotes work fine here,\" she said.") == ["Straight quotes work fine here,"])
        #expect(texts("\u{201C}Curly quotes work fine here,\u{201D} she said.") == ["Curly quotes work fine here,"])
        #expect(texts("\u{00AB}Guillemets work fine here too\u{00BB}, she said.") == ["Guillemets work fine here too"])
        #expect(texts("\u{2039}Single guillemets work fine here\u{203A}, she said.") == ["Single guillemets work fine here"])
        #expect(texts("\u{201E}Low-high marks work fine here\u{201C}, she said.") == ["Low-high marks work fine here"])
        #expect(texts("\u{2018}British single quotes work fine here,\u{2019} she said.") == ["British single quotes work fine here,"])
    }

    @Test func nestedSingleQuotesStayInside() {
        #expect(texts("\u{201C}He told me \u{2018}never again\u{2019} and left,\u{201D} she said.") == ["He told me \u{2018}never again\u{2019} and left,"])
    }

    @Test func nestedQuotesInTheSameMarksStayInside() {
        #expect(texts("\u{201C}I\u{2019}d rather live in what he calls \u{201C}hell\u{201D} than live in his world,\u{201D} she said.")
            == ["I\u{2019}d rather live in what he calls \u{201C}hell\u{201D} than live in his world,"])
        // A nickname in marks is part of a name, not a quote.
        #expect(texts("State Del. Marcia \u{201C}Cia\u{201D} Price shouted to the crowd.").isEmpty)
    }

    @Test func apostrophesNeverOpenQuotes() {
        #expect(texts("Russia\u{2019}s leaders don\u{2019}t recall the \u{2019}90s or the students\u{2019} protests.").isEmpty)
        #expect(texts("It\u{2019}s Russia\u{2019}s view, and \u{201C}we don\u{2019}t agree with it at all,\u{201D} she said.") == ["we don\u{2019}t agree with it at all,"])
        #expect(texts("Rock \u{2018}n\u{2019} roll isn't dead, the \u{2018}80s fan said. \"We like it a lot,\" he said.") == ["We like it a lot,"])
    }

    @Test func unpairedMarkStaysInItsParagraph() {
        let a = extractor.analyze(article("He said \"this never closes and runs on", "The next paragraph is plain.", "\"A real quote here,\" she said."))
        // The fragment is part of what he said, up to its paragraph's end.
        let quotes = a.quotes
        #expect(quotes.map(\.text) == ["\"this never closes and runs on", "A real quote here,"])
        #expect(quotes.first.map { $0.span.end <= a.sentences[0].span.end } == true)
    }

    @Test func strayClosingMarksDoNotCrash() {
        #expect(texts("\u{201D}\u{201D} \u{2019} \u{00BB} \" ").count <= 1)
        #expect(texts("\"").isEmpty)
        #expect(texts("").isEmpty)
    }

    @Test func multiParagraphQuoteIsOne() {
        let a = extractor.analyze(article(
            "Maria Lopez, the mayor, said: \u{201C}We will rebuild every road in the city.",
            "\u{201C}And we will do it before winter comes,\u{201D} she added.",
            "Nothing else happened."))
        let quotes = a.quotes.filter { $0.kind == .direct }
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "We will rebuild every road in the city. And we will do it before winter comes,")
        #expect(quotes.first?.speaker == "Maria Lopez")
    }

    @Test func randomMarksNeverCrash() {
        // A fixed linear congruential sequence over marks, letters, spaces and paragraph breaks.
        let pieces = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{2039}", "\u{203A}",
                      " said ", "Anna Berg", ", ", ". ", "\n\n", "he", " \u{2014} ", "word", ": "]
        var state: UInt64 = 42
        for _ in 0..<300 {
            var body = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                body += pieces[Int(state >> 33) % pieces.count]
            }
            let a = extractor.analyze(article(body))
            let count = body.unicodeScalars.count
            #expect(a.quotes.allSatisfy { $0.span.start <= $0.span.end && $0.span.end <= count })
        }
    }

    @Test func mixedStraightAndCurlyMarksPair() {
        let q = analyze("\"The bridge will reopen in May,\u{201D} said Ana Ruiz, the city engineer.",
                        "\"We checked every cable,\" Ruiz added. \"The report calls it \u{201C}sound\u{201D} and we agree.\"").quotes.filter { $0.kind != .indirect }
        // "…," Ruiz added. "…": one quote its attribution interrupts.
        #expect(q.map(\.text) == ["The bridge will reopen in May,", "We checked every cable, The report calls it \u{201C}sound\u{201D} and we agree."])
        #expect(q.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
    }
}
