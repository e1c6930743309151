import Foundation
import LedeLanguage

/// The interactive prompt.
public struct REPL {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// Runs until `quit` or end of input; returns the exit status.
    public func run() -> Int32 {
        let printer = Printer(session: session)
        var pending = ""
        while true {
            FileHandle.standardOutput.write(Data((pending.isEmpty ? "lede> " : "...\(Continuation.of(pending)?.symbol ?? "")> ").utf8))
            guard let line = readLine() else { break }
            pending += pending.isEmpty ? line : "\n" + line
            if Continuation.of(pending) != nil { continue }
            session.run(pending, name: "<prompt>", emit: printer.emit)
            pending = ""
            if printer.quitRequested { break }
        }
        return 0
    }
}
