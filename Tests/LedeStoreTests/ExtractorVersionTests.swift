import Foundation
import LedeCorpus
import LedeExtract
@testable import LedeStore
import Testing

/// A store reads back an analysis only while `Extractor.version` and the lexicons are those that
/// wrote it, so the version must change whenever the extractor reads the same text differently.
/// This pins what it reads from the repository's sample articles to the version: a change in
/// extraction without a new version fails here instead of serving stale rows from users' stores.
@Suite struct ExtractorVersionTests {
    @Test func theVersionChangesWhenWhatIsExtractedDoes() {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Notebooks/samples").standardized.path
        var corpus = Corpus()
        _ = corpus.load([samples])
        #expect(corpus.articles.count >= 10, "the sample articles are in Notebooks/samples")
        let extractor = Extractor()
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for article in corpus.articles.sorted(by: { $0.path < $1.path }) {
            for byte in extractor.analyze(article).encoded {
                digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let pinned = "\(Extractor.version) \(String(digest, radix: 16))"
        #expect(pinned == Self.pinned, """
            extraction of Notebooks/samples changed: bump `Extractor.version` (unless only the \
            lexicons changed, which the store's fingerprint covers) and set `pinned` to "\(pinned)"
            """)
    }

    /// `Extractor.version` and the digest of the sample articles' analyses it gives.
    static let pinned = "2 318aebec9cb3278a"
}
