@testable import LedeREPL
import Testing

@Suite struct PromptTests {
    @Test func thePromptOpensWithTheVersionAndHowToGetHelpAndLeave() {
        #expect(REPL.greeting(version: "0.1.0") == "Lede 0.1.0: `help` lists what you can do, `quit` or Ctrl-D leaves.")
    }

    @Test func continuationPromptsNameWhatIsOpen() {
        #expect(REPL.prompt(continuing: "") == "lede> ")
        #expect(REPL.prompt(continuing: "articles |") == "  ...|> ")
        #expect(REPL.prompt(continuing: "articles | where outlet in [\"a\",") == "  ...[> ")
        #expect(REPL.prompt(continuing: "articles | select lower(headline") == "  ...(> ")
        #expect(REPL.prompt(continuing: "quotes | where text ~ \"two\nlines") == "  ...\"> ")
        #expect(REPL.prompt(continuing: "articles | count") == "lede> ")
    }

    @Test func interruptionSaysWhatStoppedAndWhatIsKept() {
        let message = REPL.interrupted("load \"big\"", articles: 1205, color: false)
        #expect(message == "interrupted: `load \"big\"` stopped; everything before it is kept (1,205 articles loaded)")
        #expect(REPL.interrupted("quotes |\ncount", articles: 1, color: false).contains("`quotes | ...` stopped"))
    }
}
