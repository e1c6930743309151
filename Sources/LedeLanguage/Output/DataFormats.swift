import Foundation

/// CSV, TSV, JSON, JSON Lines and Markdown: every row and every character, for other programs.
enum DataFormats {
    static func csv(_ t: Table, separator: Character) -> String {
        func field(_ v: Value) -> String {
            let s = v.plain
            if separator == "\t" { return s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var lines = [t.schema.names.map { field(.text($0)) }.joined(separator: String(separator))]
        lines += t.rows.map { $0.map(field).joined(separator: String(separator)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func jsonLines(_ t: Table) -> String {
        t.rows.map { object(t.schema.names, $0) }.joined(separator: "\n") + (t.count == 0 ? "" : "\n")
    }

    static func json(_ t: Table) -> String {
        "[" + t.rows.map { "\n  " + object(t.schema.names, $0) }.joined(separator: ",") + (t.count == 0 ? "]\n" : "\n]\n")
    }

    static func markdown(_ t: Table) -> String {
        func cell(_ v: Value) -> String { v.plain.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["| " + t.schema.names.joined(separator: " | ") + " |",
                     "|" + t.schema.columns.map { $0.type == .number ? " ---: |" : " --- |" }.joined()]
        lines += t.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func object(_ names: [String], _ row: [Value]) -> String {
        "{" + zip(names, row).map { "\(string($0)): \(json($1))" }.joined(separator: ", ") + "}"
    }

    static func json(_ v: Value) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let n): n.isFinite ? Value.format(n) : "null"
        case .text(let s): string(s)
        case .date(let d): string(d.description)
        case .list(let items): "[" + items.map(json).joined(separator: ", ") + "]"
        }
    }

    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
