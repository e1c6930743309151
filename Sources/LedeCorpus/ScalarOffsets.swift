/// A text's Unicode scalars with the UTF-8 offset of each, and of the end: scanners index by
/// scalar (the unit offsets count in) and cut strings by copying bytes.
public struct ScalarOffsets: Sendable {
    public let scalars: [Unicode.Scalar]
    /// `scalars.count + 1` byte offsets; the last is the text's UTF-8 length.
    public let bytes: [Int]

    public init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var bytes: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        bytes.reserveCapacity(text.utf8.count + 1)
        var byte = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            bytes.append(byte)
            byte += UTF8.width(s)
        }
        bytes.append(byte)
        self.scalars = scalars
        self.bytes = bytes
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The number of Unicode scalars in these UTF-8 bytes: each byte that does not continue a
    /// scalar (10xxxxxx) starts one. The count is at most the bytes' length, so it adds without
    /// overflow checks.
    public var scalarCount: Int { reduce(0) { $0 &+ ($1 & 0xC0 == 0x80 ? 0 : 1) } }
}

extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes: `unicodeScalars.count` steps
    /// index by index, which was a twentieth of a load where every paragraph is measured.
    public var scalarCount: Int {
        var text = self
        return text.withUTF8(\.scalarCount)
    }
}
