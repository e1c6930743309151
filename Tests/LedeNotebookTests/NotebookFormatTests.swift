import LedeCorpus
@testable import LedeNotebook
@testable import LedeLanguage
import Testing

@Suite struct NotebookFormatTests {
    static let text = """
    # Title

    Prose with `inline` code.

    ```lede
    articles | count
    ```

    ```output
    old
    ```

    ```python
    not a cell
    ```

    ```lede
    vars
    ```
    The end.

    """

    @Test func cellsAreLedeBlocksWithTheOutputBlockUnderThem() throws {
        let notebook = try Notebook(name: "n.md", text: Self.text)
        #expect(notebook.cells.map(\.code) == ["articles | count", "vars"])
        #expect(notebook.cells.map(\.codeLine) == [6, 18])
        #expect(notebook.cells[0].output?.text == "old")
        #expect(notebook.cells[1].output == nil)
    }

    /// A run replaces outputs and nothing else: prose, other blocks and line breaks stay.
    @Test func writingOutputsChangesOnlyTheOutputs() throws {
        let notebook = try Notebook(name: "n.md", text: Self.text)
        let written = notebook.text(withOutputs: ["0", "(no rows)"])
        #expect(written == Self.text.replacingOccurrences(of: "```output\nold\n```", with: "```output\n0\n```")
            .replacingOccurrences(of: "vars\n```\nThe end.", with: "vars\n```\n\n```output\n(no rows)\n```\n\nThe end."))
        // Writing the same outputs again changes nothing.
        let again = try Notebook(name: "n.md", text: written)
        #expect(again.text(withOutputs: ["0", "(no rows)"]) == written)
        #expect(again.text(withOutputs: [nil, nil]) == written)
    }

    /// Output holding a fence gets a longer fence, so it cannot close its block early.
    @Test func outputWithBackticksGetsALongerFence() throws {
        let notebook = try Notebook(name: "n.md", text: "```lede\nhelp\n```\n")
        let written = notebook.text(withOutputs: ["a\n```\nb"])
        #expect(written == "```lede\nhelp\n```\n\n````output\na\n```\nb\n````\n")
        #expect(try Notebook(name: "n.md", text: written).cells[0].output?.text == "a\n```\nb")
    }

    @Test func anUnclosedCellIsAnErrorAtItsLine() {
        #expect(throws: Diagnostic.self) { try Notebook(name: "n.md", text: "text\n\n```lede\nvars\n") }
        do { _ = try Notebook(name: "n.md", text: "text\n\n```lede\nvars\n") } catch {
            #expect(DiagnosticRenderer.render(error).hasPrefix("n.md:3:1: error: this ``` block is never closed"))
        }
    }

    @Test func patternsStandForVaryingText() {
        #expect(OutputPattern("loaded 10 articles in [..]").matches("loaded 10 articles in 0.1 s"))
        #expect(!OutputPattern("loaded 10 articles in [..]").matches("loaded 9 articles in 0.1 s"))
        #expect(OutputPattern("[..]/samples/[..].txt").matches("/tmp/x/samples/a.txt"))
        #expect(!OutputPattern("a[..]b").matches("ab\nc"))
        #expect(OutputPattern("head\n...\ntail").matches("head\n1\n2\ntail"))
        #expect(OutputPattern("head\n...\ntail").matches("head\ntail"))
        #expect(!OutputPattern("head\n...\ntail").matches("head\n1"))
        #expect(OutputPattern("same").matches("same"))
    }

    @Test func acceptingANewOutputKeepsThePatternsThatStillMatch() {
        #expect(OutputPattern("loaded in [..]\n4").merged(into: "loaded in 0.1 s\n3") == "loaded in [..]\n3")
        #expect(OutputPattern("loaded in [..]\n4").merged(into: "loaded in 0.1 s\n3\n5") == "loaded in 0.1 s\n3\n5")
    }

    @Test func unifiedDiffShowsHunksWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 5", with: "line five")
        #expect(UnifiedDiff.of(old, new, oldName: "a", newName: "b") == """
        --- a
        +++ b
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
        #expect(UnifiedDiff.of(old, old, oldName: "a", newName: "b") == "")
    }
}

@Suite struct HandoutPartsTests {
    @Test func markdownBecomesEscapedHTML() {
        let html = MarkdownHTML.html("""
        # Title <b>

        Some **bold**, *it* and `a < b` with [a link](x.md).

        - one
        - two
          continued

        | a | b |
        |---|--:|
        | 1 | 2 |

        ## Teacher's page
        """)
        #expect(html == """
        <h1 id="title-b">Title &lt;b&gt;</h1>
        <p>Some <strong>bold</strong>, <em>it</em> and <code>a &lt; b</code> with <a href="x.md">a link</a>.</p>
        <ul><li>one</li><li>two
        continued</li></ul>
        <table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
        <h2 class="teacher" id="teacher-s-page">Teacher&#39;s page</h2>

        """)
    }

    @Test func barsBecomeSVGWithEscapedLabels() {
        let svg = ChartSVG.svg(.bars([.init(label: "A & B", value: 2), .init(label: "C", value: 1)]))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains(">A &amp; B</text>"))
        #expect(svg.components(separatedBy: "<rect").count == 3)
    }

    @Test func jupyterLinesKeepTheirNewlines() {
        #expect(IpynbExport.lines("a\nb") == ["a\n", "b"])
        #expect(IpynbExport.lines("a\n") == ["a\n"])
        #expect(IpynbExport.lines("") == [])
    }
}
