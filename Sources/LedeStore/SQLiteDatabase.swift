import Foundation
import GRDB

/// A store in one SQLite file, through GRDB. Write-ahead logging and a busy timeout let several
/// sessions share the file: readers never wait for a writer, and a second writer waits its turn
/// instead of failing.
public final class SQLiteDatabase: StoreDatabase {
    public let dialect = SQLDialect.sqlite
    /// The file, as the user named it: every error says it.
    public let path: String
    private let queue: DatabaseQueue

    /// Opens or creates the file. It is not changed until something is written, so a file that
    /// is no Lede store is refused (by `CorpusStore`) before anything touches it.
    public init(path: String) throws {
        self.path = path
        // Checked before SQLite opens it, so nothing of another file is ever touched.
        if let handle = FileHandle(forReadingAtPath: path) {
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            guard header.isEmpty || header == Data("SQLite format 3\u{0}".utf8) else {
                throw StoreError("\(path): not an SQLite database; expected a Lede store or a new file name; it was left as it was")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "lede-store"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError("\(path): cannot open as an SQLite database (\(Self.reason(error)))")
        }
    }

    public func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try run(sql) { db in try db.execute(sql: sql, arguments: Self.arguments(arguments)) }
    }

    public func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] {
        var rows: [[SQLValue]] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    public func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: ([SQLValue]) throws -> Void) throws {
        try run(sql) { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: Self.arguments(arguments))
            while let row = try cursor.next() { try body(row.databaseValues.map(Self.value)) }
        }
    }

    /// An immediate transaction: it takes the write lock at once, so another process's writer
    /// makes it wait (the busy timeout) rather than fail half-way. A savepoint inside a
    /// transaction already open, so transactions nest.
    public func transaction(_ body: () throws -> Void) throws {
        do {
            try queue.unsafeReentrantWrite { db in
                let run = { () throws -> Database.TransactionCompletion in
                    try body()
                    return .commit
                }
                if db.isInsideTransaction { try db.inSavepoint(run) } else { try db.inTransaction(.immediate, run) }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError("\(path): a transaction failed (\(Self.reason(error)))")
        }
    }

    /// Reentrant, so that `execute` and `query` work inside `transaction`'s body on the same
    /// connection and see what it wrote.
    private func run<T>(_ sql: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.unsafeReentrantWrite(body)
        } catch let error as DatabaseError {
            throw StoreError("\(path): \(Self.reason(error)) in `\(sql.abridged)`")
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.resultCode == .SQLITE_NOTADB ? "not an SQLite database" : (error.message ?? "\(error.resultCode)")
        }
        return "\(error)"
    }

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .null: .null
            case .integer(let v): v.databaseValue
            case .real(let v): v.databaseValue
            case .text(let v): v.databaseValue
            case .blob(let v): Data(v).databaseValue
            }
        })
    }

    private static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let v): .integer(v)
        case .double(let v): .real(v)
        case .string(let v): .text(v)
        case .blob(let v): .blob([UInt8](v))
        }
    }
}
