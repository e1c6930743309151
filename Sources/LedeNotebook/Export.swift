/// What the exports share: which outputs are stale, and how to say so.
public enum Export {
    /// The lines of the cells whose stored output differs from the run's (or which have none).
    public static func staleLines(_ notebook: Notebook, _ runner: NotebookRunner, _ results: [CellRun?]) -> [Int] {
        zip(notebook.cells, runner.newOutputs(notebook, results)).compactMap { $1 == nil ? nil : $0.fenceLine }
    }

    static func staleNote(_ name: String, _ lines: [Int]) -> String {
        "The outputs saved in \(name) do not match a fresh run for the cell\(lines.count == 1 ? "" : "s") at line\(lines.count == 1 ? "" : "s") "
            + lines.map(String.init).joined(separator: ", ") + ". This export shows the fresh run; `lede notebook run \(name)` updates the file."
    }
}
