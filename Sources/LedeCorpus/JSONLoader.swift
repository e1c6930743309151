import Foundation

/// Loads a JSON object, an array of objects, or JSON Lines: one article per object.
enum JSONLoader {
    /// False when Ctrl-C stopped it between records.
    static func load(_ bytes: [UInt8], path: String, file: String, into out: inout LoadedFile, cancellation: Cancellation = .never) -> Bool {
        var parser = JSONParser(bytes)
        var objects: [(value: JSONValue, range: Range<Int>)] = []
        var documents = 0
        let jsonLines = PathExpander.format(of: path) == "jsonl"
        while !parser.atEnd {
            if cancellation.isCancelled { return false }
            do {
                objects += try parser.nextRecords()
                documents += 1
            } catch {
                out.skipped.append(diagnostic(error, bytes: bytes, path: path))
                // In JSON Lines one broken line loses that line; in plain JSON the rest is unreadable.
                guard jsonLines || documents > 0 else { break }
                parser.skipLine(after: error.offset)
            }
        }
        var records: [(fields: ArticleFields, content: Fingerprint, line: Int)] = []
        var lines = LineCounter(bytes)
        for (value, range) in objects {
            if cancellation.isCancelled { return false }
            let line = lines.line(at: range.lowerBound)
            guard case .object(let members) = value else {
                out.skipped.append(Diagnostic(.error, "expected an object (one article) but found \(kind(value))",
                                              at: SourceSpan(file: path, line: line, column: 1)))
                continue
            }
            let pairs = members.compactMap { m in fieldValue(m.value).map { (key: m.key, value: $0) } }
            records.append((FieldMapping.fields(pairs), Fingerprint(bytes[range]), line))
        }
        out.addRecords(records, path: path, file: file, fileBytes: bytes)
        return true
    }

    static func diagnostic(_ error: JSONSyntaxError, bytes: [UInt8], path: String) -> Diagnostic {
        let span = SourceSpan(file: path, utf8: bytes, offset: error.offset)
        return Diagnostic(.error, "invalid JSON: \(error.message)", at: span,
                          sourceLine: SourceSpan.lineText(bytes, line: span.line))
    }

    /// Nested objects keep their JSON text; nulls are dropped.
    static func fieldValue(_ value: JSONValue) -> FieldValue? {
        switch value {
        case .string(let s), .number(let s): return .text(s)
        case .bool(let b): return .text(b ? "true" : "false")
        case .null: return nil
        case .array(let items): return .list(items.compactMap(fieldValue))
        case .object: return .text(compact(value))
        }
    }

    private static func compact(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .number(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(compact).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { compact(.string($0.key)) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        }
    }

    private static func kind(_ value: JSONValue) -> String {
        switch value {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
