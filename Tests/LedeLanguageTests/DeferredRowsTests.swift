import Foundation
import Testing
@testable import LedeLanguage

/// Rows a verb defers (`kwic`'s lines) are made once, when something reads them, and never
/// for a count.
@Suite struct DeferredRowsTests {
    typealias S = CompareSupport

    /// How many times the rows were made.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var made = 0
        func add() { lock.withLock { made += 1 } }
        var count: Int { lock.withLock { made } }
    }

    @Test func madeOnceWhenRead() {
        let calls = Calls()
        let storage = TableStorage(count: 3) {
            calls.add()
            return [[.text("a"), .number(1)], [.text("b"), .number(2)], [.text("a"), .number(3)]]
        }
        let table = Table(Schema([Column("k", .text), Column("n", .number)]), storage: storage, origins: [])
        #expect(table.count == 3)
        #expect(calls.count == 0)
        #expect(storage.cell(2, 1) == .number(3))
        #expect(storage.codes(0).codes == [0, 1, 0])
        #expect(table.rows.map { $0.map(\.plain) } == [["a", "1"], ["b", "2"], ["a", "3"]])
        #expect(calls.count == 1)
    }

    @Test func kwicCountsWithoutItsLines() throws {
        let s = S.fixture()
        #expect(S.column(try S.table(s, "kwic \"dam\" | count"), "count") == ["4"])
        #expect(S.column(try S.table(s, "kwic \"dam\" | where right1 = \"gate\" | count"), "count") == ["3"])
        #expect(S.column(try S.table(s, "kwic \"dam\" | group by outlet | count"), "count") == ["1", "1", "1", "1"])
    }
}
