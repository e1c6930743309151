/// A read-only table keyed by words, for the look-ups the extractor makes for nearly every
/// token. FNV-1a over the UTF-8 bytes with open addressing costs a few dozen instructions a
/// look-up; `Set<String>` and `Dictionary`, with Swift's seeded SipHash, took several hundred
/// (callgrind over 200 BBC articles).
///
/// Answers as a dictionary keyed by `String` would: Swift compares strings by canonical
/// equivalence ("é" written as one scalar or as "e" and a combining accent), which a hash of the
/// bytes cannot see, so a word with a byte outside ASCII is looked up among the keys that have
/// one in such a dictionary. (Only a word equal to an ASCII key through a singleton such as
/// KELVIN SIGN for "K" would be missed; the readers look up lowercased words, where it is "k".)
struct WordTable<Value: Sendable>: Sendable {
    /// The words, each once, in the order first given.
    private(set) var keys: [String] = []
    private var values: [Value] = []
    private var hashes: [UInt32] = []
    /// Entry index + 1 for each slot, 0 when empty; a power of two at least twice the entries.
    private var slots: [Int32] = [0]
    private var mask = 0
    /// Entry index of each key with a byte outside ASCII: words with such a byte are looked up here.
    private var byString: [String: Int] = [:]

    /// A table of `pairs`; a key given twice keeps its last value, as a dictionary's assignment does.
    init(_ pairs: some Sequence<(String, Value)>) {
        let pairs = Array(pairs)
        var size = 1
        while size < 2 * pairs.count { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (key, value) in pairs {
            let (h, ascii) = Self.hash(key)
            if let e = ascii ? asciiEntry(key, h) : byString[key] { values[e] = value; continue }
            var slot = Int(h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            if !ascii { byString[key] = keys.count }
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

    @inline(__always) private func entry(_ word: String) -> Int? {
        if keys.isEmpty { return nil }
        let (h, ascii) = Self.hash(word)
        return ascii ? asciiEntry(word, h) : byString[word]
    }

    /// The entry of an all-ASCII `word` whose hash is `h`: such strings are equal when their bytes are.
    @inline(__always) private func asciiEntry(_ word: String, _ h: UInt32) -> Int? {
        var slot = Int(h) & mask
        while true {
            let e = Int(slots[slot])
            if e == 0 { return nil }
            if hashes[e - 1] == h && keys[e - 1] == word { return e - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the string's contiguous bytes (iterating `utf8` costs about six times as much),
    /// and whether every byte is ASCII.
    @inline(__always) private static func hash(_ word: String) -> (hash: UInt32, ascii: Bool) {
        func fnv(_ bytes: some Sequence<UInt8>) -> (hash: UInt32, ascii: Bool) {
            var h: UInt32 = 2_166_136_261
            var high: UInt8 = 0
            for byte in bytes {
                h = (h ^ UInt32(byte)) &* 16_777_619
                high |= byte
            }
            return (h, high < 0x80)
        }
        return word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
    }
}

/// A set of words with `WordTable`'s look-up.
typealias WordSet = WordTable<Bool>

extension WordTable where Value == Bool {
    init(_ words: some Sequence<String>) { self.init(words.lazy.map { ($0, true) }) }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral pairs: (String, Value)...) { self.init(pairs) }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Bool {
    init(arrayLiteral words: String...) { self.init(words) }
}
