import Foundation
import Testing
import LedeCorpus
@testable import LedeExtract

@Suite struct SeedArticleTests {
    @Test func seedExpectations() throws {
        guard let seed = seedArticle() else {
            print("SeedArticleTests skipped: ../shared/seed is not present")
            return
        }
        let a = extractor.analyze(seed)
        let direct = a.quotes.filter { $0.kind == .direct }
        // The README counts six spans in quote marks; Zhao's "…," Zhao repeated. "…" is one
        // quote of two spans.
        let spans = direct.flatMap { q in q.pieceTexts(in: seed.body).map { (text: $0, speaker: q.speaker ?? "?") } }
        #expect(spans.map(\.speaker) == ["Jake Sullivan", "Lijian Zhao", "Lijian Zhao", "Lijian Zhao", "Hua Chunying", "Ming Jinwei"])
        #expect(spans.last?.text.hasPrefix("Simply put, China has to back Russia") == true)
        try #require(direct.count == 5)
        #expect(direct[0].title == "National Security Advisor")
        #expect(direct[0].addressee == "CNN")
        #expect(direct[0].cue == "tell")
        #expect(direct[1].title == "Chinese Ministry of Foreign Affairs spokesperson")
        #expect(direct[1].cueText == "responded by saying")
        #expect(direct[2].cue == "repeat")
        #expect(direct[2].mention == "Zhao")
        #expect(direct[2].pieceTexts(in: seed.body).last?.hasPrefix("China has elaborated") == true)
        #expect(direct[3].title == "Chinese Assistant Foreign Minister")
        #expect(direct[4].title == "commentator and senior editor for Xinhua")
        let outlets = Set(a.sources.filter { $0.kind == .outlet }.map(\.name))
        #expect(outlets == ["New York Times", "Financial Times", "Washington Post", "CNN", "Xinhua"])
        let anonymous = Set(a.sources.filter { $0.kind == .anonymous }.map(\.name))
        #expect(anonymous.isSuperset(of: ["U.S. officials", "One source familiar with the alleged Russian requests for support", "The official"]))
        #expect(Set(a.mentions.filter { $0.kind == .person }.map(\.name)) == ["Jake Sullivan", "Lijian Zhao", "Hua Chunying", "Ming Jinwei"])
    }
}
