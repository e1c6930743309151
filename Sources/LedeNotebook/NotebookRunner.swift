import LedeCorpus
import LedeLanguage

/// Runs a notebook's cells strictly top to bottom in one session, so there is no hidden state:
/// what a cell sees is what the cells above it did. A cell that fails shows its error, with the
/// line and column in the notebook file, as its output, and the run goes on (unless `failFast`).
public struct NotebookRunner {
    public let session: Session
    public var failFast = false

    public init(session: Session, failFast: Bool = false) {
        self.session = session
        self.failFast = failFast
    }

    /// How tables are laid out in outputs and handouts: the session's notebook style.
    public var style: TableStyle { session.notebookStyle }

    /// One result per cell; nil for the cells not run (after a failure with `failFast`, or
    /// after `quit`).
    public func run(_ notebook: Notebook) -> [CellRun?] {
        session.usesColor = false
        var results: [CellRun?] = []
        var stopped = false
        // Lines the outputs above add to the file, so diagnostics name lines of the file as written.
        var shift = 0
        for (index, cell) in notebook.cells.enumerated() {
            guard !stopped else { results.append(nil); continue }
            var run = CellRun()
            run.fenceLine = cell.fenceLine + shift
            var quit = false
            // Blank lines before the code put each statement on its own line of the notebook
            // file, so diagnostics point into the file.
            let text = String(repeating: "\n", count: cell.codeLine - 1 + shift) + cell.code
            let ok = session.run(text, name: notebook.name) { event in
                // The same text `save notebook` keeps, so a saved session checks true.
                let text = session.notebookText(event)
                switch event {
                case .table(let table): run.items.append(.table(table, text: text ?? ""))
                case .text: run.items.append(.text(text ?? ""))
                case .status, .diagnostic: run.items.append(.message(text ?? ""))
                case .interrupted: run.items.append(.message(DiagnosticRenderer.render(Interrupted.diagnostic)))
                case .quit: quit = true
                }
            }
            run.failed = !ok
            shift += notebook.lineDelta(cell: index, output: newOutput(cell, run))
            results.append(run)
            if quit || (failFast && !ok) { stopped = true }
        }
        return results
    }

    /// Each cell's output as the file should hold it: nil where the stored output still matches
    /// (it may hold `[..]`, which a run keeps) or the cell did not run.
    public func newOutputs(_ notebook: Notebook, _ results: [CellRun?]) -> [String?] {
        zip(notebook.cells, results).map { cell, result in result.flatMap { newOutput(cell, $0) } }
    }

    func newOutput(_ cell: Notebook.Cell, _ result: CellRun) -> String? {
        guard let stored = cell.output else { return result.text }
        let pattern = OutputPattern(stored.text)
        return pattern.matches(result.text) ? nil : pattern.merged(into: result.text)
    }
}
