import Testing
@testable import LedeLanguage

/// Every table through the `LedeTable` protocol, on the sample articles: its schema and its rows
/// come from one declaration, so they agree; its rows point back where it says; its shown
/// columns exist; its help example runs.
@Suite struct TableProtocolTests {
    @Test(arguments: Tables.names) func schemaRowsAndOrigins(_ name: String) throws {
        let session = CompareSupport.loaded(Fixture.root.appendingPathComponent("Notebooks/samples").path)
        let table = try #require(Tables.byName[name])
        let rows = try table.table(session)
        #expect(rows.schema.table == name, "a schema knows its table")
        #expect(rows.schema.columns.map(\.name) == table.schema(for: session.articles).columns.map(\.name))
        #expect(!rows.rows.isEmpty, "the samples give \(name) rows")
        #expect(rows.rows.allSatisfy { $0.count == rows.schema.columns.count })
        if let kind = table.rowOrigin {
            #expect(rows.origins.count == rows.rows.count)
            #expect(rows.origins.allSatisfy { $0.kind == kind })
        }
        for column in table.shownColumns { #expect(rows.schema.index(of: column) != nil, "\(name) shows \(column)") }
        for example in table.help.examples {
            var failed: [String] = []
            session.run(example) { if case .diagnostic(let d) = $0, d.severity == .error { failed.append(d.message) } }
            #expect(failed.isEmpty, "\(example): \(failed)")
        }
    }
}
