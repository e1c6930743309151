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

@Suite struct DayLimitTests {
    @Test func yearsOneTo9999() {
        #expect(Day(year: 0, month: 12, day: 31) == nil)
        #expect(Day(year: 10000, month: 1, day: 1) == nil)
        #expect(Day(iso: "0000-01-01") == nil)
        #expect(Day(year: 1, month: 1, day: 1)?.ordinal == Day.ordinals.lowerBound)
        #expect(Day(year: 9999, month: 12, day: 31)?.ordinal == Day.ordinals.upperBound)
        #expect(Day(year: 2022, month: 3, day: 14)?.adding(days: .max) == nil)
        #expect(Day(year: 2022, month: 3, day: 14)?.adding(days: -1) == Day(year: 2022, month: 3, day: 13))
    }

    @Test func checkedConversion() {
        #expect(Int(checked: .nan) == nil)
        #expect(Int(checked: .infinity) == nil)
        #expect(Int(checked: 1e19) == nil)
        #expect(Int(checked: -2.9) == -2)
        #expect(Int(checked: Int.exactDoubleLimit) == 9_007_199_254_740_992)
    }
}
