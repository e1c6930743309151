import Foundation
import Testing
import LedeStore

/// The SQLite side of `StoreDatabase`: values round-trip, transactions are all or nothing.
@Suite struct SQLiteDatabaseTests {
    @Test func valuesRoundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try SQLiteDatabase(path: folder.file("t.db"))
        try db.execute("CREATE TABLE t (a, b, c, d, e)", [])
        let row: [SQLValue] = [.null, .integer(-7), .real(2.5), .text("Zoë “quoted”"), .blob([0, 1, 255])]
        try db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", row)
        #expect(try db.query("SELECT a, b, c, d, e FROM t", []) == [row])
        #expect(db.dialect == .sqlite)
    }

    @Test func rowsHandedOneByOneAreTheRowsOfTheQuery() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try SQLiteDatabase(path: folder.file("t.db"))
        try db.execute("CREATE TABLE t (a, b)", [])
        try db.execute("INSERT INTO t VALUES (1, 'x'), (2, NULL), (3, 'z')", [])
        var rows: [[SQLValue]] = []
        try db.forEachRow("SELECT a, b FROM t WHERE a > ? ORDER BY a", [.integer(1)]) { rows.append($0) }
        #expect(rows == [[.integer(2), .null], [.integer(3), .text("z")]])
        #expect(try rows == db.query("SELECT a, b FROM t WHERE a > ? ORDER BY a", [.integer(1)]))
    }

    @Test func aTransactionThatThrowsLeavesNothing() throws {
        struct Halfway: Error {}
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try SQLiteDatabase(path: folder.file("t.db"))
        try db.execute("CREATE TABLE t (a)", [])
        #expect(throws: Halfway.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (?)", [.integer(1)])
                throw Halfway()
            }
        }
        #expect(try db.query("SELECT count(*) FROM t", []) == [[.integer(0)]])
        try db.transaction {
            try db.execute("INSERT INTO t VALUES (?)", [.integer(1)])
            try db.transaction { try db.execute("INSERT INTO t VALUES (?)", [.integer(2)]) }
        }
        #expect(try db.query("SELECT count(*) FROM t", []) == [[.integer(2)]])
    }

    @Test func errorsNameTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("t.db")
        let db = try SQLiteDatabase(path: path)
        let error = #expect(throws: StoreError.self) { try db.query("SELECT * FROM missing", []) }
        #expect(error?.message.hasPrefix(path) == true)
        #expect(error?.message.contains("no such table") == true)
    }
}
