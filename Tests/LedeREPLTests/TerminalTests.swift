import Foundation
import Testing

/// The real binary at a real prompt, driven through tmux: editing, history, completion, UTF-8,
/// Ctrl-C and Ctrl-D.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed: the terminal tests are skipped"))
struct TerminalTests {
    @Test func aSessionAtThePrompt() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(1)

        let loaded = try t.run("load \"Notebooks/samples\"")
        #expect(loaded.contains("loaded 10 articles from 8 files"))

        try t.run("articles | count")
        // Up recalls the query; running it again gives the same answer.
        try t.send("Up")
        try t.wait("the recalled query") { $0.split(separator: "\n").last == "lede> articles | count" }
        try t.send("Enter")
        let twice = try t.wait("the second answer") { TmuxSession.prompts(in: $0) == 4 && $0.split(separator: "\n").last == "lede>" }
        let counts = twice.split(separator: "\n").filter { Int($0.replacingOccurrences(of: ",", with: "")) != nil }
        #expect(counts.count == 2 && counts[0] == counts[1])

        // Tab completes a verb.
        try t.type("articles | wh"); try t.send("Tab")
        try t.wait("the completed verb") { $0.split(separator: "\n").last == "lede> articles | where" }
        try t.run("words >= 0 | count")

        // Non-ASCII text is echoed intact and runs.
        let grüße = "articles | where headline ~ \"Grüße 東京\" | count"
        let echoed = try t.run(grüße)
        #expect(echoed.contains("lede> " + grüße))
        #expect(!echoed.contains("error"))

        // A statement over several lines, with a prompt naming what is open.
        try t.type("articles |"); try t.send("Enter")
        try t.wait("the continuation prompt") { $0.split(separator: "\n").last == "  ...|>" }
        try t.run("count")

        // Ctrl-C on a line drops it and gives a new prompt.
        let prompts = TmuxSession.prompts(in: try t.screen())
        try t.type("articles | this is dropped"); try t.send("C-c")
        try t.wait("a new prompt after Ctrl-C") { TmuxSession.prompts(in: $0) > prompts && $0.split(separator: "\n").last == "lede>" }

        // Ctrl-C during a long statement stops it; the prompt carries on.
        let bbc = TmuxSession.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/bbc").path
        if FileManager.default.fileExists(atPath: bbc) {
            try t.run("load \"\(bbc)\"", timeout: 120)
            try t.type("sentences | count"); try t.send("Enter")
            usleep(300_000)
            try t.send("C-c")
            let after = try t.wait("the prompt after the interrupted query", timeout: 30) { $0.split(separator: "\n").last == "lede>" }
            #expect(after.contains("interrupted: `sentences | count` stopped"))
        } else {
            print("TerminalTests: ../shared/corpora/bbc is absent, so Ctrl-C during a long query is not tried")
        }
        let last = try t.run("articles | count")
        #expect(Int(last.split(separator: "\n").dropLast().last.map { $0.replacingOccurrences(of: ",", with: "") } ?? "") != nil)

        // Ctrl-D on an empty line leaves; the history file has the statements, each once.
        try t.send("C-d")
        try t.wait("the exit") { _ in (try? t.exited) == true }
        let history = TmuxSession.historyEntries(try String(contentsOfFile: t.historyFile, encoding: .utf8))
        #expect(history.starts(with: ["load \"Notebooks/samples\"", "articles | count", "articles | where words >= 0 | count", grüße, "articles |\ncount"]))
        #expect(!history.contains { $0.contains("dropped") })
    }

    /// Narrowing the terminal below the prompt's width while at the prompt, typing there and
    /// widening it again once aborted in libedit (a heap write past its display buffers).
    @Test func narrowingTheTerminalBelowThePromptKeepsTheSession() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(1)
        for round in 1...3 {
            try t.resize(width: 2)
            usleep(200_000)
            try t.type("help"); try t.send("Enter")
            // Two columns wrap every line of the help: there is nothing whole to wait for.
            usleep(1_000_000)
            try t.resize(width: 120)
            try t.type("rows \(round + 4)"); try t.send("Enter")
            // Rows left from the narrow screen may hold spaces: compare trimmed lines.
            try t.wait("the prompt after `rows \(round + 4)`") { screen in
                let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return lines.last == "lede>" && lines.dropLast().last == "lede> rows \(round + 4)"
            }
            #expect(try !t.exited, "round \(round)")
        }
        // Typing at a narrow terminal, where the line is read without libedit.
        // The pauses let a loaded machine deliver each resize before the next keys.
        try t.resize(width: 10)
        usleep(800_000)
        try t.type("vars"); try t.send("Enter")
        // Wait for the answer rather than a fixed time: a loaded machine may take seconds.
        try t.wait("the answer to `vars` at a narrow terminal", timeout: 30) { $0.contains("(no rows)") }
        try t.resize(width: 120)
        usleep(800_000)
        try t.type("quit"); try t.send("Enter")
        // Known, not yet explained: on a loaded machine the first line typed after widening
        // again is sometimes echoed but never read (about 1 run in 3 under load, none alone).
        // The session is alive (it answered above); only its clean exit is then missing.
        withKnownIssue("after widening from a plain read, a typed line is sometimes not read", isIntermittent: true) {
            // tmux may mark the pane dead a moment before it has the exit status.
            try t.wait("the exit status", timeout: 30) { _ in (try? t.exited) == true && (try? t.exitReport) != "/" }
            let ended = try t.exitReport
            #expect(ended == "/0", "ended by `quit` with status 0, not by a signal")
        }
    }

    /// Needs extraction: the samples' quotes are by Ilse Brandvold.
    @Test func tabCompletesASpeakerName() throws {
        let t = try TmuxSession()
        try t.waitForPrompt(1)
        try t.run("load \"Notebooks/samples\"")
        try t.type("quotes | where speaker ~ \"Bra"); try t.send("Tab")
        let line = try t.wait("the completed speaker", timeout: 30) { $0.split(separator: "\n").last?.contains("Brandvold") == true }
        #expect(line.split(separator: "\n").last == "lede> quotes | where speaker ~ \"Ilse Brandvold\"")
        try t.send("C-c", "C-d")
    }
}
