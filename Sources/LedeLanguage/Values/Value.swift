import LedeCorpus

/// One cell of a table. Nulls are explicit: a missing outlet is `.null`, never "".
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case text(String)
    case date(Day)
    case list([Value])

    public var type: ValueType {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .text: .text
        case .date: .date
        case .list: .list
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }
    /// Null, or text or a list with nothing in it: a value that tells nothing.
    public var isEmpty: Bool {
        switch self {
        case .null: true
        case .text(let s): s.isEmpty
        case .list(let items): items.isEmpty
        default: false
        }
    }

    public var number: Double? { if case .number(let n) = self { n } else { nil } }
    public var text: String? { if case .text(let s) = self { s } else { nil } }
    public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }

    public init(_ s: String?) { self = s.map(Value.text) ?? .null }
    public init(_ n: Double?) { self = n.map(Value.number) ?? .null }
    public init(_ n: Int) { self = .number(Double(n)) }
    public init(_ d: Day?) { self = d.map(Value.date) ?? .null }

    /// Plain text for output: numbers without a trailing ".0", dates in ISO, null as empty.
    public var plain: String {
        switch self {
        case .null: ""
        case .bool(let b): b ? "true" : "false"
        case .number(let n): Value.format(n)
        case .text(let s): s
        case .date(let d): d.description
        case .list(let items): items.map(\.plain).joined(separator: ", ")
        }
    }

    static func format(_ n: Double) -> String {
        if n.isNaN { return "NaN" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        var s = String(format: "%.6f", n)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}

/// Ordering used by `sort`, `min`, `max`: nulls last, then by type, then by value.
extension Value: Comparable {
    public static func < (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, _): return false
        case (_, .null): return true
        case (.number(let x), .number(let y)): return x < y
        case (.text(let x), .text(let y)): return x.lowercased() < y.lowercased()
        case (.date(let x), .date(let y)): return x < y
        case (.bool(let x), .bool(let y)): return !x && y
        case (.list(let x), .list(let y)): return x.lexicographicallyPrecedes(y)
        default: return a.type.rank < b.type.rank
        }
    }
}

/// Static types the checker reasons about. `any` is what it cannot know before running.
public enum ValueType: String, Sendable, Hashable, CustomStringConvertible {
    case null, bool, number, text, date, list, any

    public var description: String { rawValue }

    /// The article in front of the type name in messages: "a number", "an article".
    public var withArticle: String {
        switch self {
        case .any: "any value"
        case .null: "null"
        default: "a \(rawValue)"
        }
    }

    var rank: Int {
        switch self {
        case .bool: 0
        case .number: 1
        case .date: 2
        case .text: 3
        case .list: 4
        case .any: 5
        case .null: 6
        }
    }

    /// True when a value of type `self` can stand where `other` is expected.
    public func fits(_ other: ValueType) -> Bool {
        self == other || self == .any || other == .any || self == .null
    }
}
