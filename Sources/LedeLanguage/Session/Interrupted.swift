import LedeCorpus

/// Ctrl-C during a statement: it stops, says so, and leaves the session as it was before it.
enum Interrupted {
    static let message = "interrupted"
    static let diagnostic = Diagnostic(.error, message, help: "the statement was stopped; everything loaded before it is still there")

    static func isInterruption(_ d: Diagnostic) -> Bool { d.message == message && d.span == nil }
}

extension Diagnostic {
    /// True for the report of a statement stopped by Ctrl-C.
    public var isInterruption: Bool { Interrupted.isInterruption(self) }
}
