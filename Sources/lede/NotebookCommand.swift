import ArgumentParser
import Foundation
import LedeCorpus
import LedeExtract
import LedeLanguage
import LedeNotebook
import LedeREPL

/// `lede notebook run|check|export FILE.md`: Markdown notebooks whose ```lede cells run top to
/// bottom in one session, with each cell's output written under it.
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede notebook",
        abstract: "Run, check and export Markdown notebooks of Lede cells.",
        discussion: """
        A notebook is a Markdown file whose ```lede blocks are cells, each followed by its output in an ```output block. \
        Cells run top to bottom in one session, in the notebook's folder. \
        Outputs may hold [..] for varying text (times, paths); a line of ... stands for any lines.

        Exit status: 0 on success, 1 when a cell failed or an output drifted, 2 on a usage error.
        """,
        subcommands: [Run.self, Check.self, Export.self]
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run every cell and write each output under its cell.")
        @OptionGroup var notebook: NotebookOptions
        @Flag(help: "Stop at the first cell that fails (the cells below keep their old outputs).")
        var failFast = false

        func run() throws {
            let opened = try notebook.open(failFast: failFast)
            let outputs = opened.runner.newOutputs(opened.notebook, opened.results)
            if outputs.contains(where: { $0 != nil }) {
                try opened.write(opened.notebook.text(withOutputs: outputs))
            }
            throw ExitCode(opened.report(verb: "ran"))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run every cell and compare the outputs with the file's: a unified diff and exit status 1 where one drifted.")
        @OptionGroup var notebook: NotebookOptions
        @Flag(help: "Accept the new outputs: write them into the file.")
        var update = false

        func run() throws {
            let opened = try notebook.open(failFast: false)
            let outputs = opened.runner.newOutputs(opened.notebook, opened.results)
            let drifted = outputs.compactMap { $0 }.count
            guard drifted > 0 else {
                Printer.error("\(notebook.file): the outputs of all \(opened.notebook.cells.count) cells match")
                return
            }
            let updated = opened.notebook.text(withOutputs: outputs)
            Printer.write(UnifiedDiff.of(opened.text, updated, oldName: "\(notebook.file) (outputs in the file)",
                                         newName: "\(notebook.file) (outputs of this run)"))
            if update {
                try opened.write(updated)
                Printer.error("\(notebook.file): updated the outputs of \(drifted) cell\(drifted == 1 ? "" : "s")")
                return
            }
            Printer.error("\(notebook.file): the outputs of \(drifted) cell\(drifted == 1 ? "" : "s") drifted; `lede notebook check --update \(notebook.file)` accepts them")
            throw ExitCode(1)
        }
    }
}

extension NotebookCommand {
    struct Export: ParsableCommand {
        enum Target: String, ExpressibleByArgument, CaseIterable { case html, ipynb }

        static let configuration = CommandConfiguration(abstract: "Run the notebook and write it as a self-contained HTML handout or a Jupyter notebook (nbformat 4.5).")
        @OptionGroup var notebook: NotebookOptions
        @Option(help: ArgumentHelp("html (a handout with a print stylesheet, charts as SVG) or ipynb.", valueName: "html|ipynb"))
        var to: Target
        @Option(name: [.short, .long], help: ArgumentHelp("Where to write (default: the notebook's name with .html or .ipynb).", valueName: "FILE"))
        var output: String?

        func run() throws {
            // Named from the folder lede started in, before the run moves into the notebook's.
            let target = URL(fileURLWithPath: output ?? (notebook.file as NSString).deletingPathExtension + "." + to.rawValue).path
            let opened = try notebook.open(failFast: false)
            let stale = LedeNotebook.Export.staleLines(opened.notebook, opened.runner, opened.results)
            let text: String
            switch to {
            case .html:
                text = HTMLHandout.html(opened.notebook, results: opened.results, style: opened.runner.style, staleLines: stale)
            case .ipynb:
                text = try IpynbExport.json(opened.notebook, results: opened.results, style: opened.runner.style, staleLines: stale, version: Lede.version)
            }
            do { try AtomicFile.write(text, to: target, overwrite: true, access: opened.sessionAccess) } catch {
                Printer.error(DiagnosticRenderer.render(error))
                throw ExitCode(1)
            }
            if !stale.isEmpty {
                Printer.error("\(notebook.file): warning: the stored outputs of \(stale.count) cell\(stale.count == 1 ? "" : "s") (line\(stale.count == 1 ? "" : "s") \(stale.map(String.init).joined(separator: ", "))) are stale; the export shows a fresh run and says so")
            }
            Printer.error("wrote \(output ?? (notebook.file as NSString).deletingPathExtension + "." + to.rawValue)")
        }
    }
}

struct NotebookOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The notebook, a Markdown file.", valueName: "FILE.md"))
    var file: String
    @OptionGroup var sandbox: SandboxOptions

    /// A notebook read, run in its own folder.
    struct Opened {
        var text: String
        var notebook: Notebook
        var runner: NotebookRunner
        var results: [CellRun?]
        /// The notebook's path from the folder it runs in.
        var path: String
        var shownName: String
        /// The session's, and the notebook file itself.
        var access: FileAccess
        /// The session's alone: exports go where its statements may write.
        var sessionAccess: FileAccess { runner.session.access }

        func write(_ text: String) throws {
            do { try AtomicFile.write(text, to: path, overwrite: true, access: access) } catch {
                Printer.error(DiagnosticRenderer.render(error))
                throw ExitCode(1)
            }
        }

        /// A line on standard error for each failed cell; 1 when any failed.
        func report(verb: String) -> Int32 {
            let failed = results.compactMap { $0 }.filter(\.failed).map(\.fenceLine)
            let ran = results.compactMap { $0 }.count
            var line = "\(shownName): \(verb) \(ran) of \(notebook.cells.count) cells"
            if !failed.isEmpty {
                line += "; \(failed.count) failed (the cell\(failed.count == 1 ? "" : "s") at line\(failed.count == 1 ? "" : "s") \(failed.map(String.init).joined(separator: ", "))), each error written as its output"
            }
            Printer.error(line)
            return failed.isEmpty ? 0 : 1
        }
    }

    func open(failFast: Bool) throws -> Opened {
        let sandbox = sandbox.make()
        let lexicons = try Lede.lexicons(option: nil, sandbox: sandbox)
        // The notebook itself goes through the sandbox's check like any file.
        if let refused = sandbox?.access.check(file, for: .read) {
            Printer.error(DiagnosticRenderer.render(refused))
            throw ExitCode(1)
        }
        let access = (sandbox?.access ?? .unrestricted).permittingWrite(of: file)
        guard let data = FileManager.default.contents(atPath: file) else {
            Printer.error("lede: cannot read the notebook `\(file)`: \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let url = URL(fileURLWithPath: file)
        let notebook: Notebook
        do { notebook = try Notebook(name: url.lastPathComponent, text: text) } catch {
            Printer.error(DiagnosticRenderer.render(error))
            throw ExitCode(1)
        }
        // Cells name files relative to the notebook, so it runs the same from any folder.
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.changeCurrentDirectoryPath(folder) else {
            Printer.error("lede: cannot enter the notebook's folder `\(folder)`")
            throw ExitCode(1)
        }
        let session = Session(lexicons: lexicons)
        if let sandbox { session.enter(sandbox) }
        let runner = NotebookRunner(session: session, failFast: failFast)
        return Opened(text: text, notebook: notebook, runner: runner, results: runner.run(notebook),
                      path: url.lastPathComponent, shownName: file, access: access)
    }
}
