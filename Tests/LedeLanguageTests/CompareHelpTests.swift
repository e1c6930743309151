import Foundation
import Testing
@testable import LedeLanguage

/// `help` shows the comparing verbs with their examples (HelpExamplesTests runs the examples).
@Suite struct CompareHelpTests {
    static let verbs = ["compare", "stories", "disagreements", "kwic", "terms", "keyness", "timeline", "chart"]

    @Test(arguments: verbs) func helpShowsSignatureAndExamples(verb: String) throws {
        let entry = try #require(Verbs.byName[verb]?.help)
        #expect(!entry.examples.isEmpty)
        var text = ""
        CompareSupport.session([]).run("help \(verb)") { if case .text(let t) = $0 { text += t } }
        #expect(text.contains(entry.syntax) && entry.examples.allSatisfy { text.contains($0.components(separatedBy: "\n")[0]) })
    }

    @Test func samplesFormOneStory() throws {
        let session = CompareSupport.loaded(CompareSupport.root.appendingPathComponent("Notebooks/samples").path)
        let t = try CompareSupport.table(session, "stories")
        #expect(CompareSupport.column(t, "articles") == ["10"])
        #expect(CompareSupport.column(t, "outlets") == ["Harbour Daily, Northwind Post, The Marrowick Ledger"])
    }
}
