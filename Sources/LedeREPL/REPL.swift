import Foundation
import LedeCorpus
import LedeLanguage

/// The interactive prompt: reads statements with line editing, history and completion, runs them
/// in the session, and survives Ctrl-C. Session commands (`help`, `schema quotes`, `vars`,
/// `format csv`, `timer on`, `save "f.lede"`, `clear`, `quit`) are statements of the language,
/// so the prompt needs no command parser of its own.
public struct REPL {
    let session: Session
    let version: String

    public init(session: Session, version: String) {
        self.session = session
        self.version = version
    }

    /// The one line the prompt opens with.
    public static func greeting(version: String) -> String {
        "Lede \(version): `help` lists what you can do, `quit` or Ctrl-D leaves."
    }

    /// Runs until `quit` or Ctrl-D; returns the exit status.
    public func run() -> Int32 {
        // Without a UTF-8 locale libedit drops every non-ASCII character typed; the sandbox
        // names one rather than reading LANG and LC_* from the environment.
        setlocale(LC_ALL, session.sandbox != nil ? "C.UTF-8" : "")
        let printer = Printer(session: session, fitsScreen: true)
        Printer.error(Self.greeting(version: version))
        let interrupts = Interrupts.install(cancelling: session.cancellation)
        // The sandbox keeps history in memory only: no start-up file read, nothing written outside it.
        let history = History(path: session.sandbox != nil ? nil : History.defaultPath(environment: ProcessInfo.processInfo.environment))
        let completions = SessionCompletionData(session: session)
        let editor = LineEditor(interrupts: interrupts) { Completer.complete(line: $0, cursor: $1, data: completions) }
        var pending = ""
        while true {
            editor.pending = pending
            switch editor.read(prompt: Self.prompt(continuing: pending)) {
            case .interrupted:
                pending = ""
                Printer.write("\n")
            case .end:
                Printer.write("\n")
                return 0
            case .line(let line):
                pending = pending.isEmpty ? line : pending + "\n" + line
                if Continuation.of(pending) != nil { continue }
                let statement = pending
                pending = ""
                guard !statement.allSatisfy(\.isWhitespace) else { continue }
                history.add(statement.trimmingCharacters(in: .whitespaces))
                run(statement, printer: printer)
                _ = interrupts.take()
                completions.invalidate()
                if printer.quitRequested { return 0 }
            }
        }
    }

    /// Runs one entry; an interruption is reported with what it stopped and what is kept.
    func run(_ statement: String, printer: Printer) {
        session.run(statement, name: "<prompt>") { event in
            if case .interrupted = event {
                printer.progress?.clear()
                Printer.error(Self.interrupted(statement, articles: session.articles.count, color: session.usesColor))
            } else {
                printer.emit(event)
            }
        }
    }

    static func interrupted(_ statement: String, articles: Int, color: Bool) -> String {
        let first = statement.split(separator: "\n").first.map(String.init) ?? statement
        let shown = DisplayWidth.truncate(first, to: 60) + (first == statement ? "" : " ...")
        let what = "interrupted: `\(shown)` stopped"
        let kept = "; everything before it is kept (\(LoadReport.grouped(articles)) article\(articles == 1 ? "" : "s") loaded)"
        return (color ? Colors.yellow + what + Colors.reset : what) + kept
    }

    /// `lede> `, or while a statement continues, a prompt naming what is open: `  ...(> `,
    /// `  ..."> `, `  ...|> `.
    public static func prompt(continuing pending: String) -> String {
        guard !pending.isEmpty, let open = Continuation.of(pending) else { return "lede> " }
        return "  ...\(open.symbol)> "
    }
}
