import LedeCorpus

/// What running a statement produces, for the caller to show: results on standard output,
/// status and problems on standard error.
public enum SessionEvent {
    /// A pipeline's result.
    case table(Table)
    /// Text for standard output (help, schema listings).
    case text(String)
    /// Progress and summaries for standard error ("loaded 10 articles from 8 files in 0.1 s").
    case status(String)
    /// A problem; errors stop a script, warnings and notes do not.
    case diagnostic(Diagnostic)
    /// A statement stopped by Ctrl-C (the cancellation); everything done before it stays done.
    case interrupted
    /// `quit`.
    case quit
}

/// Session settings, changed with statements such as `format csv` or `timer on`.
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    public var timer = false
    /// Rows and columns a printed table may use; nil means "fit the terminal", or everything
    /// when output is not a terminal.
    public var rows: Int?
    public var width: Int?
    /// Seconds a statement may run before it stops with an error (`timeout N`; nil: no limit),
    /// so a runaway regular expression or query ends even where no one can press Ctrl-C.
    public var timeLimit: Int? = 300
    /// Print each statement as a heading before what it prints (`lede --echo`), so a script's
    /// output reads as a worked example: the tour, a handout.
    public var echo = false
    public init() {}
}
