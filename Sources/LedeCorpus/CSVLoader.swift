/// Loads a CSV/TSV table with a header row: one article per row.
enum CSVLoader {
    /// False when Ctrl-C stopped it between rows.
    static func load(_ bytes: [UInt8], path: String, file: String, into out: inout LoadedFile, cancellation: Cancellation = .never) -> Bool {
        guard let table = table(bytes, path: path, into: &out) else { return true }
        var records: [(fields: ArticleFields, content: Fingerprint, line: Int)] = []
        for row in table.rows {
            if cancellation.isCancelled { return false }
            guard row.fields.count <= table.header.count else {
                out.skipped.append(Diagnostic(
                    .error, "row has \(row.fields.count) fields but the header has \(table.header.count)",
                    at: SourceSpan(file: path, line: row.line, column: 1),
                    sourceLine: SourceSpan.lineText(bytes, line: row.line)))
                continue
            }
            let pairs = zip(table.header, row.fields).map { (key: $0, value: FieldValue.text($1)) }
            records.append((FieldMapping.fields(pairs), Fingerprint(bytes[row.range]), row.line))
        }
        out.addRecords(records, path: path, file: file, fileBytes: bytes)
        return true
    }

    /// The header and the data rows; an unterminated quote is reported and the rows before it kept.
    static func table(_ bytes: [UInt8], path: String, into out: inout LoadedFile)
        -> (header: [String], rows: ArraySlice<CSVReader.Row>)? {
        let (rows, error) = CSVReader.read(bytes, separator: CSVReader.separator(for: path, header: bytes))
        if let error {
            let span = SourceSpan(file: path, utf8: bytes, offset: error.offset)
            out.skipped.append(Diagnostic(
                .error, "unterminated quoted field: the quote opened here is never closed, so the rows from line \(span.line) on are skipped; \(rows.count > 1 ? "the \(LoadReport.grouped(rows.count - 1)) row\(rows.count == 2 ? "" : "s") before it loaded" : "no row before it")",
                at: span, sourceLine: SourceSpan.lineText(bytes, line: span.line),
                help: "double a quote inside a quoted field (\"\") or close the field with a quote"))
        }
        guard let header = rows.first else { return nil }
        return (header.fields.map { String($0.trimmed) }, rows.dropFirst())
    }
}
