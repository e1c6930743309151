import Foundation
import Testing

/// `lede notebook run` and `check` through the built binary, on notebooks in a temporary folder,
/// and the project's own lessons checked as they are in the repository.
@Suite struct NotebookCommandTests {
    static let lessons = ["who-gets-quoted.md", "counting-the-claims.md", "same-story-different-outlets.md"]

    /// The lessons' outputs are what their cells print today: a change to Lede that changes a
    /// lesson shows up here as a diff, and `lede notebook check --update` accepts it.
    @Test(arguments: lessons) func lessonOutputsAreUpToDate(_ lesson: String) throws {
        let r = try LedeBinary.run(["notebook", "check", "Notebooks/" + lesson])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("Notebooks/\(lesson): the outputs of all "))
    }

    /// Every notebook in Notebooks/ is a lesson this suite checks.
    @Test func everyNotebookIsChecked() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: LedeBinary.root.appendingPathComponent("Notebooks").path)
        #expect(Set(names.filter { $0.hasSuffix(".md") && $0 != "README.md" }) == Set(Self.lessons))
    }

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-notebook-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("samples"),
                                                   withDestinationURL: LedeBinary.root.appendingPathComponent("Notebooks/samples"))
        return dir
    }

    static let notebook = """
    # A test

    Cells run in the notebook's folder.

    ```lede
    load "samples/harbour-0*.txt"
    articles | count
    ```

    Prose between cells stays.

    ```lede
    articles | select nope
    ```

    ```lede
    articles | select file | take 1
    ```

    """

    @Test func runWritesOutputsAndAgainChangesNothing() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("n.md")
        try Self.notebook.write(to: file, atomically: true, encoding: .utf8)
        let r = try LedeBinary.run(["notebook", "run", file.path])
        // A cell failed: its error is its output, the cells below ran, the status is 1.
        #expect(r.status == 1)
        #expect(r.stderr == "\(file.path): ran 3 of 3 cells; 1 failed (the cell at line 17), each error written as its output\n")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.contains("""
        ```lede
        articles | select nope
        ```

        ```output
        n.md:18:19: error: unknown field `nope`
        """))
        #expect(written.contains("articles | select file | take 1\n```\n\n```output\nfile\n──────────────\nharbour-01.txt\n```\n"))
        #expect(written.contains("Prose between cells stays.\n"))
        // The time in the load line varies: [..] stands for it, and a run keeps the pattern.
        let pattern = written.replacingOccurrences(of: #"files? in [0-9.]+ s"#, with: "file in [..]", options: .regularExpression)
            .replacingOccurrences(of: "3 articles from 3 file", with: "3 articles from 3 files")
        try pattern.write(to: file, atomically: true, encoding: .utf8)
        #expect(try LedeBinary.run(["notebook", "run", file.path]).status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == pattern)
        let check = try LedeBinary.run(["notebook", "check", file.path])
        #expect(check.status == 0)
        #expect(check.stderr == "\(file.path): the outputs of all 3 cells match\n")
    }

    @Test func checkShowsADiffAndUpdateAcceptsIt() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("n.md")
        try "```lede\nload \"samples/harbour-0*.txt\"\narticles | count\n```\n\n```output\nloaded [..]\n4\n```\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try LedeBinary.run(["notebook", "check", file.path])
        #expect(r.status == 1)
        #expect(r.stdout == """
        --- \(file.path) (outputs in the file)
        +++ \(file.path) (outputs of this run)
        @@ -5,6 +5,6 @@
         
         ```output
         loaded [..]
        -4
        +3
         ```
         

        """)
        #expect(r.stderr.contains("the outputs of 1 cell drifted; `lede notebook check --update \(file.path)` accepts them"))
        let update = try LedeBinary.run(["notebook", "check", "--update", file.path])
        #expect(update.status == 0)
        // The line that still matches keeps its [..].
        #expect(try String(contentsOf: file, encoding: .utf8).hasSuffix("```output\nloaded [..]\n3\n```\n"))
        #expect(try LedeBinary.run(["notebook", "check", file.path]).status == 0)
    }

    @Test func failFastStopsAtTheFirstFailingCell() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("n.md")
        try "```lede\nnope\n```\n\n```lede\nvars\n```\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try LedeBinary.run(["notebook", "run", "--fail-fast", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("ran 1 of 2 cells"))
        #expect(try String(contentsOf: file, encoding: .utf8).hasSuffix("```lede\nvars\n```\n"))
    }

    @Test func anUnclosedCellIsReportedAtItsLine() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("n.md")
        try "# T\n\n```lede\nvars\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try LedeBinary.run(["notebook", "check", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("n.md:3:1: error: this ``` block is never closed"))
    }
}
