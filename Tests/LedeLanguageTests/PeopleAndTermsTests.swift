import Foundation
import Testing
@testable import LedeLanguage

/// The `people` table and the terms `quotes` leaves out, on the repo's sample articles.
@Suite struct PeopleAndTermsTests {
    static let samples = Fixture.root.appendingPathComponent("Notebooks/samples").path

    private func rows(_ session: Session, _ program: String) -> [[Value]] {
        var out: [[Value]] = []
        session.run(program) { if case .table(let t) = $0 { out = t.rows } }
        return out
    }

    @Test func peopleMergeTheNamesOfOnePerson() {
        let session = CompareSupport.loaded(Self.samples)
        let reinholt = rows(session, "people | where name = \"Tomas Reinholt\" | select aliases, quotes, articles")
        #expect(reinholt.count == 1)
        guard case .list(let aliases)? = reinholt.first?.first else { Issue.record("no aliases"); return }
        #expect(aliases.contains(.text("Reinholt")))
        let quoted = rows(session, "quotes | where speaker = \"Tomas Reinholt\" | count")
        #expect(reinholt.first?[1] == quoted.first?.first)
        #expect(rows(session, "people | where name = \"Reinholt\" | count").first?.first == .number(0))
    }

    @Test func quotesLeaveTermsOut() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-terms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Smart meters\n\nThe new \u{201C}smart\u{201D} meters arrive in May. \u{201C}They will save money,\u{201D} Ada Lind said.\n"
            .write(to: dir.appendingPathComponent("meters.txt"), atomically: true, encoding: .utf8)
        let session = CompareSupport.loaded(dir.path)
        #expect(rows(session, "all_quotes | select kind, text") == [[.text("term"), .text("smart")], [.text("direct"), .text("They will save money,")]])
        #expect(rows(session, "quotes | select kind, speaker") == [[.text("direct"), .text("Ada Lind")]])
        #expect(rows(session, "compare outlets by quotes | select quotes") == [[.number(1)]])
    }
}
