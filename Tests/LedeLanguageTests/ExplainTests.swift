import Foundation
import Testing
@testable import LedeLanguage
import LedeExtract

@Suite struct ExplainTests {
    /// One article whose analysis is fixed by hand, so only `explain` is under test.
    func session() throws -> (Session, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-explain-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let body = "\"We will rebuild,\" Mayor Ilse Brandvold told reporters. Officials said about 1,200 households left."
        try "---\noutlet: Test Post\n---\n\(body)\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let session = Session(analyze: { article in
            var a = Analysis()
            a.sentences = [Sentence(span: TextSpan(0, 55), paragraph: 0, text: "\"We will rebuild,\" Mayor Ilse Brandvold told reporters."),
                           Sentence(span: TextSpan(56, 99), paragraph: 0, text: "Officials said about 1,200 households left.")]
            a.quotes = [Quote(sentence: 0, span: TextSpan(1, 16), text: "We will rebuild", kind: .direct, speaker: "Ilse Brandvold",
                              mention: "Ilse Brandvold", mentionSpan: TextSpan(25, 39), title: "Mayor", cue: "tell",
                              cueText: "told", cueSpan: TextSpan(40, 44), addressee: "reporters")]
            a.figures = [Figure(sentence: 1, span: TextSpan(77, 82), text: "1,200", value: 1200, category: "households",
                                categoryLemma: "household", categorySpan: TextSpan(83, 93), qualifier: "about",
                                qualifierSpan: TextSpan(71, 76), claimant: "Officials", claimantSpan: TextSpan(56, 65))]
            _ = article
            return a
        })
        session.run("load \"\(dir.path)\"") { _ in }
        return (session, dir)
    }

    func explain(_ program: String, _ session: Session) -> [String] {
        var out: [String] = []
        session.run(program) { event in
            if case .table(let t) = event { out = t.rows.map { $0[0].plain } }
            if case .diagnostic(let d) = event { out = [d.message] }
        }
        return out
    }

    @Test func marksTheQuoteSpeakerAndCue() throws {
        let (s, dir) = try session()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(explain("quotes | explain", s) == ["""
        quote in a.md, paragraph 1, characters 0-55
          "[quote: We will rebuild]," Mayor [speaker: Ilse Brandvold] [cue: told] reporters.
          speaker: Ilse Brandvold (Mayor) · cue: tell · to: reporters · kind: direct

        """])
    }

    @Test func marksTheFigureParts() throws {
        let (s, dir) = try session()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(explain("figures | where value > 1000 | explain", s) == ["""
        figure in a.md, paragraph 1, characters 56-99
          [claimant: Officials] said [qualifier: about] [number: 1,200] [category: households] left.
          value: 1200 · counts: household · qualifier: about · claimed by: Officials

        """])
    }

    @Test func refusesRowsWithoutOrigins() throws {
        let (s, dir) = try session()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(explain("quotes | group by speaker | count | explain", s).first?.hasPrefix("`explain` needs rows that come from articles") == true)
    }
}
