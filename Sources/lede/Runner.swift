import Foundation
import LedeCorpus
import LedeExtract
import LedeLanguage
import LedeNotebook
import LedeREPL

/// Runs statements from `-e`, a file or standard input, printing results on stdout and
/// problems on stderr.
struct Runner {
    let options: OutputOptions
    let lexicons: Lexicons
    let sandbox: Sandbox?
    let store: StoreOptions

    func run(_ text: String, name: String, arguments: [String]) throws -> Int32 {
        try run(text, name: name, session: makeSession(arguments: arguments))
    }

    private func run(_ text: String, name: String, session: Session) -> Int32 {
        session.run(text, name: name, emit: Printer(session: session).emit) ? 0 : 1
    }

    /// `lede help [TOPIC]`: the same reference as `help` at the prompt, with no store opened.
    func help(_ topic: String?) -> Int32 {
        let quoted = topic.map { " \"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" } ?? ""
        return run("help" + quoted, name: "<command line>", session: plainSession(arguments: []))
    }

    func runFile(_ path: String, arguments: [String]) throws -> Int32 {
        if let refused = sandbox?.access.check(path, for: .read) {
            Printer.error(DiagnosticRenderer.render(refused))
            return 1
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Printer.error("lede: cannot read script `\(path)`: \(String(cString: strerror(errno)))")
            return 1
        }
        var text = String(decoding: data, as: UTF8.self)
        // `#!/usr/bin/env lede` is a comment to the language already; nothing to strip.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try run(text, name: path, arguments: arguments)
    }

    /// Statements from a pipe: read line by line so a long input starts running at once, and a
    /// statement continued over lines (`|` at the end, open brackets or strings) is read whole.
    func runStandardInput() throws -> Int32 {
        let session = try makeSession(arguments: [])
        let printer = Printer(session: session)
        var pending = ""
        var line = 0
        var ok = true
        while let next = readLine(strippingNewline: true) {
            line += 1
            pending += pending.isEmpty ? next : "\n" + next
            if Continuation.of(pending) != nil { continue }
            // Errors do not stop piped input: each statement is reported and the rest runs.
            let source = String(repeating: "\n", count: line - pending.split(separator: "\n", omittingEmptySubsequences: false).count) + pending
            if !session.run(source, name: "<stdin>", emit: printer.emit) { ok = false }
            if printer.quitRequested { break }
            pending = ""
        }
        if !pending.isEmpty, !session.run(pending, name: "<stdin>", emit: printer.emit) { ok = false }
        return ok ? 0 : 1
    }

    func interactive() throws -> Int32 {
        let session = try makeSession(arguments: [])
        return REPL(session: session, version: Lede.version).run()
    }

    private func makeSession(arguments: [String]) throws -> Session {
        let session = plainSession(arguments: arguments)
        try store.attach(to: session)
        return session
    }

    /// A session with this command line's settings and no store.
    private func plainSession(arguments: [String]) -> Session {
        let session = Session(lexicons: lexicons)
        if let sandbox { session.enter(sandbox) }
        session.notebookWriter = { log in Notebook.markdown(title: "Lede session", cells: log.map { ($0.code, $0.output) }) }
        session.arguments = arguments
        session.settings.format = options.format
        session.settings.echo = options.echo
        return session
    }
}
