import LedeCorpus
import LedeLanguage

/// What one cell printed, in order: the same events a script run shows, kept so the Markdown
/// output (text) and the exports (HTML tables, SVG charts) come from one run.
public struct CellRun: Sendable {
    public enum Item: Sendable {
        /// A result and its text as the session's format then rendered it (a cell may change
        /// the format for the cells below).
        case table(Table, text: String)
        case text(String)
        /// Status lines ("loaded 10 articles ...") and diagnostics, already rendered.
        case message(String)
    }

    public var items: [Item] = []
    /// A statement of the cell stopped with an error (shown as the last item).
    public var failed = false
    /// The line of the cell's opening fence in the file as the run writes it.
    public var fenceLine = 0

    /// The output block's text.
    public var text: String {
        items.map { item -> String in
            switch item {
            case .table(_, let text), .text(let text), .message(let text): text.trimmingFinalNewline
            }
        }.joined(separator: "\n")
    }
}

extension String {
    var trimmingFinalNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
