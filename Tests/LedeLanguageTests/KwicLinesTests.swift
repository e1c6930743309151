import Testing
@testable import LedeLanguage

/// `kwic`'s lines at the edges of a body and around text that is not ASCII.
@Suite struct KwicLinesTests {
    typealias S = CompareSupport

    static func session() -> Session {
        S.session([
            S.article("a1", "fox", "2024-03-01", "Night", "Election night.\tVoters\n\nwaited for the election"),
            S.article("u1", "nyt", "2024-03-02", "Prices", "£5m café\u{00A0}owners said: cafe\u{301} costs £6m."),
        ])
    }

    static func lines(_ program: String) throws -> [[String]] {
        try S.table(session(), program + " | select left, match, term, right, left1, right1, start").rows.map { $0.map(\.plain) }
    }

    @Test func hitsAtTheStartAndEndOfABody() throws {
        #expect(try Self.lines("kwic \"election\" window 2") == [
            ["", "Election", "election", "night. Voters", "", "night", "0"],
            ["for the", "election", "election", "", "the", "", "39"],
        ])
        // The whole body either side, tabs and blank lines as single spaces.
        #expect(try Self.lines("kwic \"voters\" window 9") == [
            ["Election night.", "Voters", "voters", "waited for the election", "night", "waited", "16"],
        ])
    }

    @Test func nonASCIINeighbours() throws {
        #expect(try Self.lines("kwic \"owners\" window 1") == [["café", "owners", "owners", "said", "café", "said", "9"]])
        // Scalar offsets counted on from one hit to the next; nothing before the first word.
        #expect(try Self.lines("kwic \"5m\", \"6m\" window 1") == [
            ["", "5m", "5m", "café", "", "café", "1"],
            ["costs £", "6m", "6m", "", "costs", "", "35"],
        ])
        // A decomposed "é" ends the word "cafe" and stays decomposed in the line.
        let costs = try S.table(Self.session(), "kwic \"costs\" window 2 | select left, right, start")
        #expect(costs.rows.map { $0.map(\.plain) } == [["said: cafe\u{301}", "£6m", "28"]])
        #expect(costs.rows.first.map { Array($0[0].plain.utf8) } == Array("said: cafe\u{301}".utf8))
        #expect(try Self.lines("kwic \"cafe\"").map { $0[1] } == ["cafe"])
    }
}
