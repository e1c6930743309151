import LedeCorpus

/// Cuts `kwic`'s lines from one body: the text between two UTF-8 offsets with each run of
/// white space as one space, and the scalar offset of a word. Text that is all ASCII, nearly
/// all of it, is cut from the bytes; other text is split into characters as Swift reads them,
/// so a mark joined to a space still goes with the space.
struct LineCutter {
    private var body: String
    private let ascii: Bool
    /// The last UTF-8 offset asked for as scalars, and its scalar offset: hits come in body
    /// order, so each is counted on from the one before instead of from the start.
    private var counted = (utf8: 0, scalars: 0)

    /// `ascii` tells that the body is all ASCII, so UTF-8 offsets are scalar offsets.
    init(_ body: String, ascii: Bool) {
        self.body = body
        self.ascii = ascii
    }

    /// The text from `from` to `to`, UTF-8 offsets on scalar boundaries, with white space
    /// collapsed and trimmed as `split(whereSeparator: \.isWhitespace).joined(separator: " ")`.
    mutating func text(_ from: Int, _ to: Int) -> String {
        body.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all[from..<to])
            return Self.collapsedASCII(bytes)
                ?? String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// The scalar offset of `offset`, a UTF-8 offset on a scalar boundary.
    mutating func scalarOffset(_ offset: Int) -> Int {
        if ascii { return offset }
        if offset < counted.utf8 { counted = (0, 0) }
        let from = counted.utf8
        let scalars = body.withUTF8 { all in UnsafeBufferPointer(rebasing: all[from..<offset]).scalarCount }
        counted = (offset, counted.scalars + scalars)
        return counted.scalars
    }

    /// ASCII `bytes` with each run of white space (tab to carriage return, space) as one space
    /// and none at either end; nil when a byte is not ASCII.
    static func collapsedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var gap = false
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    gap = count > 0
                } else {
                    if gap { out[count] = 0x20; count += 1; gap = false }
                    out[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
