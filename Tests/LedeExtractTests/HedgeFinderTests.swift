import Testing
import LedeCorpus
@testable import LedeExtract

@Suite("Hedges")
struct HedgeFinderTests {
    let finder = HedgeFinder()

    func lemmas(_ s: String) -> [String] { finder.find(in: s).map(\.lemma) }

    @Test func wordsAndClasses() {
        let hs = finder.find(in: "The alleged attack reportedly killed 12, officials claimed, and it is not clear who did it.")
        #expect(hs.map(\.text) == ["alleged", "reportedly", "claimed", "it is not clear"])
        #expect(hs.map(\.hedgeClass) == ["distance", "distance", "distance", "doubt"])
        #expect(hs.map(\.lemma) == ["allege", "reportedly", "claim", "it is not clear"])
    }

    @Test func notClearAndKin() {
        #expect(lemmas("It is not exactly clear who fired, and it was not immediately clear why.") == ["not clear", "not clear"])
    }

    @Test func possibilityAndCertainty() {
        #expect(lemmas("Prices may rise; they might fall, or could stay. It is likely, not unlikely, possibly both.")
            == ["may", "might", "could", "likely", "unlikely", "possibly"])
        #expect(lemmas("He clearly lied, she certainly knew, and undoubtedly they will.") == ["clearly", "certainly", "undoubtedly"])
        #expect(finder.find(in: "Clearly, this is true.").first?.hedgeClass == "certainty")
    }

    @Test func inflectionsAndPhrases() {
        #expect(lemmas("It appears to work; it appeared to fail; it seems odd; the data suggests a link.")
            == ["appear to", "appear to", "seem", "suggest"])
        #expect(lemmas("There are some indications of progress in unconfirmed reports that allegedly came in.")
            == ["some indications", "unconfirmed", "allegedly"])
        #expect(lemmas("The claim could not be verified.") == ["claim", "could not be verified"])
    }

    @Test func insistingUnconfirmedAndInsiders() {
        let hs = finder.find(in: "The council insists the bridge is sound. Engineers have not confirmed it, and insiders say repairs could cost more.")
        #expect(hs.map(\.lemma) == ["insist", "not confirm", "insiders say", "could"])
        #expect(hs.map(\.hedgeClass) == ["distance", "doubt", "distance", "possibility"])
        #expect(lemmas("The mayor did not confirm the figure, which could not be confirmed.") == ["not confirm", "not confirm"])
    }

    @Test func monthMayIsNotAHedge() {
        #expect(lemmas("The vote in May was close, and on 1 May they met.") == [])
        #expect(lemmas("May I ask? They may.") == ["may", "may"])
    }

    @Test func spansAndSentenceIndex() {
        let hs = finder.find(in: "He may go.", sentence: 4, offset: 100)
        #expect(hs.first?.span == TextSpan(103, 106))
        #expect(hs.first?.sentence == 4)
    }

    @Test("seed article hedges", .enabled(if: seedAvailable, "../shared/seed is absent: seed hedges not checked"))
    func seedHedges() throws {
        let article = try #require(seedArticle())
        let hs = finder.find(article, sentences: extractor.analyze(article).sentences)
        // README: "alleged" (3 times), "claimed", "likely", "appeared to", "may", "could",
        // "some indications"; "likely" and "may" each occur twice in the text; and "not exactly
        // clear", which the README leaves out.
        #expect(hs.map { $0.text.lowercased() }.sorted() == [
            "alleged", "alleged", "alleged", "appeared to", "claimed", "could", "likely", "likely", "may", "may",
            "not exactly clear", "some indications",
        ])
    }
}
