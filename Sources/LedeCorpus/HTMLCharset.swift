import Foundation

/// How a saved page's bytes become text, as browsers decide it: a byte-order mark first, then the
/// charset its `<meta charset>` or `http-equiv` Content-Type declares, then UTF-8 when the bytes
/// are valid UTF-8, and Windows-1252 (what browsers read undeclared Latin pages as) otherwise.
enum HTMLCharset {
    /// The text, and a note for a reader when it was not read as plain UTF-8.
    static func decode(_ raw: [UInt8]) -> (text: String, note: String?) {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) || TextDecoder.utf16(raw) != nil {
            let decoded = TextDecoder.decode(raw)
            return (decoded.text, decoded.encoding.map { "decoded as \($0) (byte-order mark)" })
        }
        guard let charset = declared(raw) else {
            let decoded = TextDecoder.decode(raw)
            return (decoded.text, decoded.encoding.map { _ in "no charset declared and not valid UTF-8; decoded as Windows-1252" })
        }
        if ["utf-8", "utf8", "unicode-1-1-utf-8"].contains(charset) {
            let decoded = TextDecoder.decode(raw)
            return (decoded.text, decoded.encoding.map { _ in "declares UTF-8 but is not valid UTF-8; decoded as Windows-1252" })
        }
        // Browsers read all of these as Windows-1252 (the WHATWG Encoding standard's labels).
        if ["windows-1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252",
            "iso-8859-15", "iso_8859-1"].contains(charset) {
            return (TextDecoder.windows1252(raw), charset.contains("ascii") ? nil : "decoded as Windows-1252 (declared \(charset))")
        }
        if let encoding = foundationEncodings[charset], let text = String(data: Data(raw), encoding: encoding) {
            return (text, "decoded as \(charset) (declared)")
        }
        let decoded = TextDecoder.decode(raw)
        let how = decoded.encoding == nil ? "UTF-8" : "Windows-1252"
        return (decoded.text, "declared charset \(charset) is not supported; decoded as \(how)")
    }

    private static let foundationEncodings: [String: String.Encoding] = [
        "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251,
        "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254, "shift_jis": .shiftJIS,
        "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    ]

    /// The charset named in a `<meta>` tag in the page's first 4 KB, lower-cased: `<meta
    /// charset="utf-8">` or `<meta http-equiv="Content-Type" content="text/html; charset=...">`.
    static func declared(_ raw: [UInt8]) -> String? {
        // ASCII case folding on the bytes: a declaration is ASCII whatever the charset.
        let head = raw.prefix(4096).map { (65...90).contains($0) ? $0 + 32 : $0 }
        var start = 0
        while let meta = find(Array("<meta".utf8), in: head, from: start) {
            let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let tag = Array(head[meta..<end])
            if let at = find(Array("charset".utf8), in: tag, from: 0) {
                var index = at + 7
                while index < tag.count, [32, 9, 10, 13].contains(tag[index]) { index += 1 }
                if index < tag.count, tag[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < tag.count, [32, 9, 10, 13, 34, 39].contains(tag[index]) { index += 1 }
                    let name = tag[index...].prefix { byte in
                        (97...122).contains(byte) || (48...57).contains(byte) || [45, 95, 46, 58].contains(byte)
                    }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                }
            }
            start = end
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
