import Testing
@testable import LedeLanguage

/// Built tables keep their cells column by column (`StoredColumn`) and verbs keep views of
/// them (`TableStorage`): every way of reading them must give the rows they were built from.
@Suite struct ColumnStorageTests {
    /// A number column with nulls, text with nulls first, a column of numbers turning to text,
    /// lists, and a column of nulls only.
    static let rows: [[Value]] = [
        [.number(3), .null, .number(1), .list([.text("a")]), .null],
        [.null, .text("Blair"), .number(2.5), .list([]), .null],
        [.number(-0.0), .text("blair"), .text("two"), .list([.text("a")]), .null],
        [.number(3), .text("Blair"), .null, .null, .null],
    ]

    static func built() -> TableStorage {
        var builder = TableBuilder(width: rows[0].count)
        for row in rows { builder.add(row) }
        return builder.storage
    }

    static func exact(_ rows: [[Value]]) -> [[ExactValue]] { rows.map { $0.map(ExactValue.init) } }

    @Test func aBuiltTableGivesBackItsRowsAndCells() {
        let storage = Self.built()
        #expect(storage.count == 4)
        #expect(Self.exact(storage.rows) == Self.exact(Self.rows), "-0 stays -0, nulls stay null")
        for r in Self.rows.indices {
            #expect(Self.exact([storage.row(r)]) == Self.exact([Self.rows[r]]))
            for c in Self.rows[r].indices { #expect(ExactValue(storage.cell(r, c)) == ExactValue(Self.rows[r][c])) }
        }
    }

    @Test func storedColumnsCodeAsTheirCellsWould() {
        let storage = Self.built()
        for c in Self.rows[0].indices {
            let stored = storage.codes(c), fresh = EncodedColumn(Self.rows.map { $0[c] })
            #expect(stored.codes == fresh.codes)
            #expect(stored.values.map(ExactValue.init) == fresh.values.map(ExactValue.init))
        }
    }

    @Test func viewsReadTheRowsAndColumnsTheyKeep() {
        let storage = Self.built()
        let picked = [3, 1, 2]
        let view = storage.selecting(picked).viewing(columns: [1, 0]).selecting([2, 0])
        let expected = [2, 0].map { r in [1, 0].map { Self.rows[picked[r]][$0] } }
        #expect(view.count == 2)
        #expect(Self.exact(view.rows) == Self.exact(expected))
        // Codes of kept rows number their values in order of first appearance among them.
        let codes = view.codes(0)
        #expect(codes.codes == [0, 1])
        #expect(codes.values.map(ExactValue.init) == [ExactValue(.text("blair")), ExactValue(.text("Blair"))])
        #expect(storage.viewing(columns: [2]).codes(0).codes == EncodedColumn(Self.rows.map { $0[2] }).codes)
    }

    @Test func verbsOnABuiltTableAnswerAsOnItsRows() throws {
        let schema = Schema([Column("n", .number), Column("name", .text), Column("mixed", .any), Column("tags", .list), Column("none", .any)])
        let session = Session()
        session.define("built", Table(schema, storage: Self.built(), origins: []))
        session.define("plain", Table(schema, rows: Self.rows))
        for program in ["| where name ~ \"blair\" | select n", "| group by name | count", "| sort n desc | take 2 | select name, n",
                        "| where n > 0 | group by name with sum(n)", "| distinct name", "| select mixed, none"] {
            let built = try CompareSupport.table(session, "built " + program).rows
            let plain = try CompareSupport.table(session, "plain " + program).rows
            #expect(Self.exact(built) == Self.exact(plain), "\(program)")
        }
    }
}
