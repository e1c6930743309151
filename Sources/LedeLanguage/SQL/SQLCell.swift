import Foundation
import LedeCorpus
import LedeStore

/// How one `Value` is kept in a SQL column and read back, and the sort key that orders text
/// in SQL as Lede orders it.
enum SQLCell {
    /// The SQL value of `value`; nil when it has no exact form (a list holding anything but text).
    static func encode(_ value: Value) -> SQLValue? {
        switch value {
        case .null: return .null
        case .bool(let b): return .integer(b ? 1 : 0)
        case .number(let n): return .real(n)
        case .text(let s): return .text(s)
        case .date(let d): return .integer(Int64(d.ordinal))
        case .list(let items):
            let texts = items.compactMap(\.text)
            guard texts.count == items.count, let data = try? JSONEncoder().encode(texts) else { return nil }
            return .text(String(decoding: data, as: UTF8.self))
        }
    }

    /// The value of type `type` that `cell` holds, as `encode` wrote it or as an expression or
    /// aggregate computed it; nil when the cell cannot be one.
    static func decode(_ cell: SQLValue, as type: ValueType) -> Value? {
        switch (type, cell) {
        case (_, .null): return .null
        case (.number, .real(let n)): return .number(n)
        case (.number, .integer(let n)): return .number(Double(n))
        case (.text, .text(let s)): return .text(s)
        case (.bool, .integer(let n)): return .bool(n != 0)
        case (.date, .integer(let n)):
            guard let ordinal = Int(exactly: n), ordinals.contains(ordinal) else { return nil }
            return .date(Day(ordinal: ordinal))
        case (.list, .text(let json)):
            guard let texts = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else { return nil }
            return .list(texts.map(Value.text))
        default: return nil
        }
    }

    /// The ordinals of the days Lede reads; a cell beyond them is no date Lede wrote.
    private static let ordinals = (Day(year: Day.years.lowerBound, month: 1, day: 1)?.ordinal ?? 0)
        ... (Day(year: Day.years.upperBound, month: 12, day: 31)?.ordinal ?? 0)

    /// What orders text as `Value`'s `<` does (lower case, compared as Swift compares strings:
    /// composed code points), so a byte-wise comparison of keys in SQL agrees with Lede.
    /// Text of plain letters and punctuation is composed already: Foundation's mapping, run for
    /// every text cell a query table holds, was a quarter of the first query after a load from a store.
    static func sortKey(_ text: String) -> String {
        let lower = text.lowercased()
        return isPlain(lower) ? lower : lower.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` is in composed form already, so equal texts have equal bytes in SQL.
    static func isComposed(_ text: String) -> Bool {
        isPlain(text) || text.utf8.elementsEqual(text.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Whether every character is one that no normal form changes: below the combining marks
    /// (U+0300), where nothing composes, or news text's dashes, quotation marks and ellipsis.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 } || text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }
    }
}
