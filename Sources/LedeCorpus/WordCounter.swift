/// Counts words the way readers do: runs of letters, digits, apostrophes and hyphens inside a word.
public enum WordCounter {
    public static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8(count(utf8:))
    }

    /// Counts over the UTF-8 bytes: ASCII is classified from the byte itself and only other
    /// scalars are decoded and looked up, so counting every body at load runs near the speed of
    /// reading the bytes (it was the largest part of a load when it walked `unicodeScalars`).
    static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var inWord = false
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let isWordChar: Bool, joins: Bool
            if lead < 0x80 {
                let folded = lead | 0x20
                isWordChar = (folded >= 0x61 && folded <= 0x7A) || (lead >= 0x30 && lead <= 0x39)
                joins = lead == 0x27 || lead == 0x2D
                i += 1
            } else {
                let (scalar, width) = decode(bytes, at: i)
                isWordChar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                joins = scalar == "\u{2019}"
                i += width
            }
            if isWordChar {
                if !inWord { words += 1 }
                inWord = true
            } else if !(inWord && joins) {
                inWord = false
            }
        }
        return words
    }

    /// The scalar whose lead byte is at `i` of valid UTF-8, and its width in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + width <= bytes.count else { return ("\u{FFFD}", bytes.count - i) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
