import Foundation
import LedeCorpus
import Testing
@testable import LedeLanguage
import LedeStore

/// The backends the language test suite runs on: Lede's own engine, and pipelines pushed down
/// into SQLite and PostgreSQL. Each gives a session on the sample articles.
enum PushdownBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, postgresql

    var testDescription: String { rawValue }

    static let samples = Fixture.root.appendingPathComponent("Notebooks/samples").path

    /// Why this backend cannot run here, or nil when it can.
    var unavailable: String? {
        switch self {
        case .memory, .sqlite: nil
        case .postgresql:
            ProcessInfo.processInfo.environment["LEDE_TEST_POSTGRES"] == nil
                ? "PostgreSQL backend skipped: set LEDE_TEST_POSTGRES to a server's URL to run it" : nil
        }
    }

    /// A fresh database of this backend, or nil for the in-memory engine.
    func database() throws -> (any StoreDatabase)? {
        switch self {
        case .memory: return nil
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-pushdown-\(UUID().uuidString).sqlite").path
            return try SQLiteDatabase(path: path)
        case .postgresql:
            return try ProcessInfo.processInfo.environment["LEDE_TEST_POSTGRES"].map { try PostgresDatabase(url: $0) }
        }
    }

    /// Drops the query tables a session wrote, so that a shared database (the PostgreSQL test
    /// server, which the store's tests use too) is left as it was found.
    static func dropQueryTables(of session: Session) throws {
        try session.sqlBackend?.dropQueryTables()
    }

    /// A session in memory and one on this backend, both with the samples loaded; nil, with
    /// the reason printed, when this backend is not there.
    func sessionsToCompare() throws -> (memory: Session, pushed: Session)? {
        if let unavailable {
            print(unavailable)
            return nil
        }
        return (try PushdownBackend.memory.session(), try session())
    }

    /// A session with the samples loaded, running pipelines on this backend.
    func session() throws -> Session {
        let session = Session()
        session.run("load \"\(Self.samples)\"") { _ in }
        if let database = try database() { session.sqlBackend = SQLBackend(database: database) }
        return session
    }
}

/// Runs one statement and returns everything it printed, tables as CSV, errors as shown.
func transcript(_ session: Session, _ statement: String) -> String {
    var out: [String] = []
    session.run(statement, name: "test.lede") { event in
        switch event {
        case .table(let t): out.append(Renderer.render(t, as: .csv) + "--\n" + Renderer.render(t, as: .table))
        case .text(let s), .status(let s): out.append(s)
        case .diagnostic(let d): out.append(DiagnosticRenderer.render(d))
        case .interrupted: out.append("interrupted")
        case .quit: break
        }
    }
    return out.joined(separator: "\n")
}
