import Foundation
@testable import LedeREPL
import Testing

/// libedit's history is one per process: these run one at a time.
@Suite(.serialized) struct HistoryTests {
    @Test func pathFollowsXDGStateHome() {
        #expect(History.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/lede/history")
        #expect(History.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/lede/history")
        #expect(History.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/lede/history")
        #expect(History.defaultPath(environment: [:]) == nil)
    }

    @Test func multiLineStatementsAreOneEntryAcrossSessions() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-history-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("lede/history").path
        History.clearMemory()
        let first = History(path: path)
        let statements = ["load \"Notebooks/samples\"", "quotes |\n  where speaker ~ \"Grüße 東京 😀\" |\n  count", "articles | count"]
        for s in statements { first.add(s) }
        first.add("articles | count")  // a repeat is not kept twice
        // Written at once: a killed process loses nothing.
        let file = try String(contentsOfFile: path, encoding: .utf8)
        #expect(file.split(separator: "\n").count == 1 + statements.count)

        History.clearMemory()
        #expect(History(path: path).entries == statements)
        History.clearMemory()
    }
}
