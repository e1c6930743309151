import Foundation
@testable import LedeLanguage
import LedeCorpus
import LedeExtract

/// A session whose variable `t` holds a small table of known values, and helpers that run
/// programs on it and collect what they print.
final class Fixture {
    /// The folder holding Package.swift.
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { dir.deleteLastPathComponent() }
        return dir
    }()

    /// `../shared/PATH` beside the project, when it is there.
    static func shared(_ path: String) -> String? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    let session = Session(analyze: { _ in Analysis() })
    var tables: [Table] = []
    var errors: [Diagnostic] = []
    var texts: [String] = []
    var statuses: [String] = []

    static let schema = Schema([
        Column("outlet", .text), Column("words", .number), Column("date", .date), Column("speaker", .text),
        Column("tags", .list),
    ])

    init() {
        func day(_ d: Int) -> Value { .date(Day(year: 2022, month: 3, day: d)!) }
        session.define("t", Table(Self.schema, rows: [
            [.text("fox"), .number(300), day(14), .text("Lijian Zhao"), .list([.text("war")])],
            [.text("nyt"), .number(1200), day(12), .text("Jake Sullivan"), .list([])],
            [.text("fox"), .number(500), day(13), .null, .list([.text("china"), .text("war")])],
            [.text("hpo"), .number(800), day(14), .text("Hua Chunying"), .list([])],
            [.null, .number(100), .null, .text("zhao"), .list([])],
        ]))
    }

    /// Runs `program`; returns whether it succeeded.
    @discardableResult
    func run(_ program: String) -> Bool {
        var tables: [Table] = [], errors: [Diagnostic] = [], texts: [String] = [], statuses: [String] = []
        let ok = session.run(program, name: "test.lede") { event in
            switch event {
            case .table(let t): tables.append(t)
            case .diagnostic(let d): errors.append(d)
            case .interrupted: errors.append(Interrupted.diagnostic)
            case .text(let s): texts.append(s)
            case .status(let s): statuses.append(s)
            case .quit: break
            }
        }
        self.tables = tables
        self.errors = errors
        self.texts = texts
        self.statuses = statuses
        return ok
    }

    /// The last result's rows as plain text cells.
    var rows: [[String]] { tables.last?.rows.map { $0.map(\.plain) } ?? [] }

    /// The first error, rendered as a person sees it.
    var errorText: String? { errors.first.map(DiagnosticRenderer.render) }
}
