import Foundation
import LedeCorpus
import LedeLanguage
import Synchronization

/// A long load's or extraction's progress on standard error (how many, MB/s, for an extraction
/// the time left), redrawn in place on one line once it has taken half a second, and only when
/// standard error is a terminal.
final class ProgressLine: Sendable {
    /// When the line was last drawn, and whether it is on the screen now.
    private let state = Mutex((drawnAt: 0.0, visible: false))

    /// Shows `session`'s loads, when standard error is a terminal.
    static func attach(to session: Session) -> ProgressLine? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        let line = ProgressLine()
        session.loadProgress = { line.show($0) }
        session.extractionProgress = { line.show($0) }
        return line
    }

    func show(_ p: LoadProgress) {
        guard due(p.seconds) else { return }
        let mbps = String(format: "%.1f", p.megabytesPerSecond)
        Self.write("\r\u{1B}[Kloading: \(LoadReport.grouped(p.files)) of \(LoadReport.grouped(p.totalFiles)) files, \(LoadReport.grouped(p.articles)) articles, \(mbps) MB/s")
    }

    func show(_ p: ExtractionProgress) {
        guard due(p.seconds) else { return }
        let mbps = String(format: "%.1f", p.megabytesPerSecond)
        let left = p.secondsLeft.map { ", \(Self.timeLeft($0)) left" } ?? ""
        Self.write("\r\u{1B}[Kextracting: \(LoadReport.grouped(p.articles)) of \(LoadReport.grouped(p.totalArticles)) articles, \(mbps) MB/s\(left) (Ctrl-C stops, keeping what is done)")
    }

    /// Whether to draw now: after half a second, at most ten times a second.
    private func due(_ seconds: Double) -> Bool {
        guard seconds >= 0.5 else { return false }
        return state.withLock { s in
            guard seconds - s.drawnAt >= 0.1 else { return false }
            s = (seconds, true)
            return true
        }
    }

    /// "about 1 min 20 s", "about 12 s", "under 1 s".
    static func timeLeft(_ seconds: Double) -> String {
        let whole = seconds.isFinite ? Int(min(max(seconds, 0), 1e9).rounded()) : 0
        return whole >= 60 ? "about \(whole / 60) min \(whole % 60) s" : whole >= 1 ? "about \(whole) s" : "under 1 s"
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
