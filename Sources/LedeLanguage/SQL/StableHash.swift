import LedeStore

/// FNV-1a over the bytes of SQL values: the same in every process (Swift's `Hasher` is seeded
/// per run), so a fingerprint written into a store can be compared by the next session.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    mutating func add(_ text: String) {
        add(text.utf8)
        add([0xff])  // never in UTF-8: ends the text, so "ab","c" and "a","bc" differ
    }

    mutating func add(_ cell: SQLValue) {
        switch cell {
        case .null: add([0])
        case .integer(let n): add([1]); add(withUnsafeBytes(of: n.littleEndian, Array.init))
        case .real(let n): add([2]); add(withUnsafeBytes(of: n.bitPattern.littleEndian, Array.init))
        case .text(let s): add([3]); add(s)
        case .blob(let b): add([4]); add(b)
        }
    }

    var hex: String { String(value, radix: 16) }
}
