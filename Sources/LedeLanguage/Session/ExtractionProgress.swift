import Foundation
import Synchronization

/// How far an extraction has come, for a progress line: reported from the extracting threads
/// as articles finish.
public struct ExtractionProgress: Sendable {
    public var articles: Int
    public var totalArticles: Int
    public var bytes: Int
    public var seconds: Double

    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
    /// Seconds left at the rate so far, once there is a rate.
    public var secondsLeft: Double? {
        guard articles > 0, seconds > 0 else { return nil }
        return seconds / Double(articles) * Double(totalArticles - articles)
    }
}

/// Counts finished articles from many threads at once and reports every 64th, so a large
/// extraction reports often enough for a progress line and takes the lock rarely for itself.
final class ProgressCounter: Sendable {
    private let state = Mutex((articles: 0, bytes: 0))
    private let total: Int
    private let started = ContinuousClock.now
    private let report: (@Sendable (ExtractionProgress) -> Void)?

    init(total: Int, report: (@Sendable (ExtractionProgress) -> Void)?) {
        self.total = total
        self.report = report
    }

    func add(bytes: Int) {
        guard let report else { return }
        let (articles, allBytes) = state.withLock { s in
            s.articles += 1
            s.bytes += bytes
            return (s.articles, s.bytes)
        }
        guard articles & 63 == 0 || articles == total else { return }
        let elapsed = ContinuousClock.now - started
        report(ExtractionProgress(articles: articles, totalArticles: total, bytes: allBytes,
                                  seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
    }
}
