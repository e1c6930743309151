import Foundation
import Testing

/// `lede notebook export` and `save notebook`, through the built binary.
@Suite struct NotebookExportTests {
    static let notebook = """
    # Outlets

    How many articles each outlet has.

    ```lede
    load "samples/harbour-0*.txt", "samples/ledger-0*.md"
    articles | group by outlet | count | chart
    articles | group by outlet | count
    ```

    ```output
    stale
    ```

    """

    static func folder() throws -> URL {
        let dir = try NotebookCommandTests.folder()
        try Self.notebook.write(to: dir.appendingPathComponent("n.md"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func htmlIsOneSelfContainedHandoutThatSaysItsOutputsAreStale() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try LedeBinary.run(["notebook", "export", "n.md", "--to", "html"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("n.md: warning: the stored outputs of 1 cell (line 5) are stale"))
        let html = try String(contentsOf: dir.appendingPathComponent("n.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Outlets</title>"))
        #expect(html.contains("<h1 id=\"outlets\">Outlets</h1>"))
        #expect(html.contains("<p class=\"stale\"><strong>Stale outputs.</strong> The outputs saved in n.md do not match a fresh run for the cell at line 5."))
        #expect(html.contains("<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<td>The Marrowick Ledger</td><td class=\"num\">4</td>"))
        #expect(html.contains("@media print"))
        // Nothing is fetched: no script, no link, no src, no url().
        for fetch in ["<script", "<link", "src=", "url(", "@import"] { #expect(!html.contains(fetch), "\(fetch)") }
    }

    @Test func ipynbIsAValidNotebook() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try LedeBinary.run(["notebook", "export", "n.md", "--to", "ipynb", "-o", "out.ipynb"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: dir.appendingPathComponent("out.ipynb"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["nbformat"] as? Int == 4)
        #expect(json["nbformat_minor"] as? Int == 5)
        let metadata = try #require(json["metadata"] as? [String: Any])
        #expect((metadata["kernelspec"] as? [String: Any])?["name"] as? String == "lede")
        #expect((metadata["language_info"] as? [String: Any])?["name"] as? String == "lede")
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.map { $0["cell_type"] as? String } == ["markdown", "markdown", "code"])
        #expect(Set(cells.compactMap { $0["id"] as? String }).count == 3)
        let outputs = try #require(cells[2]["outputs"] as? [[String: Any]])
        #expect(outputs.contains { (($0["data"] as? [String: Any])?["image/svg+xml"]) != nil })
        // PyPI's nbformat, where it is installed, has the last word.
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')",
                            dir.appendingPathComponent("out.ipynb").path]
        let out = Pipe()
        python.standardOutput = out
        python.standardError = Pipe()
        try python.run()
        python.waitUntilExit()
        if python.terminationStatus == 0 {
            #expect(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "valid\n")
        } else {
            print("skipped: nbformat validation needs python3 with PyPI's nbformat (pip install nbformat)")
        }
    }

    /// `save notebook` writes what ran with its outputs; `notebook check` finds them true.
    @Test func saveNotebookWritesARunnableNotebook() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try LedeBinary.run([], stdin: "load \"samples/harbour-0*.txt\"\narticles | count\nnope\nsave notebook \"session.md\"\n", in: dir)
        #expect(r.stderr.contains("saved 2 statements with their outputs to session.md; `lede notebook run session.md` runs it again"))
        let saved = try String(contentsOf: dir.appendingPathComponent("session.md"), encoding: .utf8)
        #expect(saved.contains("```lede\narticles | count\n```\n\n```output\n3\n```\n"))
        #expect(!saved.contains("nope"))
        // The load line's time is the one thing that varies.
        let stable = saved.replacingOccurrences(of: #"in [0-9.]+ s\n"#, with: "in [..]\n", options: .regularExpression)
        try stable.write(to: dir.appendingPathComponent("session.md"), atomically: true, encoding: .utf8)
        #expect(try LedeBinary.run(["notebook", "check", "session.md"], in: dir).status == 0)
    }
}
