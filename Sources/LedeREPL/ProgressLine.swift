import Foundation
import LedeCorpus
import LedeLanguage
import Synchronization

/// A long load's progress on standard error (files, articles, MB/s), redrawn in place on one
/// line once the load has taken half a second, and only when standard error is a terminal.
final class ProgressLine: Sendable {
    /// When the line was last drawn, and whether it is on the screen now.
    private let state = Mutex((drawnAt: 0.0, visible: false))

    /// Shows `session`'s loads, when standard error is a terminal.
    static func attach(to session: Session) -> ProgressLine? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        let line = ProgressLine()
        session.loadProgress = { line.show($0) }
        return line
    }

    func show(_ p: LoadProgress) {
        guard p.seconds >= 0.5 else { return }
        let due = state.withLock { s in
            guard p.seconds - s.drawnAt >= 0.1 else { return false }
            s = (p.seconds, true)
            return true
        }
        guard due else { return }
        let mbps = String(format: "%.1f", p.megabytesPerSecond)
        Self.write("\r\u{1B}[Kloading: \(LoadReport.grouped(p.files)) of \(LoadReport.grouped(p.totalFiles)) files, \(LoadReport.grouped(p.articles)) articles, \(mbps) MB/s")
    }

    /// Removes the line before anything else is printed.
    func clear() {
        let visible = state.withLock { s in
            defer { s.visible = false }
            return s.visible
        }
        if visible { Self.write("\r\u{1B}[K") }
    }

    private static func write(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }
}
