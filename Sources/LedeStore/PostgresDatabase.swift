import Foundation
import PostgresNIO

/// A store in a PostgreSQL database, through postgres-nio: one connection, driven synchronously
/// by waiting on its futures (the REPL and the extract workers are synchronous). A lock keeps one
/// statement, or one transaction, on the connection at a time.
public final class PostgresDatabase: StoreDatabase, @unchecked Sendable {
    public let dialect = SQLDialect.postgresql
    /// The URL without its password: every error says it.
    public let name: String
    private let connection: PostgresConnection
    private let logger: Logger
    // Recursive: `execute` and `query` inside `transaction`'s body run under the lock it holds.
    private let lock = NSRecursiveLock()
    private var depth = 0

    /// Connects to `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require]`.
    public init(url: String) throws {
        let address = try PostgresAddress(url)
        name = address.name
        var logger = Logger(label: "lede-store")
        logger.logLevel = .critical
        self.logger = logger
        do {
            let tls: PostgresConnection.Configuration.TLS = address.requiresTLS
                ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
            let configuration = PostgresConnection.Configuration(
                host: address.host, port: address.port, username: address.user,
                password: address.password, database: address.database, tls: tls)
            connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration,
                id: 1, logger: logger).wait()
        } catch {
            throw StoreError("\(name): cannot connect (\(Self.reason(error))); expected a PostgreSQL server at \(address.host):\(address.port)")
        }
    }

    deinit { try? connection.close().wait() }

    public func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        _ = try run(sql, arguments)
    }

    public func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] {
        try run(sql, arguments).map { row in row.map(Self.value) }
    }

    /// A savepoint inside a transaction already open, so transactions nest.
    public func transaction(_ body: () throws -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        let savepoint = depth > 0 ? "lede_\(depth)" : nil
        try execute(savepoint.map { "SAVEPOINT \($0)" } ?? "BEGIN", [])
        depth += 1
        do {
            try body()
            depth -= 1
            try execute(savepoint.map { "RELEASE SAVEPOINT \($0)" } ?? "COMMIT", [])
        } catch {
            depth -= 1
            try? execute(savepoint.map { "ROLLBACK TO SAVEPOINT \($0)" } ?? "ROLLBACK", [])
            throw error
        }
    }

    private func run(_ sql: String, _ arguments: [SQLValue]) throws -> [PostgresRow] {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .integer(let v): bindings.append(v)
            case .real(let v): bindings.append(v)
            case .text(let v): bindings.append(v)
            case .blob(let v): bindings.append(ByteBuffer(bytes: v))
            }
        }
        let query = PostgresQuery(unsafeSQL: Self.numberingPlaceholders(sql), binds: bindings)
        lock.lock()
        defer { lock.unlock() }
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw StoreError("\(name): \(Self.reason(error)) in `\(sql.abridged)`")
        }
    }

    /// `?` placeholders as PostgreSQL's `$1`, `$2`, …, leaving string literals, quoted names and
    /// comments alone.
    static func numberingPlaceholders(_ sql: String) -> String {
        var out = ""
        var number = 0
        var quote: Character?
        var comment = false
        var previous: Character?
        for c in sql {
            defer { previous = c }
            if comment {
                if c == "\n" { comment = false }
            } else if let open = quote {
                if c == open { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "-" && previous == "-" {
                comment = true
            } else if c == "?" {
                number += 1
                out += "$\(number)"
                continue
            }
            out.append(c)
        }
        return out
    }

    private static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return (try? cell.decode(Int64.self)).map(SQLValue.integer) ?? .null
        case .float4, .float8: return (try? cell.decode(Double.self)).map(SQLValue.real) ?? .null
        // `sum` and `avg` over integers give numeric.
        case .numeric: return (try? cell.decode(Decimal.self)).map { .real(NSDecimalNumber(decimal: $0).doubleValue) } ?? .null
        case .bool: return (try? cell.decode(Bool.self)).map { .integer($0 ? 1 : 0) } ?? .null
        case .bytea: return cell.bytes.map { .blob(Array($0.readableBytesView)) } ?? .null
        default: return (try? cell.decode(String.self)).map(SQLValue.text) ?? .null
        }
    }

    /// The server's own message when there is one: `PSQLError`'s description hides it.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }
}
