import Testing
@testable import LedeExtract

@Suite struct SentenceSplitterTests {
    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Sen. Warren met Gen. Milley and Mr. Smith on Jan. 5 at No. 10 Downing St. in London. Then she left.")
            == ["Sen. Warren met Gen. Milley and Mr. Smith on Jan. 5 at No. 10 Downing St. in London.", "Then she left."])
        #expect(sentences("Rep. Lee, Gov. Hochul, Lt. Dan and Dr. Who met at Acme Inc. headquarters. It rained.").count == 2)
        #expect(sentences("Mrs. Jones spoke on Feb. 3 to Acme Corp. staff. Nobody listened.").count == 2)
    }

    @Test func usAbbreviationEndsOnlyBeforeASentenceStarter() {
        #expect(sentences("The U.S. Senate voted. It passed.") == ["The U.S. Senate voted.", "It passed."])
        #expect(sentences("Troops returned to the U.S. The official said so.") == ["Troops returned to the U.S.", "The official said so."])
    }

    @Test func initialsAndDecimals() {
        #expect(sentences("J. K. Rowling wrote it. Growth was 3.5 percent.") == ["J. K. Rowling wrote it.", "Growth was 3.5 percent."])
    }

    @Test func ellipsesDoNotSplit() {
        #expect(sentences("In my answer . . I made it clear. Next.") == ["In my answer . . I made it clear.", "Next."])
        #expect(sentences("He paused... And then he spoke. Done.").count == 2)
        #expect(sentences("He paused\u{2026} and went on. Done.").count == 2)
    }

    @Test func punctuationInsideClosingQuotes() {
        #expect(sentences("\u{201C}We will win.\u{201D} The crowd cheered.") == ["\u{201C}We will win.\u{201D}", "The crowd cheered."])
        #expect(sentences("\"Is it over?\" she asked. Nobody knew.") == ["\"Is it over?\" she asked.", "Nobody knew."])
        #expect(sentences("\u{201C}Stop!\u{201D} Chinese Assistant Foreign Minister Hua Chunying said hours later. Then quiet.").count == 2)
    }

    @Test func quoteEndingMidSentence() {
        #expect(sentences("\"We are ready,\" he said. \"Are you?\"") == ["\"We are ready,\" he said.", "\"Are you?\""])
    }

    @Test func neverAcrossParagraphs() {
        let a = analyze("First paragraph without a stop", "Second one. Third.")
        #expect(a.sentences.map(\.text) == ["First paragraph without a stop", "Second one.", "Third."])
        #expect(a.sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test func spansAreScalarOffsets() {
        let body = "Caf\u{E9} \u{1F600} first. Second."
        let a = analyze(body)
        let scalars = Array(body.unicodeScalars)
        for s in a.sentences {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.span.start..<s.span.end])
            #expect(String(view) == s.text)
        }
    }
}
