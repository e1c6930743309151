import Testing
@testable import LedeLanguage
import LedeCorpus

@Suite struct LexerTests {
    func kinds(_ text: String) throws -> [Token.Kind] {
        try Lexer.tokenize(Source(name: "t", text: text)).map(\.kind)
    }

    @Test func readsLiteralsSymbolsAndNames() throws {
        #expect(try kinds(#"quotes | where speaker ~ "Zhao" and value >= 1_205.5"#) == [
            .identifier("quotes"), .symbol("|"), .identifier("where"), .identifier("speaker"), .symbol("~"),
            .string("Zhao"), .identifier("and"), .identifier("value"), .symbol(">="), .number(1205.5), .eof,
        ])
    }

    @Test func dateLiteralIsNotSubtraction() throws {
        #expect(try kinds("date = 2022-03-14") == [.identifier("date"), .symbol("="), .date(Day(year: 2022, month: 3, day: 14)!), .eof])
        #expect(try kinds("words - 2022") == [.identifier("words"), .symbol("-"), .number(2022), .eof])
    }

    @Test func hyphenatedFieldNamesStayWhole() throws {
        #expect(try kinds("triplet-uuid") == [.identifier("triplet-uuid"), .eof])
    }

    @Test func regexOnlyAfterMatchOperator() throws {
        #expect(try kinds("headline ~ /war|inva\\/sion/") == [.identifier("headline"), .symbol("~"), .regex("war|inva/sion"), .eof])
        #expect(try kinds("words / 2") == [.identifier("words"), .symbol("/"), .number(2), .eof])
    }

    @Test func newlinesEndStatementsExceptAfterPipeOrInsideBrackets() throws {
        #expect(try kinds("a |\n b\nc") == [.identifier("a"), .symbol("|"), .identifier("b"), .newline, .identifier("c"), .eof])
        #expect(try kinds("a\n| b") == [.identifier("a"), .symbol("|"), .identifier("b"), .eof])
        #expect(try kinds("f(1,\n2)") == [.identifier("f"), .symbol("("), .number(1), .symbol(","), .number(2), .symbol(")"), .eof])
    }

    @Test func commentsAndUnicode() throws {
        #expect(try kinds("# note\nspeaker ~ \"Grüße 東京 😀\" # end") == [.newline, .identifier("speaker"), .symbol("~"), .string("Grüße 東京 😀"), .eof])
        #expect(try kinds("“curly”") == [.string("curly"), .eof])
    }

    @Test func spansPointAtTheToken() throws {
        let tokens = try Lexer.tokenize(Source(name: "f.lede", text: "load \"x\"\n  articles"))
        #expect(tokens[3].span == SourceSpan(file: "f.lede", line: 2, column: 3, length: 8))
    }

    @Test func unclosedStringNamesItsStart() {
        #expect(throws: Diagnostic(.error, "this string is never closed", at: SourceSpan(file: "t", line: 1, column: 7, length: 1),
                                   sourceLine: "where \"abc", help: "end it with `\"`")) {
            try Lexer.tokenize(Source(name: "t", text: "where \"abc"))
        }
    }

    @Test func strayCharacterAndBracketErrors() {
        #expect(throws: Diagnostic.self) { try Lexer.tokenize(Source(name: "t", text: "a @ b")) }
        #expect(throws: Diagnostic.self) { try Lexer.tokenize(Source(name: "t", text: "a )")) }
        #expect(throws: Diagnostic.self) { try Lexer.tokenize(Source(name: "t", text: "f(a")) }
    }

    func partial(_ text: String) throws -> PartialInput { try Lexer.partialTokens(text) }

    @Test func partialInputEndsInsideAString() throws {
        let input = try partial("quotes | where speaker ~ \"Zh")
        #expect(input.openEnd == .string(start: 25))
        #expect(input.tokens.map(\.kind) == [.identifier("quotes"), .symbol("|"), .identifier("where"), .identifier("speaker"), .symbol("~")])
        #expect(input.openBrackets.isEmpty)
        // A closed string is a token like any other.
        #expect(try partial("a ~ \"Zh\"").openEnd == nil)
    }

    @Test func partialInputEndsInsideABacktickName() throws {
        let input = try partial("losses | select `fuel ta")
        #expect(input.openEnd == .quotedName(start: 16))
        #expect(input.tokens.last?.kind == .identifier("select"))
        // On a later line the name can no longer be closed.
        #expect(throws: Diagnostic.self) { try partial("select `fuel\n| count") }
    }

    @Test func partialInputKeepsOpenBracketsInnermostLast() throws {
        let input = try partial("articles | where (words > 2 and outlet in [\"a\", ")
        #expect(input.openBrackets.map(\.kind) == [.symbol("("), .symbol("[")])
        #expect(input.openBrackets.map(\.offset) == [17, 42])
        #expect(input.openEnd == nil)
        #expect(try partial("f(a [b] ").openBrackets.map(\.kind) == [.symbol("(")])
        #expect(throws: Diagnostic.self) { try partial("f(a))") }
    }

    @Test func partialInputEndingInAPipeOrARegexOrAComment() throws {
        let piped = try partial("quotes |\n")
        #expect(piped.tokens.map(\.kind) == [.identifier("quotes"), .symbol("|")])
        #expect(piped.openEnd == nil)
        #expect(try partial("quotes | where text ~ /Bra").openEnd == .regex(start: 22))
        #expect(try partial("articles # wh").openEnd == .comment)
        #expect(try partial("articles # note\n").openEnd == nil)
        #expect(throws: Diagnostic.self) { try partial("a @ \"b") }
    }

    @Test func continuationNamesWhatIsOpen() {
        #expect(Continuation.of("quotes |") == .pipe)
        #expect(Continuation.of("quotes | where speaker ~ \"Zh") == .string)
        #expect(Continuation.of("articles | where outlet in [\"a\",") == .bracket("["))
        #expect(Continuation.of("articles | count") == nil)
        #expect(Continuation.of("articles | where x @") == nil)
        #expect(Continuation.of("f(a [b] and") == .bracket("("))
        #expect(Continuation.of("select `fuel") == nil)
        #expect(Continuation.of("articles | where x ~ /ab") == nil)
    }
}
