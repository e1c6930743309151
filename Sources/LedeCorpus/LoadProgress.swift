import Synchronization

/// How far a load has come, for a progress line: reported from the loading threads as files finish.
public struct LoadProgress: Sendable {
    public var files: Int
    public var totalFiles: Int
    /// Articles read so far (before duplicates are removed).
    public var articles: Int
    public var bytes: Int
    public var seconds: Double

    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
}

/// Counts finished files from many threads at once.
final class LoadCounter: Sendable {
    private let state = Mutex((files: 0, articles: 0, bytes: 0))
    let totalFiles: Int
    let started: ContinuousClock.Instant

    init(totalFiles: Int) {
        self.totalFiles = totalFiles
        self.started = .now
    }

    func add(_ file: LoadedFile) -> LoadProgress {
        let (files, articles, bytes) = state.withLock { s in
            s.files += 1
            s.articles += file.articles.count
            s.bytes += file.bytes
            return (s.files, s.articles, s.bytes)
        }
        let elapsed = ContinuousClock.now - started
        return LoadProgress(files: files, totalFiles: totalFiles, articles: articles, bytes: bytes,
                            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
