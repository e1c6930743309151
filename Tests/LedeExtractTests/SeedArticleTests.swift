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
        #expect(direct.count == 6)
        #expect(direct.map { $0.speaker ?? "?" } == ["Jake Sullivan", "Lijian Zhao", "Lijian Zhao", "Lijian Zhao", "Hua Chunying", "Ming Jinwei"])
        #expect(direct[0].title == "National Security Advisor")
        #expect(direct[0].addressee == "CNN")
        #expect(direct[0].cue == "tell")
        #expect(direct[1].title == "Chinese Ministry of Foreign Affairs spokesperson")
        #expect(direct[1].cueText == "responded by saying")
        #expect(direct[2].cue == "repeat")
        #expect(direct[2].mention == "Zhao")
        #expect(direct[4].title == "Chinese Assistant Foreign Minister")
        #expect(direct[5].title == "commentator and senior editor for Xinhua")
        let outlets = Set(a.sources.filter { $0.kind == .outlet }.map(\.name))
        #expect(outlets == ["New York Times", "Financial Times", "Washington Post", "CNN", "Xinhua"])
        let anonymous = Set(a.sources.filter { $0.kind == .anonymous }.map(\.name))
        #expect(anonymous.isSuperset(of: ["U.S. officials", "One source familiar with", "The official"]))
        #expect(Set(a.mentions.map(\.name)) == ["Jake Sullivan", "Lijian Zhao", "Hua Chunying", "Ming Jinwei"])
    }
}
