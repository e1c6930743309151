/// Reads what `ByteWriter` wrote. Bad bytes (a truncated or foreign blob) throw, never trap.
struct ByteReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    private var strings: [String] = []

    /// Reads the string table at the front.
    init(_ bytes: [UInt8]) throws(Malformed) {
        self.bytes = bytes
        let count = try length()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let size = try length()
            strings.append(String(decoding: bytes[offset..<(offset + size)], as: UTF8.self))
            offset += size
        }
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func varint() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw Malformed()
    }

    mutating func int() throws(Malformed) -> Int {
        let v = try varint()
        let decoded = Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
        guard let result = Int(exactly: decoded) else { throw Malformed() }
        return result
    }

    mutating func bool() throws(Malformed) -> Bool {
        guard offset < bytes.count else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func double() throws(Malformed) -> Double? {
        try bool() ? Double(bitPattern: try varint()) : nil
    }

    mutating func string() throws(Malformed) -> String {
        guard let text = try optionalString() else { throw Malformed() }
        return text
    }

    mutating func optionalString() throws(Malformed) -> String? {
        let reference = try varint()
        guard reference > 0 else { return nil }
        guard reference <= UInt64(strings.count) else { throw Malformed() }
        return strings[Int(reference - 1)]
    }

    mutating func array<T>(_ read: (inout ByteReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try length()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try read(&self)) }
        return items
    }

    /// A count or size, checked against the bytes left so a bad one cannot ask for huge memory.
    private mutating func length() throws(Malformed) -> Int {
        let value = try varint()
        guard value <= UInt64(bytes.count - offset) else { throw Malformed() }
        return Int(value)
    }
}
