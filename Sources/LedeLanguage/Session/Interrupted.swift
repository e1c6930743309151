import LedeCorpus

/// Ctrl-C during a statement: long loops throw this to stop; `Session.run` reports it as
/// `SessionEvent.interrupted`, since the cancellation, not the message, says what happened.
public enum Interrupted {
    public static let diagnostic = Diagnostic(.error, "interrupted", help: "the statement was stopped; everything loaded before it is still there")
}
