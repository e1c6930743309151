import Testing
import LedeCorpus
@testable import LedeLanguage

/// Escape sequences in article text and file names are written out, never sent to the
/// terminal; a very long source line is shown around the caret only.
@Suite struct TerminalEscapeTests {
    static let hostile = "Title\u{1B}]0;pwned\u{07} and \u{1B}[2J\u{9B}31m"

    @Test func tableCellsAndHeadersWriteOutControlCharacters() {
        let f = Fixture()
        f.session.define("e", Table(Schema([Column("na\u{1B}[8mme", .text)]), rows: [[.text(Self.hostile)], [.text("tab\there")]]))
        #expect(f.run("e"))
        let text = Renderer.render(f.tables[0], as: .table, style: TableStyle(width: 200, color: true))
        #expect(text.contains("Title\\x1B]0;pwned\\x07 and \\x1B[2J\\x9B31m"))
        #expect(text.contains("na\\x1B[8mme"))
        #expect(!text.unicodeScalars.contains { $0 == "\u{07}" || $0 == "\u{9B}" })
        // The only escapes left are the table's own colours.
        #expect(!text.replacingOccurrences(of: Colors.bold + Colors.cyan, with: "").replacingOccurrences(of: Colors.reset, with: "").contains("\u{1B}"))
    }

    @Test func diagnosticsWriteOutControlCharactersAndShortenLongLines() {
        let d = Diagnostic(.error, "bad \u{1B}[31m", at: SourceSpan(file: "evil\u{1B}]0;x\u{07}.json", line: 1, column: 5_000),
                           sourceLine: String(repeating: "[", count: 10_000), help: "fix \u{1B}")
        let text = DiagnosticRenderer.render(d)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.hasPrefix("evil\\x1B]0;x\\x07.json:1:5000: error: bad \\x1B[31m"))
        #expect(text.count < 400)
        let lines = text.split(separator: "\n")
        #expect(lines[2] == "1 | …" + String(repeating: "[", count: 120) + "…")
        #expect(lines[3] == "  | " + String(repeating: " ", count: 61) + "^")
    }

    @Test func loadThatLoadsNothingIsAnError() {
        let f = Fixture()
        #expect(!f.run("load \"/nonexistent-lede-folder\"; t | count"))
        #expect(f.errors.map(\.message) == ["`load` read nothing: no such file or folder (`/nonexistent-lede-folder`)"])
        #expect(f.errors.last?.span?.column == 6)
        #expect(f.tables.isEmpty, "the script stops there")
    }
}
