/// Reads CSV/TSV (RFC 4180: quoted fields may hold separators, doubled quotes and newlines) and
/// says where a quote was left open, which CSV libraries do not.
struct CSVReader {
    struct Row {
        var fields: [String]
        /// 1-based line the row starts on.
        var line: Int
        var range: Range<Int>
    }

    struct UnterminatedQuote: Error {
        /// Byte offset of the opening quote.
        var offset: Int
    }

    /// Rows read before an unterminated quote are returned along with the error; blank lines are
    /// skipped.
    static func read(_ bytes: [UInt8], separator: UInt8) -> (rows: [Row], error: UnterminatedQuote?) {
        let quote = UInt8(ascii: "\""), newline: UInt8 = 10
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0, line = 1, rowLine = 1, rowStart = 0
        func endRow(at end: Int) {
            if fields.count > 0 || !field.isEmpty {
                fields.append(String(decoding: field, as: UTF8.self))
                rows.append(Row(fields: fields, line: rowLine, range: rowStart..<end))
            }
            fields = []
            field = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == quote && field.isEmpty {
                let open = i
                i += 1
                while true {
                    guard i < bytes.count else { return (rows, UnterminatedQuote(offset: open)) }
                    if bytes[i] == quote {
                        if i + 1 < bytes.count && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                        i += 1
                        break
                    }
                    if bytes[i] == newline { line += 1 }
                    field.append(bytes[i])
                    i += 1
                }
            } else if b == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
                i += 1
            } else if b == newline {
                endRow(at: i)
                i += 1
                line += 1
                rowLine = line
                rowStart = i
            } else {
                field.append(b)
                i += 1
            }
        }
        endRow(at: i)
        return (rows, nil)
    }

    /// Tab for `.tsv`, and for any table whose header has tabs but no commas.
    static func separator(for path: String, header bytes: [UInt8]) -> UInt8 {
        if PathExpander.format(of: path) == "tsv" { return 9 }
        let firstLine = bytes.prefix { $0 != 10 }
        return firstLine.contains(9) && !firstLine.contains(UInt8(ascii: ",")) ? 9 : UInt8(ascii: ",")
    }
}
