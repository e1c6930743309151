import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func loadsTheSeedArticle() throws {
        guard LedeBinary.shared != nil else {
            print("skipped: ../shared is absent, so the seed article cannot be loaded")
            return
        }
        let r = try LedeBinary.run(["-e", "load \"../shared/seed/000_ab75134ec4b81449.txt\"; articles | select outlet, date, headline"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("AMN     2022-03-14  Reports: Russia asking China for aid and military equipment in Ukraine war"))
        #expect(r.stderr == "loaded 1 article from 1 file in 0.0 s\n")
    }

    /// `--echo` prints each statement as a heading over its result, as the tour does.
    @Test func echoPrintsEachStatementBeforeItsResult() throws {
        let r = try LedeBinary.run(["--echo", "-e", "load \"Notebooks/samples/harbour-0*.txt\"; articles | count"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex(of: "── articles | count"))
        #expect(lines.dropFirst(heading + 1).first?.contains("3") == true)
    }

    @Test func jsonLinesForOtherPrograms() throws {
        let r = try LedeBinary.run(["--format", "jsonl", "-e", "load \"Notebooks/samples/harbour-0*.txt\"; articles | select file, outlet, date | take 2"])
        #expect(r.status == 0)
        #expect(r.stdout == """
        {"file": "harbour-01.txt", "outlet": "Harbour Daily", "date": "2025-09-08"}
        {"file": "harbour-02.txt", "outlet": "Harbour Daily", "date": "2025-09-10"}

        """)
    }

    @Test func misspeltFieldExitsOneWithCaretAndSuggestion() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cli-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("typo.lede")
        try "# a typo on line 2\narticles | select outlte, headline\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try LedeBinary.run(["run", script.path])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr == """
        \(script.path):2:19: error: unknown field `outlte`
          |
        2 | articles | select outlte, headline
          |                   ^^^^^^
          help: did you mean `outlet`?

        """)
    }

    @Test func scriptsTakeArgumentsAndAShebang() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cli-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("count.lede")
        try "#!/usr/bin/env lede\nload arg(1)\narticles | where outlet = arg(2) | count\n".write(to: script, atomically: true, encoding: .utf8)
        let samples = LedeBinary.root.appendingPathComponent("Notebooks/samples").path
        let viaRun = try LedeBinary.run(["run", script.path, samples, "Harbour Daily"])
        #expect(viaRun.status == 0)
        #expect(viaRun.stdout == "3\n")
        let direct = try LedeBinary.run([script.path, samples, "The Marrowick Ledger"])
        #expect(direct.stdout == "4\n")
        let missing = try LedeBinary.run([script.path, samples])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: this script needs argument 2, but was given 1"))
    }

    @Test func statementsFromStandardInput() throws {
        let r = try LedeBinary.run([], stdin: "load \"Notebooks/samples\"\narticles |\n  group by outlet |\n  count\nnope\narticles | count\n")
        #expect(r.stdout == """
        outlet                count
        ────────────────────  ─────
        Harbour Daily             3
        The Marrowick Ledger      4
        Northwind Post            3
        10

        """)
        #expect(r.stderr.contains("<stdin>:5:1: error: unknown table or variable `nope`"), "line numbers count from the start of input")
        #expect(r.status == 1, "an error on the way makes the exit status 1, but the rest still runs")
    }

    @Test func usageErrorsExitTwo() throws {
        let r = try LedeBinary.run(["--no-such-flag"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Unknown option '--no-such-flag'"))
        let both = try LedeBinary.run(["-e", "articles", "x.lede"])
        #expect(both.status == 2)
        let badFormat = try LedeBinary.run(["--format", "xml", "-e", "articles"])
        #expect(badFormat.status == 2)
    }

    @Test func versionAndHelp() throws {
        let v = try LedeBinary.run(["--version"])
        #expect(v.status == 0 && v.stdout == "0.1.0\n")
        let h = try LedeBinary.run(["--help"])
        #expect(h.status == 0 && h.stdout.contains("USAGE: lede"))
    }

    @Test func missingScriptIsAClearError() throws {
        let r = try LedeBinary.run(["run", "no/such/script.lede"])
        #expect(r.status == 1)
        #expect(r.stderr == "lede: cannot read script `no/such/script.lede`: No such file or directory\n")
    }

    @Test func badInputKeepsTheSessionGoing() throws {
        let r = try LedeBinary.run([], stdin: "load \"Notebooks/samples/ledger-01.md\", \"no/such/path\"\narticles | count\n")
        #expect(r.stdout == "1\n")
        #expect(r.stderr.contains("no/such/path"))
        #expect(r.stderr.contains("loaded 1 article from 1 file"))
    }

    @Test func helpAtTheShellAsAtThePrompt() throws {
        let r = try LedeBinary.run(["help", "where"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("where CONDITION\n  Keep the rows where the condition is true.\n"))
        let typo = try LedeBinary.run(["help", "wher"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("did you mean `where`?"))
        #expect(try LedeBinary.run(["help"]).stdout.contains("Verbs: "))
    }

    @Test func aScriptWhoseLoadReadsNothingStopsThereWithExitOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cli-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("load.lede")
        try "# reads a folder\nload arg(1)\narticles | count\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try LedeBinary.run([script.path, "/nonexistent"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("\(script.path):2:6: error: `load` read nothing: no such file or folder (`/nonexistent`)"))
    }
}
