/// 64-bit FNV-1a over bytes: stable across runs and platforms (unlike `Hasher`), so article ids
/// and duplicate detection do not change between sessions.
public struct Fingerprint: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// A fingerprint kept as its value (by a store).
    public init(value: UInt64) { self.value = value }

    public init(_ bytes: ArraySlice<UInt8>) { add(bytes) }

    public init(_ bytes: [UInt8]) { add(bytes[...]) }

    /// Concrete slices rather than a generic collection: the loop stays fast in debug builds too.
    public mutating func add(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { buffer in
            for b in buffer {
                value ^= UInt64(b)
                value &*= 0x0000_0100_0000_01b3
            }
        }
    }

    /// 16 hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
