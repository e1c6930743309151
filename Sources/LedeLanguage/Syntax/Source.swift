import LedeCorpus

/// Program text with its name, and the line lookups diagnostics need.
public struct Source: Sendable {
    public var name: String
    public var text: String
    let lines: [String]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        // Split on the scalar, as the lexer counts lines: "\r\n" is one Character, so a split
        // on Characters would not end a line there.
        self.lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    public func line(_ n: Int) -> String? {
        n >= 1 && n <= lines.count ? lines[n - 1].replacingCRLF : nil
    }

    /// A diagnostic pointing at `span`, with the source line for the caret.
    func error(_ message: String, at span: SourceSpan, help: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: span, sourceLine: line(span.line), help: help)
    }
}

extension String {
    var replacingCRLF: String { hasSuffix("\r") ? String(dropLast()) : self }
}
