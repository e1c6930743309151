import LedeLanguage
@testable import LedeREPL
import Testing
import LedeExtract

/// Tables at the prompt line up in terminal columns, whatever the script.
@Suite struct RenderingTests {
    let table = Table(Schema([Column("speaker", .text), Column("words", .number), Column("city", .text)]), rows: [
        [.text("Ilse Brandvold"), .number(1205), .text("Oslo")],
        [.text("王小明"), .number(7), .text("東京")],
        [.text("Zoë 😀"), .number(1234567), .text("Grüße")],
    ])

    /// The display column where `needle` starts on `line`.
    func column(of needle: String, in line: String) -> Int? {
        guard let r = line.range(of: needle) else { return nil }
        return DisplayWidth.of(String(line[..<r.lowerBound]))
    }

    @Test func wideCharactersAndEmojiLineUp() {
        let lines = Renderer.render(table, as: .table, style: TableStyle(width: 80)).split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        let cities = ["Oslo", "東京", "Grüße"].enumerated().map { column(of: $1, in: lines[$0 + 2]) }
        #expect(Set(cities).count == 1 && cities[0] == column(of: "city", in: lines[0]))
        // Numbers are right-aligned with thousands separators: they end in the same column.
        let ends = ["1,205", "7", "1,234,567"].enumerated().map { i, n in column(of: n, in: lines[i + 2]).map { $0 + n.count } }
        #expect(Set(ends).count == 1)
    }

    @Test func narrowTerminalsShrinkTextColumns() {
        let wide = Table(Schema([Column("headline", .text), Column("words", .number)]),
                         rows: [[.text(String(repeating: "東京 Grüße ", count: 10)), .number(3)]])
        let text = Renderer.render(wide, as: .table, style: TableStyle(width: 40))
        for line in text.split(separator: "\n") where !line.hasPrefix("(") {
            #expect(DisplayWidth.of(String(line)) <= 40)
        }
        #expect(text.contains("…"))
    }

    @Test func longResultsSayHowManyRowsRemain() {
        let many = Table(Schema([Column("n", .number)]), rows: (1...100).map { [.number(Double($0))] })
        let text = Renderer.render(many, as: .table, style: TableStyle(width: 80, maxRows: 30))
        #expect(text.contains("... 70 more rows (100 in all)"))
    }

    @Test func plainTextWithoutATerminal() {
        // The test's standard output is not a terminal: no colour codes.
        let session = Session(analyze: { _ in Analysis() })
        _ = Printer(session: session, fitsScreen: true)
        #expect(session.usesColor == false)
    }
}
