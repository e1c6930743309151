import Testing
@testable import LedeLanguage

/// Errors are found before anything runs and say where, what and what to do.
@Suite struct CheckerTests {
    func error(_ program: String) -> String? {
        let f = Fixture()
        f.run(program)
        return f.errorText
    }

    @Test func misspeltFieldShowsCaretAndSuggestion() {
        #expect(error("t | where speker ~ \"Zhao\"") == """
        test.lede:1:11: error: unknown field `speker`
          |
        1 | t | where speker ~ "Zhao"
          |           ^^^^^^
          help: did you mean `speaker`?
        """)
    }

    @Test func allTiesAreSuggested() {
        #expect(Suggestions.help(for: "speakr", in: ["speaker", "speakrs", "outlet"]) == "did you mean `speaker` or `speakrs`?")
        #expect(Suggestions.help(for: "zzzz", in: ["speaker"]) == nil)
    }

    @Test func typeErrorsNameTheField() {
        #expect(error("t | sum outlet")?.contains("error: expected a number, found text `outlet`") == true)
        #expect(error("t | select words * outlet")?.contains("expected a number, found text `outlet`") == true)
        #expect(error("t | where words ~ \"3\"")?.contains("expected text before `~`, found a number `words`") == true)
        #expect(error("t | where words = \"300\"")?.contains("cannot compare a number with text using `=`") == true)
        #expect(error("t | where words")?.contains("expected a condition (true or false), found a number") == true)
        #expect(error("t | where lower(words) = \"x\"")?.contains("usage: lower(text) -> text") == true)
    }

    @Test func unknownNamesGetSuggestions() {
        #expect(error("t | wher words > 1")?.contains("unknown verb `wher`") == true)
        #expect(error("t | wher words > 1")?.contains("did you mean `where`?") == true)
        #expect(error("t | select lowr(outlet)")?.contains("did you mean `lower`?") == true)
        #expect(error("quote | count")?.contains("did you mean `quotes`?") == true)
        #expect(error("help wher")?.contains("did you mean `where`?") == true)
    }

    @Test func verbShapes() {
        #expect(error("t | take many")?.contains("`take` needs a whole number") == true)
        #expect(error("t | top 3")?.contains("`top` needs `by` and one expression") == true)
        #expect(error("t | group outlet")?.contains("expected `by` after `group`") == true)
        #expect(error("t | group by outlet with lower(outlet)")?.contains("expected an aggregate") == true)
        #expect(error("t | select outlet, outlet")?.contains("the column `outlet` is selected twice") == true)
        #expect(error("t | where speaker ~ /(/")?.contains("is not a valid regular expression") == true)
        #expect(error("let quotes = t")?.contains("`quotes` is a table name") == true)
    }

    @Test func laterStageErrorsStopBeforeAnythingRuns() {
        let f = Fixture()
        f.run("let x = t | take 1 | select nope")
        #expect(f.session.variables["x"] == nil)
        #expect(f.errors.first?.message == "unknown field `nope`")
    }
}
