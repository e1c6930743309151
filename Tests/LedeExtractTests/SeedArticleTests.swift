import Foundation
import Testing
import LedeCorpus
@testable import LedeExtract

/// The seed article from ../shared (next to the folder holding Package.swift), without its first
/// six lines (promo, blank, headline, blank, caption, date line).
private func seedArticle() -> Article? {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
        dir = dir.deletingLastPathComponent()
    }
    let path = dir.deletingLastPathComponent().appendingPathComponent("shared/seed/000_ab75134ec4b81449.txt").path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(6).joined(separator: "\n")
    return Article(id: "seed", path: path, file: "000_ab75134ec4b81449.txt", body: body.trimmingCharacters(in: .whitespacesAndNewlines))
}

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
