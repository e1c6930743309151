import Foundation
import Testing
@testable import LedeLanguage
import LedeCorpus

/// Every example in the language reference runs on the sample articles without an error.
@Suite struct HelpExamplesTests {
    static let samples = Fixture.root.appendingPathComponent("Notebooks/samples").path

    /// A fresh session per example: examples run in parallel and some change settings.
    static func session() -> Session {
        let s = Session()
        s.run("load \"\(samples)\"") { _ in }
        return s
    }

    @Test(arguments: Help.entries.flatMap { e in e.examples.map { (e.name, $0) } })
    func exampleRuns(_ entry: String, _ example: String) {
        var errors: [String] = []
        let ok = Self.session().run(example.replacingOccurrences(of: "\"Notebooks/samples\"", with: "\"\(Self.samples)\""),
                                  name: "help \(entry)") { event in
            if case .diagnostic(let d) = event, d.severity == .error { errors.append(DiagnosticRenderer.render(d)) }
        }
        #expect(ok, "\(errors.joined(separator: "\n"))")
    }

    @Test func everyVerbAndFunctionHasHelpAndAnExample() {
        for e in Verbs.all.map(\.help) + Functions.all.map(\.help) {
            #expect(!e.summary.isEmpty && !e.examples.isEmpty && !e.syntax.isEmpty, "\(e.name)")
        }
    }

    @Test func helpPrintsSignatureSummaryAndExamples() {
        let f = Fixture()
        f.run("help take")
        #expect(f.texts == ["take N\n  Keep the first N rows.\n  example:\n    articles | take 2 | select headline\n"])
        f.run("help")
        #expect(f.texts.first?.contains("Verbs: where, select, sort") == true)
    }
}
