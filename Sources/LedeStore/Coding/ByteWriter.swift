/// Writes the store's compact binary form: unsigned LEB128 varints, zigzag for signed numbers,
/// doubles as their bit pattern, and every string once per record in a table at the front
/// (speakers, cues, kinds and evidence repeat through an analysis).
struct ByteWriter {
    private(set) var bytes: [UInt8] = []
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        let v = Int64(value)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double?) {
        guard let value else { bytes.append(0); return }
        bytes.append(1)
        varint(value.bitPattern)
    }

    mutating func string(_ value: String) { varint(UInt64(intern(value)) + 1) }

    /// Nil as 0, so an optional costs nothing more than a string.
    mutating func string(_ value: String?) { varint(value.map { UInt64(intern($0)) + 1 } ?? 0) }

    mutating func array<T>(_ items: [T], _ write: (inout ByteWriter, T) -> Void) {
        varint(UInt64(items.count))
        for item in items { write(&self, item) }
    }

    private mutating func intern(_ text: String) -> Int {
        if let index = stringIndex[text] { return index }
        stringIndex[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// The string table, then what was written.
    var finished: [UInt8] {
        var head = ByteWriter()
        head.varint(UInt64(strings.count))
        for text in strings {
            head.varint(UInt64(text.utf8.count))
            head.bytes += text.utf8
        }
        return head.bytes + bytes
    }
}
