import LedeCorpus
import LedeLanguage
@testable import LedeNotebook
import Testing

@Suite struct NotebookRunnerTests {
    /// One session for all cells, top to bottom; an error is the cell's output at its place in
    /// the notebook file, and the cells below still run.
    @Test func cellsShareOneSessionAndErrorsPointIntoTheFile() throws {
        let text = """
        Intro.

        ```lede
        let n = articles | select file
        ```

        ```lede
        n | count
        n | select nope
        ```

        ```lede
        vars
        ```

        """
        let notebook = try Notebook(name: "lesson.md", text: text)
        let runner = NotebookRunner(session: Session(analyze: { _ in fatalError("no extraction here") }))
        let results = runner.run(notebook)
        #expect(results.map { $0?.failed } == [false, true, false])
        let second = try #require(results[1]).text
        #expect(second.hasPrefix("0\nlesson.md:13:12: error: unknown field `nope`"))
        let vars = try #require(results[2]).text.split(separator: "\n")
        #expect(vars.last?.hasPrefix("n ") == true && vars.last?.hasSuffix(" 0  file") == true, "\(vars)")
        let outputs = runner.newOutputs(notebook, results)
        let written = try Notebook(name: "lesson.md", text: notebook.text(withOutputs: outputs))
        #expect(written.cells.map { $0.output?.text } == results.map { $0?.text })
        // Run again, the outputs match: nothing to write.
        #expect(runner.newOutputs(written, NotebookRunner(session: Session()).run(written)).allSatisfy { $0 == nil })
    }

    @Test func failFastStopsAtTheFirstFailure() throws {
        let notebook = try Notebook(name: "n.md", text: "```lede\nnope\n```\n\n```lede\nvars\n```\n")
        let results = NotebookRunner(session: Session(), failFast: true).run(notebook)
        #expect(results[0]?.failed == true)
        #expect(results[1] == nil)
    }

    /// A stored output with `[..]` that still matches is kept as written.
    @Test func matchingPatternsAreKept() throws {
        let notebook = try Notebook(name: "n.md", text: "```lede\nlet x = articles\n```\n\n```output\nx: [..] rows\n```\n")
        let runner = NotebookRunner(session: Session())
        #expect(runner.newOutputs(notebook, runner.run(notebook)) == [nil])
    }
}
