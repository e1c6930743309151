import Foundation

/// Turns file bytes into text: reads UTF-16 (Windows "Unicode" exports), drops a UTF-8 BOM, folds
/// CRLF and lone CR into LF, and falls back to Windows-1252 when the bytes are not valid UTF-8
/// (old exports such as BBC `sport/199.txt`).
enum TextDecoder {
    struct Decoded {
        var text: String
        /// How the bytes were read when not as UTF-8, for a note: "Windows-1252", "UTF-16LE".
        var encoding: String?
    }

    static func decode(_ raw: [UInt8]) -> Decoded {
        var encoding: String?
        var bytes = raw
        if let bigEndian = utf16(raw) {
            encoding = bigEndian ? "UTF-16BE" : "UTF-16LE"
            bytes = transcode(raw, bigEndian: bigEndian)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.offset(of: 13) != nil { bytes = foldLineEnds(bytes) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: encoding)
        }
        return Decoded(text: windows1252(bytes), encoding: "Windows-1252")
    }

    /// Bytes read as Windows-1252, the web's stand-in for Latin-1 and ASCII.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(windows1252(b)) }
        return String(scalars)
    }

    /// Whether the bytes are UTF-16, and big-endian: by a byte-order mark, or else by the zero
    /// high bytes Latin text has in every other byte of its start.
    static func utf16(_ raw: [UInt8]) -> Bool? {
        if raw.starts(with: [0xFF, 0xFE]) { return false }
        if raw.starts(with: [0xFE, 0xFF]) { return true }
        let pairs = min(raw.count, 4096) / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0, oddZeros = 0
        raw.withUnsafeBufferPointer { bytes in
            for i in 0..<pairs {
                if bytes[2 * i] == 0 { evenZeros += 1 }
                if bytes[2 * i + 1] == 0 { oddZeros += 1 }
            }
        }
        if oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs { return false }
        if evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs { return true }
        return nil
    }

    /// UTF-16 bytes as UTF-8, without the byte-order mark; broken surrogates become U+FFFD.
    private static func transcode(_ raw: [UInt8], bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2)
        var i = 0
        while i + 1 < raw.count {
            units.append(bigEndian ? UInt16(raw[i]) << 8 | UInt16(raw[i + 1]) : UInt16(raw[i + 1]) << 8 | UInt16(raw[i]))
            i += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    private static func foldLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13 {
                out.append(10)
                if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// 0x80...0x9F differ from Latin-1 (curly quotes, dashes, euro); undefined bytes keep their
    /// Latin-1 control code so no byte is lost.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(b) ? Unicode.Scalar(high[Int(b) - 0x80]) ?? "\u{FFFD}" : Unicode.Scalar(b)
    }
}

extension Array where Element == UInt8 {
    /// Where a byte first occurs; `memchr` keeps this fast even in debug builds, where the
    /// generic `firstIndex(of:)` costs a function call per byte.
    func offset(of byte: UInt8, from start: Int = 0) -> Int? {
        guard start >= 0, start < count else { return nil }
        return withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let hit = memchr(base + start, Int32(byte), raw.count - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }
}
