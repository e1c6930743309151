/// Slice K of N of a set of files, by a hash of each file's bytes (`lede extract --shard K/N`):
/// workers on different machines agree on it whatever the paths, and every file falls in
/// exactly one slice.
public struct LoadSlice: Sendable, Hashable {
    /// 0-based.
    public let index: Int
    public let count: Int

    /// Reads "K/N" (1-based K, 1 ≤ K ≤ N); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k - 1
        count = n
    }

    public func contains(_ bytes: [UInt8]) -> Bool {
        Fingerprint(bytes).value % UInt64(count) == UInt64(index)
    }
}
