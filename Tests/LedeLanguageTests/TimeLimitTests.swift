import Foundation
import Testing
@testable import LedeLanguage

/// Work that would run for ever ends: a regular expression that backtracks exponentially stops
/// at the statement's time limit or at Ctrl-C, and a timeline over dates far apart is refused.
@Suite struct TimeLimitTests {
    static func session(body: String) -> Session {
        CompareSupport.session([CompareSupport.article("a1", "fox", "2022-03-14", "H", body)])
    }

    static let bomb = "articles | where body ~ /(.*a){25}/ | count"
    static let body = String(repeating: "a", count: 60) + "b"

    @Test func aRegexBombStopsAtTheTimeLimit() {
        let session = Self.session(body: Self.body)
        #expect(CompareSupport.error(session, "timeout 1; " + Self.bomb) == "stopped after the time limit of 1 s")
        #expect(session.settings.timeLimit == 1)
        #expect((try? CompareSupport.table(session, "articles | count"))?.rows == [[.number(1)]], "the session goes on")
    }

    @Test func ctrlCStopsARegexBomb() {
        let session = Self.session(body: Self.body)
        session.settings.timeLimit = nil
        let cancellation = session.cancellation
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
        var interrupted = false
        session.run(Self.bomb) { if case .interrupted = $0 { interrupted = true } }
        #expect(interrupted)
    }

    @Test func timeoutTakesSecondsOrZero() {
        let session = Self.session(body: "x")
        #expect(CompareSupport.error(session, "timeout 0") == nil)
        #expect(session.settings.timeLimit == nil)
        #expect(CompareSupport.error(session, "timeout 1e19")?.hasPrefix("expected a number of seconds from 0 to 31,536,000") == true)
    }

    @Test func timelineOverDatesFarApartIsRefused() {
        let session = CompareSupport.session([
            CompareSupport.article("a1", "fox", "0001-01-01", "H", "x"), CompareSupport.article("a2", "fox", "9999-12-31", "H", "y"),
        ])
        #expect(CompareSupport.error(session, "timeline by day") == "`timeline by day` from 0001-01-01 to 9999-12-31 would have 3,652,059 periods; at most 100,000")
        #expect(CompareSupport.error(session, "timeline by week")?.contains("would have 521,723 periods") == true)
        #expect((try? CompareSupport.table(session, "timeline by year"))?.count == 9999)
    }
}
