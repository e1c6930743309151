/// What the rows of one text column allow SQL to do exactly as Lede does, learnt while they
/// are written: a predicate is pushed down only where the profile says it means the same.
struct SQLColumnProfile: Sendable, Hashable {
    /// Every value is ASCII: `~` is ASCII case folding, which SQL's `lower` does too. Elsewhere
    /// Lede also ignores diacritics and folds all of Unicode, which SQL does not do alike.
    var ascii = true
    /// Every value is in composed form: text equal in Lede (canonically equivalent) has equal
    /// bytes, so `=`, `group by` and `distinct` can compare bytes.
    var composed = true
    /// Every value is short enough to keep a sort key for (`sort`, `<`); long texts (bodies,
    /// sentences) are not sorted in SQL, to keep the tables small.
    var keyed = true

    /// The longest text, in bytes, given a sort key.
    static let longestKeyed = 512

    /// Learns one value of the column.
    mutating func add(_ value: Value) {
        switch value {
        case .text(let s): add(text: s)
        case .list(let items): for case .text(let s) in items { add(text: s) }
        default: break
        }
    }

    private mutating func add(text: String) {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        ascii = ascii && isASCII
        if composed, !isASCII { composed = SQLCell.isComposed(text) }
        keyed = keyed && text.utf8.count <= Self.longestKeyed
    }

    /// Written into the store beside a table's fingerprint: three letters, `y` or `n`.
    var code: String { [ascii, composed, keyed].map { $0 ? "y" : "n" }.joined() }

    init() {}

    init?(code: Substring) {
        let flags = code.map { $0 == "y" }
        guard flags.count == 3 else { return nil }
        (ascii, composed, keyed) = (flags[0], flags[1], flags[2])
    }
}
