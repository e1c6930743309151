import LedeCorpus

/// Program text with its name, and the line lookups diagnostics need.
public struct Source: Sendable {
    public var name: String
    public var text: String
    let lines: [Substring]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    public func line(_ n: Int) -> String? {
        n >= 1 && n <= lines.count ? String(lines[n - 1]).replacingCRLF : nil
    }

    /// A diagnostic pointing at `span`, with the source line for the caret.
    func error(_ message: String, at span: SourceSpan, help: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: span, sourceLine: line(span.line), help: help)
    }
}

extension String {
    var replacingCRLF: String { hasSuffix("\r") ? String(dropLast()) : self }
}
