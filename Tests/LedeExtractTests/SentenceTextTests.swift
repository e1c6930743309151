import Testing
import LedeCorpus
@testable import LedeExtract

/// A session keeps sentences' text as slices of the body (`sharingSentenceText(with:)`): the
/// text must read as the extractor made it, whatever the body holds.
@Suite struct SentenceTextTests {
    @Test func sharedTextReadsAsExtracted() {
        let body = "Caf\u{E9} owners said \u{201C}no.\u{201D}\n\nThe cafe\u{301} closed. \u{1F600} Then it opened."
        let analysis = Extractor().analyze(Article(id: "a", path: "a.txt", file: "a.txt", body: body))
        #expect(analysis.sentences.count >= 3)
        let shared = analysis.sharingSentenceText(with: body)
        #expect(shared.sentences.map(\.text) == analysis.sentences.map(\.text))
        #expect(shared.sentences.map { Array($0.text.utf8) } == analysis.sentences.map { Array($0.text.utf8) }, "byte for byte")
        #expect(shared.sentences == analysis.sentences)
    }

    @Test func textThatIsNotTheBodysStaysAsItWas() {
        var analysis = Analysis()
        analysis.sentences = [Sentence(span: TextSpan(0, 5), paragraph: 0, text: "Hello"),
                              Sentence(span: TextSpan(6, 11), paragraph: 0, text: "not the body"),
                              Sentence(span: TextSpan(3, 8), paragraph: 0, text: "lo wo"),
                              Sentence(span: TextSpan(12, 40), paragraph: 1, text: "past the end")]
        let shared = analysis.sharingSentenceText(with: "Hello world!")
        #expect(shared.sentences.map(\.text) == ["Hello", "not the body", "lo wo", "past the end"])
        var renamed = shared.sentences[0]
        renamed.text = "Changed"
        #expect(renamed.text == "Changed")
    }
}
