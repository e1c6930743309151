import Testing
@testable import LedeExtract

/// One person, one name across the loaded articles.
@Suite struct CorpusNamesTests {
    @Test func loneSurnameTakesTheCorpusFullName() {
        let full = analyze("Donald Trump spoke in Ohio on Monday.", "\u{201C}We will win this state,\u{201D} Donald Trump said.")
        let short = analyze("Mr Trump held a rally.", "\u{201C}Nobody builds walls better,\u{201D} Trump said.")
        #expect(short.quotes.first?.speaker == "Trump")
        let names = CorpusNames([full, short])
        #expect(names.applied(to: short).quotes.first?.speaker == "Donald Trump")
        let trump = names.people.first { $0.name == "Donald Trump" }
        #expect(trump?.articles == 2)
        #expect(trump?.aliases["Trump"] != nil)
    }

    @Test func sharedSurnameStaysApart() {
        let a = analyze("Bill Clinton spoke in Arkansas.", "Hillary Clinton spoke in New York.",
                        "\u{201C}We are ready for the vote,\u{201D} Clinton said.")
        let names = CorpusNames([a, analyze("\u{201C}It is time to act now,\u{201D} Clinton said.")])
        #expect(names.name("Clinton") == "Clinton")
    }

    @Test func generationsAreDifferentPeople() {
        let a = analyze("Donald Trump Jr. spoke after Donald Trump.", "\u{201C}My father will win this,\u{201D} Donald Trump Jr. said.")
        #expect(a.quotes.first?.speaker == "Donald Trump Jr.")
    }

    @Test func aliasesWin() {
        let a = analyze("\u{201C}The plan is desperate and late,\u{201D} the Tories said.")
        let names = CorpusNames([a], aliases: CorpusNames.aliases(.standard))
        #expect(names.applied(to: a).quotes.first?.speaker == "Conservative Party")
    }
}
