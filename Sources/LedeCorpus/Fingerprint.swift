/// 64-bit FNV-1a over bytes: stable across runs and platforms (unlike `Hasher`), so article ids
/// and duplicate detection do not change between sessions.
struct Fingerprint: Hashable, Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    init<C: Collection>(_ bytes: C) where C.Element == UInt8 { add(bytes) }

    mutating func add<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        for b in bytes {
            value ^= UInt64(b)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    /// 16 hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
