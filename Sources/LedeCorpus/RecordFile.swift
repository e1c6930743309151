import Foundation

/// A table of records that are not articles, read from JSON (an array of objects), JSON Lines,
/// CSV or TSV: daily losses to set figures against, a mapping of category names. Fields keep
/// the order they are first seen in; cells stay text, for the language to type by column.
public struct RecordFile: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case list([String])
    }

    public var fields: [String] = []
    /// One row per record, a cell per field; nil where the record has no value.
    public var rows: [[Cell?]] = []
    /// Records that could not be read; the rest still load.
    public var problems: [Diagnostic] = []

    public static let formats = ["json", "jsonl", "csv", "tsv"]

    /// Reads the file; fails when it cannot be read, has an unknown extension or holds no record.
    public static func read(_ path: String, access: FileAccess = .unrestricted) -> Result<RecordFile, Diagnostic> {
        let format = PathExpander.format(of: path)
        guard formats.contains(format) else {
            return .failure(PathExpander.problem(path, "cannot read a table from a .\(format) file; use JSON, JSON Lines, CSV or TSV"))
        }
        let bytes: [UInt8]
        switch SourceFile.read(path, access: access) {
        case .success(let b)?: bytes = Array(TextDecoder.decode(b).text.utf8)
        case .failure(let d)?: return .failure(d)
        case nil: return .failure(PathExpander.problem(path, "stopped (Ctrl-C) while reading this file"))
        }
        var file = RecordFile()
        if format == "csv" || format == "tsv" { file.readDelimited(bytes, path: path) } else { file.readJSON(bytes, path: path) }
        guard !file.rows.isEmpty else {
            return .failure(file.problems.first ?? PathExpander.problem(path, "this file holds no records"))
        }
        return .success(file)
    }

    private mutating func readDelimited(_ bytes: [UInt8], path: String) {
        var read = LoadedFile()
        defer { problems += read.skipped }
        guard let (header, records) = CSVLoader.table(bytes, path: path, into: &read) else { return }
        fields = header
        rows = records.map { record in
            header.indices.map { i in i < record.fields.count && !record.fields[i].isEmpty ? .text(record.fields[i]) : nil }
        }
    }

    private mutating func readJSON(_ bytes: [UInt8], path: String) {
        var parser = JSONParser(bytes)
        var lines = LineCounter(bytes)
        var column: [String: Int] = [:]
        while !parser.atEnd {
            let records: [(value: JSONValue, range: Range<Int>)]
            do { records = try parser.nextRecords() } catch {
                problems.append(JSONLoader.diagnostic(error, bytes: bytes, path: path))
                parser.skipLine(after: error.offset)
                continue
            }
            for (value, range) in records {
                guard case .object(let members) = value else {
                    problems.append(Diagnostic(.error, "expected an object (one record)",
                                               at: SourceSpan(file: path, line: lines.line(at: range.lowerBound), column: 1)))
                    continue
                }
                var row: [Cell?] = Array(repeating: nil, count: fields.count)
                for member in members {
                    guard let cell = JSONLoader.fieldValue(member.value).map(Self.cell) else { continue }
                    let i = column[member.key] ?? {
                        fields.append(member.key)
                        column[member.key] = fields.count - 1
                        return fields.count - 1
                    }()
                    if i >= row.count { row += Array(repeating: nil, count: i - row.count + 1) }
                    row[i] = cell
                }
                rows.append(row)
            }
        }
        rows = rows.map { $0 + Array(repeating: nil, count: fields.count - $0.count) }
    }

    private static func cell(_ value: FieldValue) -> Cell {
        switch value {
        case .text(let s): .text(s)
        case .list(let items): .list(items.map(\.text))
        }
    }
}
