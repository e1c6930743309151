/// A read-only table keyed by words, for the look-ups the extractor makes for nearly every
/// token. FNV-1a over the UTF-8 bytes with open addressing costs a few dozen instructions a
/// look-up; `Set<String>` and `Dictionary`, with Swift's seeded SipHash, took several hundred
/// (callgrind over 200 BBC articles).
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var values: [Value] = []
    private var hashes: [UInt32] = []
    /// Entry index + 1 for each slot, 0 when empty; a power of two at least twice the entries.
    private var slots: [Int32] = [0]
    private var mask = 0

    /// A table of `pairs`; a key given twice keeps its last value, as a dictionary's assignment does.
    init(_ pairs: some Sequence<(String, Value)>) {
        let pairs = Array(pairs)
        var size = 1
        while size < 2 * pairs.count { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (key, value) in pairs {
            let h = Self.hash(key)
            var slot = Int(h) & mask
            while slots[slot] != 0, keys[Int(slots[slot]) - 1] != key { slot = (slot + 1) & mask }
            if slots[slot] != 0 { values[Int(slots[slot]) - 1] = value; continue }
            keys.append(key)
            values.append(value)
            hashes.append(h)
            slots[slot] = Int32(truncatingIfNeeded: keys.count)
        }
    }

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    subscript(word: String) -> Value? { entry(word).map { values[$0] } }

    func contains(_ word: String) -> Bool { entry(word) != nil }

    private func entry(_ word: String) -> Int? {
        if keys.isEmpty { return nil }
        let h = Self.hash(word)
        var slot = Int(h) & mask
        while true {
            let e = Int(slots[slot])
            if e == 0 { return nil }
            if hashes[e - 1] == h && keys[e - 1] == word { return e - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Over the string's contiguous bytes: iterating `utf8` costs about six times as much.
    @inline(__always) private static func hash(_ word: String) -> UInt32 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt32 {
            var h: UInt32 = 2_166_136_261
            for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
            return h
        }
        return word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
    }
}

/// A set of words with `WordTable`'s look-up.
typealias WordSet = WordTable<Bool>

extension WordTable where Value == Bool {
    init(_ words: some Sequence<String>) { self.init(words.lazy.map { ($0, true) }) }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Bool {
    init(arrayLiteral words: String...) { self.init(words) }
}
