import Foundation
import LedeCorpus

/// `save notebook "session.md"`: the session's statements with what each printed, written as a
/// notebook that `lede notebook run` runs again. The session keeps the text of each output; the
/// notebook's Markdown shape belongs to the notebook layer, which hands it in as
/// `notebookWriter`, so the language does not depend on it.
extension Session {
    /// One statement that ran without error and what it printed, as a notebook cell shows it.
    public struct LoggedCell: Sendable {
        public var code: String
        public var output: String
    }

    /// Notebook outputs are at a fixed width (100 columns unless `width N`) and 40 rows (unless
    /// `rows N`), whatever the terminal, so a run elsewhere writes the same.
    public var notebookStyle: TableStyle {
        TableStyle(width: settings.width ?? 100, maxRows: settings.rows ?? 40, maxCellWidth: 60, color: false)
    }

    /// The text an event adds to a statement's output in a notebook; nil for none. Data formats
    /// write every row, so the log keeps only the rows a notebook shows: a session that prints a
    /// large CSV does not hold it twice.
    public func notebookText(_ event: SessionEvent) -> String? {
        let style = notebookStyle
        switch event {
        case .table(let table) where settings.format != .table && table.count > style.maxRows:
            let shown = table.selecting(Array(0..<style.maxRows))
            return Renderer.render(shown, as: settings.format, style: style)
                + "... \(LoadReport.grouped(table.count - shown.count)) more rows (\(LoadReport.grouped(table.count)) in all)"
        case .table(let table): return Renderer.render(table, as: settings.format, style: style)
        case .text(let text), .status(let text): return text
        case .diagnostic(let diagnostic): return DiagnosticRenderer.render(diagnostic)
        case .interrupted, .quit: return nil
        }
    }

    func saveNotebook(_ pathExpr: Expr, overwrite: Bool, context: CheckContext, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let path = try constantText(pathExpr, context: context, what: "a file name")
        guard ["md", "markdown"].contains((path as NSString).pathExtension.lowercased()) else {
            throw context.error("`save notebook` writes Markdown: the file name must end in .md", at: pathExpr.span,
                                help: "e.g. save notebook \"session.md\"")
        }
        guard let notebookWriter else {
            throw context.error("this program cannot write notebooks", at: pathExpr.span, help: "`lede` at the prompt can")
        }
        prepareWrite(path)
        try AtomicFile.write(notebookWriter(notebookLog), to: path, overwrite: overwrite, access: access, span: pathExpr.span, context: context)
        emit(.status("saved \(notebookLog.count) statement\(notebookLog.count == 1 ? "" : "s") with their outputs to \(path); `lede notebook run \(path)` runs it again"))
    }
}
