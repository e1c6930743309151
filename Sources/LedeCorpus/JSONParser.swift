/// A JSON value with object keys in source order (`JSONSerialization` loses the order, and the
/// order of a record's extra fields is part of what a load reports).
indirect enum JSONValue {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
}

/// Where and why JSON text stopped being JSON.
struct JSONSyntaxError: Error {
    var offset: Int
    var message: String
}

/// A small JSON parser over UTF-8 bytes that reports the first error by byte offset. It reads a
/// sequence of top-level values, so one parser serves both JSON and JSON Lines.
struct JSONParser {
    private let bytes: [UInt8]
    private var offset = 0
    private var depth = 0
    /// Deeper nesting is refused rather than recursed into, so hostile input cannot overflow the stack.
    static let maxDepth = 512

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool {
        mutating get { skipSpace(); return offset >= bytes.count }
    }

    /// The next top-level value's records with the byte range of each: the items of an array, or
    /// the value itself.
    mutating func nextRecords() throws(JSONSyntaxError) -> [(value: JSONValue, range: Range<Int>)] {
        skipSpace()
        let start = offset
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "[") { return try parseArrayItems() }
        let value = try parseValue()
        return [(value, start..<offset)]
    }

    /// After an error in JSON Lines: carry on at the next line.
    mutating func skipLine(after position: Int) {
        offset = position
        while offset < bytes.count && bytes[offset] != 10 { offset += 1 }
    }

    private mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 32, 9, 10, 13: offset += 1
            default: return
            }
        }
    }

    private func fail(_ expected: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message: "expected \(expected) but found \(found)")
    }

    private var found: String {
        guard offset < bytes.count else { return "end of file" }
        var end = offset + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        skipSpace()
        guard offset < bytes.count else { throw fail("a value") }
        guard depth < Self.maxDepth else {
            throw JSONSyntaxError(offset: offset, message: "nested more than \(Self.maxDepth) levels deep")
        }
        depth += 1
        defer { depth -= 1 }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return .array(try parseArrayItems().map(\.value))
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return parseNumber()
        default: throw fail("a value")
        }
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        guard bytes[offset...].starts(with: word.utf8) else { throw fail("a value") }
        offset += word.utf8.count
        return value
    }

    private mutating func parseNumber() -> JSONValue {
        let start = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "e"), UInt8(ascii: "E"): offset += 1
            default: return .number(String(decoding: bytes[start..<offset], as: UTF8.self))
            }
        }
        return .number(String(decoding: bytes[start..<offset], as: UTF8.self))
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        offset += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(members) }
        while true {
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw fail("a string key") }
            let key = try parseString()
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw fail("':' after the key") }
            offset += 1
            members.append((key, try parseValue()))
            skipSpace()
            guard offset < bytes.count else { throw fail("',' or '}'") }
            if bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(members) }
            guard bytes[offset] == UInt8(ascii: ",") else { throw fail("',' or '}'") }
            offset += 1
        }
    }

    private mutating func parseArrayItems() throws(JSONSyntaxError) -> [(value: JSONValue, range: Range<Int>)] {
        offset += 1
        var items: [(value: JSONValue, range: Range<Int>)] = []
        skipSpace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") { offset += 1; return items }
        while true {
            skipSpace()
            let start = offset
            let value = try parseValue()
            items.append((value, start..<offset))
            skipSpace()
            guard offset < bytes.count else { throw fail("',' or ']'") }
            if bytes[offset] == UInt8(ascii: "]") { offset += 1; return items }
            guard bytes[offset] == UInt8(ascii: ",") else { throw fail("',' or ']'") }
            offset += 1
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = offset
        offset += 1
        var start = offset
        var out: [UInt8] = []
        while true {
            offset = plainRun(from: offset)
            guard offset < bytes.count else { break }
            out += bytes[start..<offset]
            if bytes[offset] == UInt8(ascii: "\"") {
                offset += 1
                return String(decoding: out, as: UTF8.self)
            }
            try unescape(into: &out)
            start = offset
        }
        offset = open
        throw JSONSyntaxError(offset: open, message: "unterminated string")
    }

    /// The end of a run of string bytes without quote or backslash; scanned through a buffer
    /// pointer because strings are most of a JSON file's bytes.
    private func plainRun(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var i = start
            while i < buffer.count && buffer[i] != 0x22 && buffer[i] != 0x5C { i += 1 }
            return i
        }
    }

    /// Decodes the escape at `offset` (a backslash), surrogate pairs included.
    private mutating func unescape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        offset += 1
        guard offset < bytes.count else { throw fail("an escape character") }
        let simple: UInt8
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = bytes[offset]
        case UInt8(ascii: "b"): simple = 8
        case UInt8(ascii: "f"): simple = 12
        case UInt8(ascii: "n"): simple = 10
        case UInt8(ascii: "r"): simple = 13
        case UInt8(ascii: "t"): simple = 9
        case UInt8(ascii: "u"): simple = 0
        default: throw fail("an escape character")
        }
        offset += 1
        guard simple == 0 else { out.append(simple); return }
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code), bytes[offset...].starts(with: "\\u".utf8) {
            offset += 2
            let low = try hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + ((low &- 0xDC00) & 0x3FF)
        }
        out += Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count,
              let v = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
        else { throw fail("four hex digits") }
        offset += 4
        return v
    }
}
