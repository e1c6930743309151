import Testing
import LedeCorpus
@testable import LedeLanguage

/// Inputs the fuzzers (`Scripts/fuzz`) found crashing or hanging, kept as they were found so
/// each stays fixed.
@Suite struct FuzzFindingTests {
    /// syntax: "\r\n" is one Character, so source lines split on Characters ran together and the
    /// open bracket's column pointed past the line it was looked up in.
    @Test func unclosedBracketAfterCRLFLines() {
        let text = "ro___\r\n" + String(repeating: "\n", count: 30) + "<=" + String(repeating: "\n", count: 40) + "(" + String(repeating: "\n", count: 20) + "ouseholn 0"
        #expect(Continuation.of(text) == .bracket("("))
        let error = try? #require(throws: Diagnostic.self) { try Parser.parse(Source(name: "t", text: "articles\r\n| where (\r\n")) }
        #expect(error?.sourceLine == "| where (")
        #expect(error?.span?.line == 2)
    }
}
