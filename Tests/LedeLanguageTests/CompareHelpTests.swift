import Foundation
import Testing
@testable import LedeLanguage

/// Every example of the comparing verbs runs on the sample articles, and `help` shows them.
@Suite struct CompareHelpTests {
    static let verbs = ["compare", "stories", "disagreements", "kwic", "terms", "keyness", "timeline", "chart"]

    @Test(arguments: verbs) func examplesRunOnTheSamples(verb: String) throws {
        let articles = CompareSupport.samples()
        #expect(articles.count == 10)
        let entry = try #require(Verbs.byName[verb]?.help)
        #expect(!entry.examples.isEmpty)
        for example in entry.examples {
            let session = CompareSupport.session(articles)
            #expect(throws: Never.self, "\(example)") { try CompareSupport.table(session, example) }
        }
        var text = ""
        CompareSupport.session([]).run("help \(verb)") { if case .text(let t) = $0 { text += t } }
        #expect(text.contains(entry.syntax) && entry.examples.allSatisfy { text.contains($0.components(separatedBy: "\n")[0]) })
    }

    @Test func samplesFormOneStory() throws {
        let session = CompareSupport.session(CompareSupport.samples())
        let t = try CompareSupport.table(session, "stories")
        #expect(CompareSupport.column(t, "articles") == ["10"])
        #expect(CompareSupport.column(t, "outlets") == ["Harbour Daily, Northwind Post, The Marrowick Ledger"])
    }
}
