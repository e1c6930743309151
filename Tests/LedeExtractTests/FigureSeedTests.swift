import Foundation
import Testing
import LedeCorpus
@testable import LedeExtract

@Suite("Seed article figures")
struct FigureSeedTests {
    @Test("the ten losses claimed by the Ukrainian side", .enabled(if: seedAvailable, "../shared/seed is absent: seed figures not checked"))
    func seedLosses() throws {
        let article = try #require(seedArticle())
        let sentences = extractor.analyze(article).sentences
        let figures = FigureReader().read(article, sentences: sentences, quotes: [])
        let expected: [(Double, String, String)] = [
            (58, "plane", "aircraft"), (83, "helicopter", "aircraft"), (362, "tank", "armour"),
            (1205, "armored vehicle", "armour"), (135, "artillery piece", "artillery"),
            (62, "multiple-launch rocket system", "artillery"), (33, "anti-aircraft system", "air defence"),
            (60, "fuel tanker", "vehicles"), (7, "unmanned aerial vehicle", "aircraft"), (3, "warship", "naval"),
        ]
        let losses = figures.filter { $0.claimant == "Ukrainian side" }
        #expect(losses.count == 10)
        for (f, e) in zip(losses, expected) {
            #expect(f.value == e.0)
            #expect(f.categoryLemma == e.1)
            #expect(f.group == e.2)
            #expect(f.cue == "claim")
            // Spans point at the number in the body.
            let body = Array(article.body.unicodeScalars)
            var v = String.UnicodeScalarView(); v.append(contentsOf: body[f.span.start..<f.span.end])
            #expect(String(v) == f.text)
        }
        #expect(losses.compactMap(\.value).reduce(0, +) == 2008)
        #expect(losses.first?.category == "Russian planes")
        #expect(losses[3].category == "armored vehicles")
        #expect(losses[3].text == "1,205")
        #expect(losses[8].text == "seven")
        // The only other figure is "All three outlets": no dates, no "one source", no "a second time".
        let others = figures.filter { $0.claimant != "Ukrainian side" }
        #expect(others.map(\.text) == ["three"], "unexpected figures: \(others.map(\.text))")
        #expect(others.first?.categoryLemma == "outlet")
        #expect(others.first?.claimant == nil)
    }
}
