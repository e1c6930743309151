extension SourceSpan {
    /// The 1-based line and column (in Unicode scalars, as editors count) of a byte offset into
    /// UTF-8 text.
    init(file: String, utf8 bytes: [UInt8], offset: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 10 {
            line += 1
            lineStart = i + 1
        }
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        self.init(file: file, line: line, column: column)
    }

    /// The text of the line this span points into, for the caret display.
    static func lineText(_ bytes: [UInt8], line: Int) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.lines
        return line <= lines.count ? String(lines[line - 1]) : ""
    }
}

/// Line numbers for increasing byte offsets, counted once over the text.
struct LineCounter {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func line(at target: Int) -> Int {
        while offset < min(target, bytes.count) {
            if bytes[offset] == 10 { line += 1 }
            offset += 1
        }
        return line
    }
}
