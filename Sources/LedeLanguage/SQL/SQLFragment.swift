import LedeStore

/// A piece of SQL with the values of its `?` placeholders, in the order they appear, so pieces
/// can be nested and joined without renumbering anything.
struct SQLFragment: Sendable {
    var sql: String
    var arguments: [SQLValue]

    init(_ sql: String, _ arguments: [SQLValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// One placeholder bound to `value`.
    static func argument(_ value: SQLValue) -> SQLFragment { SQLFragment("?", [value]) }

    static func + (a: SQLFragment, b: SQLFragment) -> SQLFragment {
        SQLFragment(a.sql + b.sql, a.arguments + b.arguments)
    }

    static func + (a: SQLFragment, b: String) -> SQLFragment { SQLFragment(a.sql + b, a.arguments) }
    static func + (a: String, b: SQLFragment) -> SQLFragment { SQLFragment(a + b.sql, b.arguments) }

    /// The parts one after another with `separator` between them.
    static func joined(_ parts: [SQLFragment], separator: String) -> SQLFragment {
        SQLFragment(parts.map(\.sql).joined(separator: separator), parts.flatMap(\.arguments))
    }

    /// In brackets: operands of operators are always bracketed, so precedence never matters.
    var bracketed: SQLFragment { "(" + self + ")" }
}
