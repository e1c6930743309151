import Testing
@testable import LedeCorpus

@Suite struct DateTextTests {
    @Test(arguments: ["March 14, 2022", "14 March 2022", "Mar. 14, 2022", "Mar 14 2022", "2022-03-14",
                      "2022-03-14T09:00:00Z", "20220314T090000Z", "Monday, March 14, 2022", "Mon, 14 Mar 2022",
                      "14th March 2022"])
    func readsNewsDates(_ text: String) {
        #expect(Day(text: text) == Day(year: 2022, month: 3, day: 14))
    }

    @Test(arguments: ["March 2022", "Marching 14, 2022", "2022-02-30", "14 March", "Reports say March 14, 2022"])
    func rejectsNonDates(_ text: String) {
        #expect(Day(text: text) == nil)
    }

    @Test func aDateLineHoldsNothingElse() {
        #expect(Day.line("March 14, 2022") != nil)
        #expect(Day.line("March 14, 2022 the talks began") == nil)
    }
}
