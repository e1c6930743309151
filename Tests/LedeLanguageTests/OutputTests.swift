import Foundation
import Testing
@testable import LedeLanguage

@Suite struct OutputTests {
    let table = Table(Schema([Column("name", .text), Column("n", .number)]), rows: [
        [.text("東京"), .number(1205)],
        [.text("Grüße 😀"), .number(3.5)],
        [.null, .number(-42)],
    ])

    @Test func alignsByDisplayWidth() {
        let text = Renderer.render(table, as: .table)
        #expect(text == """
        name          n
        ────────  ─────
        東京      1,205
        Grüße 😀    3.5
                    -42

        """)
    }

    @Test func saysWhatWasCut() {
        var style = TableStyle(width: 20, maxRows: 2)
        style.maxCellWidth = 10
        let long = Table(Schema([Column("text", .text)]), rows: (1...5).map { [.text("row \($0) " + String(repeating: "x", count: 30))] })
        let text = Renderer.render(long, as: .table, style: style)
        #expect(text.contains("row 1 xxx…"))
        #expect(text.contains("... 3 more rows (5 in all)"))
        #expect(text.contains("(long text cut to fit; `format csv` or `export` gives it whole)"))
    }

    @Test func dataFormatsKeepEverything() {
        #expect(Renderer.render(table, as: .csv) == "name,n\n東京,1205\nGrüße 😀,3.5\n,-42\n")
        #expect(Renderer.render(table, as: .jsonl) == "{\"name\": \"東京\", \"n\": 1205}\n{\"name\": \"Grüße 😀\", \"n\": 3.5}\n{\"name\": null, \"n\": -42}\n")
        let quoted = Table(Schema([Column("t", .text)]), rows: [[.text("a \"b\", c\nd")]])
        #expect(Renderer.render(quoted, as: .csv) == "t\n\"a \"\"b\"\", c\nd\"\n")
        #expect(Renderer.render(quoted, as: .json) == "[\n  {\"t\": \"a \\\"b\\\", c\\nd\"}\n]\n")
        #expect(Renderer.render(table, as: .markdown).hasPrefix("| name | n |\n| --- | ---: |\n| 東京 | 1205 |"))
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.truncate("東京東京", to: 5) == "東京…")
    }

    @Test func exportWritesAtomicallyAndRefusesToOverwrite() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-export-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.csv").path
        let f = Fixture()
        #expect(f.run("export t | select outlet, words | take 2 to \"\(path)\""))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "outlet,words\nfox,300\nnyt,1200\n")
        #expect(!f.run("export t | take 1 to \"\(path)\""))
        #expect(f.errors.first?.message == "`\(path)` already exists")
        #expect(f.errors.first?.help == "add `overwrite` after the file name to replace it")
        #expect(f.run("export t | take 1 | select words to \"\(path)\" overwrite"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "words\n300\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"], "no temporary file is left")
        #expect(!f.run("export t to \"\(dir.path)/x.pdf\""))
        #expect(f.errors.first?.message.contains("cannot tell the format") == true)
    }

    @Test func saveWritesTheSessionsStatements() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-save-\(UUID()).lede").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let f = Fixture()
        f.run("let a = t | take 2\nhelp where\nt | count")
        f.run("t | nope")
        #expect(f.run("save \"\(path)\""))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "let a = t | take 2\nt | count\n")
    }
}
