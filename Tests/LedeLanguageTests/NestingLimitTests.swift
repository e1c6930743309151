import Testing
import LedeCorpus
@testable import LedeLanguage

/// Deep nesting is an error that names the place, not a stack overflow; the session goes on.
@Suite struct NestingLimitTests {
    static let deep: [(String, String)] = [
        ("parentheses", "t | where " + String(repeating: "(", count: 5_000) + "true" + String(repeating: ")", count: 5_000)),
        ("lists", "t | select " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + " as x"),
        ("not", "t | where " + String(repeating: "not ", count: 10_000) + "true"),
        ("plus", "t | select 1" + String(repeating: " + 1", count: 10_000) + " as x"),
        ("and", "t | where true" + String(repeating: " and true", count: 10_000)),
        ("unary minus", "t | select " + String(repeating: "-", count: 10_000) + "1 as x"),
        ("calls", "t | select " + String(repeating: "abs(", count: 5_000) + "1" + String(repeating: ")", count: 5_000) + " as x"),
    ]

    @Test(arguments: deep)
    func deepExpressionsAreRefused(_ name: String, _ program: String) {
        let f = Fixture()
        #expect(!f.run(program), "\(name)")
        #expect(f.errors.first?.message == "this expression nests more than 200 levels deep", "\(name)")
        #expect(f.errors.first?.span?.line == 1)
        #expect(f.run("t | count"), "the session goes on")
        #expect(f.rows == [["5"]])
    }

    @Test func nestingUpToTheLimitRuns() {
        let f = Fixture()
        #expect(f.run("t | select " + String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150) + " as x | take 1"))
        #expect(f.rows == [["1"]])
        #expect(f.run("t | select 1" + String(repeating: " + 1", count: 150) + " as x | take 1"))
        #expect(f.rows == [["151"]])
    }

    @Test func treesBuiltByCodeMeetTheSameLimit() {
        let span = SourceSpan(file: "t", line: 1, column: 1)
        var e = Expr(.literal(.number(1)), span)
        for _ in 0..<1_000 { e = Expr(.unary(.negate, e), span) }
        let compiler = ExprCompiler(schema: Fixture.schema, context: CheckContext(source: Source(name: "t", text: ""), arguments: []))
        #expect(throws: Diagnostic.self) { try compiler.compile(e) }
    }
}
