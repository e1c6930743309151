/// Line and whitespace helpers that scan UTF-8 rather than `Character`s: loading thousands of
/// files spends most of its time here. They work on `Substring` (not `StringProtocol`) so the
/// optimiser always has concrete code to work with.
extension Substring {
    /// Lines split on "\n" (line ends are already folded to "\n" by `TextDecoder`).
    var lines: [Substring] {
        // The newlines are found on the contiguous bytes; stepping `utf8` index by index was
        // most of the time a load spent here.
        let newlines = utf8.withContiguousStorageIfAvailable(Self.newlineOffsets)
            ?? Array(utf8).withUnsafeBufferPointer(Self.newlineOffsets)
        var result: [Substring] = []
        result.reserveCapacity(newlines.count + 1)
        var start = startIndex
        for offset in newlines {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(self[start..<end])
            start = utf8.index(after: end)
        }
        result.append(self[start..<endIndex])
        return result
    }

    private static func newlineOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var offsets: [Int] = []
        for (i, b) in bytes.enumerated() where b == 10 { offsets.append(i) }
        return offsets
    }

    /// The text without leading and trailing white space (including no-break spaces).
    var trimmed: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }

    var isBlank: Bool { unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}

extension String {
    var lines: [Substring] { self[...].lines }
    var trimmed: Substring { self[...].trimmed }
    var isBlank: Bool { self[...].isBlank }
}

/// Splits free text into paragraphs, the way news text is laid out.
enum ParagraphSplitter {
    /// Blank lines separate paragraphs and the lines inside one are joined with a space; text
    /// without any blank line but with several lines has one paragraph per line. A block is only
    /// joined when it reads as wrapped: a line longer than `wrapWidth` before its last line means
    /// the text was never wrapped, so each of its lines is a paragraph (news saved with a blank
    /// line after the headline and none between the paragraphs).
    static func split(_ text: String) -> [String] {
        blocks(text.lines[...]).map { block in block.map { String($0.trimmed) }.joined(separator: " ") }
    }

    /// Groups trimmed, non-empty lines into paragraphs (each a list of lines), by the rule above.
    static func blocks(_ all: ArraySlice<Substring>) -> [[Substring]] {
        // Blank lines at the start and end separate nothing.
        guard let first = all.firstIndex(where: { !$0.isBlank }), let last = all.lastIndex(where: { !$0.isBlank }) else { return [] }
        let lines = all[first...last]
        let hasBlankLine = lines.contains { $0.isBlank }
        var blocks: [[Substring]] = []
        var current: [Substring] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else if hasBlankLine {
                current.append(line.trimmed)
            } else {
                blocks.append([line.trimmed])
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks.flatMap { block in
            block.dropLast().contains { $0.count > wrapWidth } ? block.map { [$0] } : [block]
        }
    }

    /// Lines of wrapped text are at most about this long (72 to 80 columns, in practice).
    static let wrapWidth = 100
}
