import LedeCorpus

/// A table loaded with `load table "FILE" as NAME`: rows that are not articles (daily losses, a
/// mapping of names), typed by column: a column is numbers, dates or true/false when every value
/// in it reads as one, lists when the file gave lists, and text otherwise.
enum ReferenceTable {
    static func table(_ file: RecordFile, name: String) -> Table {
        let types = file.fields.indices.map { i in columnType(file.rows.compactMap { $0[i] }) }
        let schema = Schema(zip(file.fields, types).map { Column($0, $1, "from the loaded table") }, table: name)
        let rows = file.rows.map { row in zip(row, types).map { cell, type in value(cell, as: type) } }
        return Table(schema, rows: rows)
    }

    static func columnType(_ cells: [RecordFile.Cell]) -> ValueType {
        var texts: [String] = []
        for cell in cells {
            switch cell {
            case .list: return .list
            case .text(let s): texts.append(s)
            }
        }
        if texts.isEmpty { return .text }
        if texts.allSatisfy({ Double($0) != nil }) { return .number }
        if texts.allSatisfy({ Day(iso: Substring($0)) != nil }) { return .date }
        if texts.allSatisfy({ $0 == "true" || $0 == "false" }) { return .bool }
        return .text
    }

    static func value(_ cell: RecordFile.Cell?, as type: ValueType) -> Value {
        switch cell {
        case nil: return .null
        case .list(let items)?: return .list(items.map(Value.text))
        case .text(let s)?:
            switch type {
            case .number: return Value(Double(s))
            case .date: return Value(Day(iso: Substring(s)))
            case .bool: return .bool(s == "true")
            default: return .text(s)
            }
        }
    }
}
