import LedeCorpus
import LedeExtract

/// Names what made an analysis: the extractor's version and a hash of every lexicon entry in
/// use. Analyses are stored under it, so new lexicons or a new extractor extract again and
/// never read rows another one wrote.
public enum ExtractorFingerprint {
    /// "v1-" and 16 hex digits, e.g. "v1-9c2e5a0f13d4b7e8".
    public static func of(_ lexicons: Lexicons) -> String {
        var hash = Fingerprint()
        for name in lexicons.names {
            hash.add(Array("\u{1}\(name)".utf8)[...])
            for entry in lexicons.list(name) { hash.add(Array("\u{0}\(entry)".utf8)[...]) }
        }
        return "v\(Extractor.version)-\(hash.hex)"
    }
}
