import Foundation

/// Turns file bytes into text: drops a UTF-8 BOM, folds CRLF and lone CR into LF, and falls back
/// to Windows-1252 when the bytes are not valid UTF-8 (old exports such as BBC `sport/199.txt`).
enum TextDecoder {
    struct Decoded {
        var text: String
        var wasWindows1252: Bool
    }

    static func decode(_ raw: [UInt8]) -> Decoded {
        var bytes = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
        if bytes.offset(of: 13) != nil { bytes = foldLineEnds(bytes) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, wasWindows1252: false)
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(windows1252(b)) }
        return Decoded(text: String(scalars), wasWindows1252: true)
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
        (0x80...0x9F).contains(b) ? Unicode.Scalar(high[Int(b) - 0x80])! : Unicode.Scalar(b)
    }
}

extension Array where Element == UInt8 {
    /// Where a byte first occurs; `memchr` keeps this fast even in debug builds, where the
    /// generic `firstIndex(of:)` costs a function call per byte.
    func offset(of byte: UInt8) -> Int? {
        withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let hit = memchr(base, Int32(byte), raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }
}
