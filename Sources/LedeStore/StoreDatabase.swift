/// The SQL a store speaks: the two backends differ in placeholders, upserts and a few types.
public enum SQLDialect: String, Sendable { case sqlite, postgresql }

/// One value bound to a placeholder or read out of a row.
public enum SQLValue: Sendable, Hashable { case null, integer(Int64), real(Double), text(String), blob([UInt8]) }

/// A database a corpus is kept in. Calls are synchronous (the REPL is synchronous); the PostgreSQL one bridges to postgres-nio's async API internally.
public protocol StoreDatabase: AnyObject, Sendable {
    var dialect: SQLDialect { get }
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]]
    /// Hands each row to `body` as it is read, keeping none: a load reads hundreds of megabytes
    /// of bodies, which are made into articles without a second copy of every row in between.
    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: ([SQLValue]) throws -> Void) throws
    /// Runs `body` in one transaction: all of it lands or none.
    func transaction(_ body: () throws -> Void) throws
}

extension StoreDatabase {
    /// Over `query`, for a backend that receives all rows at once anyway (a server's reply).
    public func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: ([SQLValue]) throws -> Void) throws {
        for row in try query(sql, arguments) { try body(row) }
    }
}

extension SQLValue {
    /// The integer held, or nil for any other value.
    public var integer: Int64? { if case .integer(let v) = self { v } else { nil } }
    /// The text held, or nil for any other value.
    public var text: String? { if case .text(let v) = self { v } else { nil } }
    /// The bytes held, or nil for any other value.
    public var blob: [UInt8]? { if case .blob(let v) = self { v } else { nil } }
}
