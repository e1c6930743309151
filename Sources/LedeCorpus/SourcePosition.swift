extension SourceSpan {
    /// The 1-based line and column (in Unicode scalars, as editors count) of a byte offset into
    /// UTF-8 text.
    init(file: String, utf8 bytes: [UInt8], offset: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        while let newline = bytes.offset(of: 10, from: lineStart), newline < end {
            line += 1
            lineStart = newline + 1
        }
        let column = 1 + bytes[lineStart..<end].withUnsafeBufferPointer(\.scalarCount)
        self.init(file: file, line: line, column: column)
    }

    /// The text of the line this span points into, for the caret display. Only that line is
    /// decoded: a file with thousands of broken records asks for thousands of lines.
    static func lineText(_ bytes: [UInt8], line: Int) -> String {
        var start = 0
        for _ in 1..<max(line, 1) {
            guard let newline = bytes.offset(of: 10, from: start) else { return "" }
            start = newline + 1
        }
        let end = bytes.offset(of: 10, from: start) ?? bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
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
