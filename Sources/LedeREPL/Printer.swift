import Foundation
import LedeCorpus
import LedeLanguage

/// Shows what a session produces: results on standard output in the session's format, status
/// and diagnostics on standard error.
public final class Printer {
    let session: Session
    public private(set) var quitRequested = false
    let terminal: Bool
    /// At the prompt, a long table stops after a screenful (unless `rows N` chose otherwise).
    let fitsScreen: Bool
    let progress: ProgressLine?

    public init(session: Session, fitsScreen: Bool = false) {
        self.session = session
        self.terminal = isatty(STDOUT_FILENO) != 0
        self.fitsScreen = fitsScreen
        self.progress = ProgressLine.attach(to: session)
        // The sandbox reads no environment variable: colour on a terminal, as without NO_COLOR.
        session.usesColor = terminal && (session.sandbox != nil || ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    public func emit(_ event: SessionEvent) {
        progress?.clear()
        switch event {
        case .table(let t):
            let text = Renderer.render(t, as: session.settings.format, style: style)
            // The table format writes out control characters itself, around its colours.
            Self.write(terminal && session.settings.format != .table ? text.escapingControlCharacters : text)
        case .text(let s):
            Self.write(s.hasSuffix("\n") ? s : s + "\n")
        case .status(let s):
            Self.error(s.escapingControlCharacters)
        case .diagnostic(let d):
            Self.error(DiagnosticRenderer.render(d))
        case .interrupted:
            Self.error(DiagnosticRenderer.render(Interrupted.diagnostic))
        case .quit:
            quitRequested = true
        }
    }

    /// At a terminal, tables fit its width; elsewhere (files, pipes) nothing is cut.
    var style: TableStyle {
        let settings = session.settings
        // At the prompt a long result shows one screenful; a script on a terminal gets 40 rows.
        return TableStyle(width: settings.width ?? (terminal ? Terminal.width() : .max),
                          maxRows: settings.rows ?? (terminal ? (fitsScreen ? max(5, Terminal.height() - 6) : 40) : .max),
                          maxCellWidth: terminal ? 60 : .max, color: session.usesColor)
    }

    public static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    public static func error(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}

/// The terminal's size, for fitting tables.
public enum Terminal {
    public static func width() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
    }

    public static func height() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return ProcessInfo.processInfo.environment["LINES"].flatMap(Int.init) ?? 40
    }
}
