import Testing
@testable import LedeCorpus

@Suite struct DiagnosticRendererTests {
    /// Columns count Unicode scalars, as editors do; the caret must still sit under the character
    /// when a letter is written as two scalars ("e" and a combining accent).
    @Test func caretUnderTheCharacterAfterDecomposedLetters() {
        let line = "caf\u{65}\u{301} = @"
        let d = Diagnostic(.error, "expected an expression", at: SourceSpan(file: "a.lede", line: 1, column: 9), sourceLine: line)
        let lines = DiagnosticRenderer.render(d).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last.map(String.init) == "  | " + String(repeating: " ", count: 7) + "^")
        #expect(lines[2] == "1 | caf\u{65}\u{301} = @")
    }
}
