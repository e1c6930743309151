import Testing
@testable import LedeExtract

@Suite("Numbers")
struct NumberReaderTests {
    let reader = NumberReader()

    func values(_ s: String) -> [Double?] { reader.numbers(in: s).map(\.value) }
    func one(_ s: String) -> NumberMatch? {
        let ms = reader.numbers(in: s)
        return ms.count == 1 ? ms[0] : nil
    }

    @Test func digitsSeparatorsDecimals() {
        #expect(values("They destroyed 1,205 vehicles and 2.5 tonnes of fuel.") == [1205, 2.5])
        #expect(values("A total of 1,234,567 votes, 12,34,567 rupees and 40 000 fans.") == [1234567, 1234567, 40000])
        #expect(values("Scores were 22,24 and 26.") == [22, 24, 26])
        #expect(one("about .5 of it")?.value == 0.5)
    }

    @Test func numberWords() {
        #expect(values("seven drones") == [7])
        #expect(values("twenty-one guns") == [21])
        #expect(values("one hundred and five people") == [105])
        #expect(values("a dozen eggs") == [12])
        #expect(values("a million reasons") == [1_000_000])
        #expect(values("three thousand two hundred and forty") == [3240])
        #expect(values("fifty - two") == [52])
        #expect(values("one and a half million") == [1_500_000])
        #expect(values("two thirds of voters") == [2.0 / 3.0])
        #expect(values("half a dozen") == [6])
        #expect(values("two hundred point zero three") == [200.03])
    }

    @Test func scales() {
        #expect(values("2 million people") == [2_000_000])
        #expect(values("1.5 billion and 3 trillion") == [1.5e9, 3e12])
        #expect(values("10k runners") == [10_000])
        #expect(values("322 hundred") == [32_200])
        #expect(values("a 2.5bn loan") == [2.5e9])
        #expect(values("5 thousand") == [5000])
    }

    @Test func currency() {
        let a = one("The deal is worth $2.5bn.")
        #expect(a?.value == 2.5e9); #expect(a?.unit == "$"); #expect(a?.text == "$2.5bn")
        let b = one("It cost £600m to build.")
        #expect(b?.value == 6e8); #expect(b?.unit == "£")
        let c = one("a grant of €3 million")
        #expect(c?.value == 3e6); #expect(c?.unit == "€")
        let d = one("paid 5 million dollars")
        #expect(d?.value == 5e6); #expect(d?.unit == "$"); #expect(d?.text == "5 million dollars")
        #expect(one("US$ 1MM")?.value == 1e6)
        #expect(one("it cost 3 dollars 50 cents")?.value == 3.5)
        #expect(one("50p")?.unit == "p")
        #expect(one("HK$10.05 billion")?.unit == "HK$")
    }

    @Test func percent() {
        for s in ["12%", "12 percent", "12 per cent", "twelve percent", "12 %"] {
            let m = one("Support fell by \(s) overall")
            #expect(m?.value == 12, "\(s)"); #expect(m?.unit == "%", "\(s)")
        }
        #expect(one("up 3 percentage points")?.unit == "percentage points")
    }

    @Test func ranges() {
        for s in ["10-15", "10 to 15", "between 10 and 15", "10–15", "from 10 to 15"] {
            let m = one("It took \(s) minutes")
            #expect(m?.kind == .range, "\(s)"); #expect(m?.low == 10, "\(s)"); #expect(m?.high == 15, "\(s)")
            #expect(m?.value == nil, "\(s)")
        }
        let r = one("between 10 and 15")
        #expect(r?.text == "between 10 and 15")
        let m = one("a $2-3bn deal")
        #expect(m?.low == 2e9); #expect(m?.high == 3e9); #expect(m?.unit == "$")
        let p = one("10 to 15 million people")
        #expect(p?.low == 1e7); #expect(p?.high == 1.5e7)
        #expect(one("two or three people")?.high == 3)
        // A change is two figures, not a range.
        #expect(values("Prices rose from 10 to 15 dollars.").count == 2)
    }

    @Test func vague() {
        let h = one("hundreds of people")
        #expect(h?.kind == .vague); #expect(h?.low == 200); #expect(h?.high == 999); #expect(h?.value == 200)
        #expect(h?.approximate == true); #expect(h?.text == "hundreds")
        #expect(one("thousands of homes")?.low == 2000)
        #expect(one("dozens of times")?.low == 24)
        let t = one("tens of thousands of troops")
        #expect(t?.low == 20_000); #expect(t?.high == 99_999); #expect(t?.text == "tens of thousands")
        #expect(one("several hundred homes")?.low == 300)
    }

    @Test func qualifiers() {
        let cases: [(String, String, FigureLexicons.QualifierKind)] = [
            ("about 50", "about", .approx), ("around 50", "around", .approx), ("at least 50", "at least", .min),
            ("more than 50", "more than", .min), ("over 50", "over", .min), ("up to 50", "up to", .max),
            ("nearly 50", "nearly", .max), ("almost 50", "almost", .max), ("some 50", "some", .approx),
            ("roughly 50", "roughly", .approx), ("an estimated 50", "an estimated", .approx),
            ("50 or more", "or more", .min),
        ]
        for (s, q, k) in cases {
            let m = one("There were \(s) soldiers.")
            #expect(m?.value == 50, "\(s)"); #expect(m?.qualifier == q, "\(s)")
            #expect(m?.qualifierKind == k, "\(s)"); #expect(m?.approximate == true, "\(s)")
        }
        let m = one("at least 20 and at most 100 apples")
        #expect(m?.kind == .range); #expect(m?.low == 20); #expect(m?.high == 100)
        let q = one("There were about 50 soldiers.")
        #expect(q?.text == "50")
        #expect(q?.qualifierSpan == TextSpan(11, 16))
    }

    @Test func fractionsAndMixedForms() {
        #expect(values("It took 2½ hours") == [2.5])
        #expect(values("three quarters of a million") == [750_000])
        #expect(values("a quarter million homes") == [250_000])
        #expect(values("4 thousand 3 hundred and 21") == [4321])
        #expect(values("one out of three") == [1.0 / 3.0])
        #expect(values("3/4 of the vote") == [0.75])
        #expect(values("1.3e6 and 2.5^2") == [1.3e6, 6.25])
    }

    @Test func negatives() {
        #expect(values("minus five and -1.5") == [-5, -1.5])
    }

    @Test func notFigures() {
        let none = [
            "It happened on March 14, 2022.", "It happened on 14 March.", "on 14th of March", "Filed 2022-03-12.",
            "Meet on 5/17/2018.", "It began in 2022.", "in 1999", "since 2014", "at 10:30", "at 3 pm", "at 3pm",
            "at 3 p.m. sharp", "the 1st and 2nd", "the third time", "the twenty-first century", "call 020 7946 0018",
            "call +1-222-2222", "call 555-123-4567", "see page 5", "section 3", "No. 7", "Article 5 applies",
            "in the 1990s", "Covid-19 spread", "the G20 summit", "F-16 jets", "it won 2-1", "Sept. 30",
            "March 2022", "http://example.com/a?b=30%20c", "The one you mentioned", "The talks start at 12.30 local time",
        ]
        for s in none { #expect(reader.numbers(in: s).isEmpty, "\(s): \(reader.numbers(in: s).map(\.text))") }
        // A year with a unit, scale or qualifier is a figure.
        #expect(values("more than 2000 troops") == [2000])
        #expect(values("$2020 in cash") == [2020])
        #expect(values("Shares rose to 12.30 from 11.50") == [12.3, 11.5])
    }

    @Test func agesAndMeasures() {
        let a = one("a 45-year-old man")
        #expect(a?.value == 45); #expect(a?.unit == "years old")
        #expect(one("he was 45 years old")?.unit == "years old")
        #expect(one("aged 45")?.unit == "years old")
        #expect(one("a 29km road")?.unit == "km")
        #expect(one("60 tonnes of grain")?.unit == "tonnes")
    }

    @Test func spansAreScalarOffsets() {
        let ms = reader.numbers(in: "Café – 1,205 tanks")
        #expect(ms.first?.span == TextSpan(7, 12))
        #expect(ms.first?.text == "1,205")
    }

    // MARK: numbers2

    @Test func compoundFractionsAndMixedNumbers() {
        // A fraction of a smaller scale after "and": "one billion and a half million" is 1,000,500,000.
        #expect(values("The budget grew to one billion and a half million pounds") == [1_000_500_000])
        #expect(values("some two billion and a quarter million viewers") == [2_000_250_000])
        #expect(values("a loan of three billion and three quarters million") == [3_000_750_000])
        // "five billion and three quarters" is still 5.75 billion.
        #expect(values("five billion and three quarters") == [5.75e9])
        // A proper fraction after "and" makes a mixed number.
        #expect(values("seven and sixty-five hundredths of a second") == [7.65])
        #expect(values("three hundred and twelve hundredths") == [300.12])
        #expect(values("about five hundred and two thirds") == [500 + 2.0 / 3.0])
        #expect(values("forty one and a twentieth") == [41.05])
        // An improper one is the whole number over the denominator, as before.
        #expect(values("one hundred and twenty-five fifths") == [25])
        // "a twentieth" alone is no fraction of anything: "a twentieth-century house".
        #expect(values("a twentieth-century house") == [])
    }

    @Test func ratiosInWords() {
        #expect(values("One in five adults smokes.") == [0.2])
        #expect(values("1 in twenty-five children was affected") == [0.04])
        #expect(values("a one in a million chance") == [1e-6])
        let m = one("about 3 in 10 voters or more")
        #expect(m?.value == 0.3); #expect(m?.text == "3 in 10")
        // Not ratios: a year, a duration, a count of games.
        #expect(values("sales fell 4 in 2019") == [4])
        #expect(values("He scored 2 in 5 minutes") == [2, 5])
        #expect(values("they won 3 in 7 games") == [3, 7])
        #expect(values("7 in 3 rooms") == [7, 3])
        #expect(values("since 1990 in 400 towns") == [400])
    }

    @Test func decimalCommas() {
        #expect(values("The index stood at 4,5 on Friday.") == [4.5])
        #expect(values("Tickets of 8,00 were sold in Berlin.") == [8])
        #expect(values("A budget of 2.345,75 was agreed.") == [2345.75])
        #expect(values("In Europe 3,50 is written for 3.50") == [3.5, 3.5])
        // Lists stay apart; thousands stay thousands.
        #expect(values("Rounds 4,5 and 6 were cancelled.") == [4, 5, 6])
        #expect(values("Seeds 1,2,3 went through.") == [1, 2, 3])
        #expect(values("Scores were 22,24 and 26.") == [22, 24, 26])
        #expect(values("It cost 4,500 to fix.") == [4500])
        #expect(!values("She won 7-6,4-6,6-3 in the final.").contains(6.4))
    }

    @Test func scientificNotation() {
        #expect(values("about 6.02x10^23 molecules") == [6.02e23])
        #expect(abs((values("a rate of 2.5×10^-3")[0] ?? 0) - 0.0025) < 1e-12)
    }

    @Test func currencyForms() {
        // Millions codes used in business reports.
        let a = one("Net sales reached 45.5 MEUR in the quarter.")
        #expect(a?.value == 45_500_000); #expect(a?.unit == "€")
        let b = one("an order worth MUSD 12")
        #expect(b?.value == 12_000_000); #expect(b?.unit == "US$")
        #expect(one("sales of 30 MSEK")?.unit == "SEK")
        // Cents after "and".
        #expect(one("It sold for two dollars and forty.")?.value == 2.4)
        #expect(one("a fare of one dollar and five and a free drink")?.value == 1.05)
        let c = one("The fee is C$ 20 and fifty.")
        #expect(c?.value == 20.5); #expect(c?.unit == "C$")
        // The sign after its amounts.
        #expect(reader.numbers(in: "Tickets cost 15 $ or 25 $.").map(\.unit) == ["$", "$"])
        #expect(one("change of 2 $ 40 cents")?.value == 2.4)
        // A code glued to the next number belongs to it.
        let ms = reader.numbers(in: "We sold 4 EUR20 vouchers.")
        #expect(ms.map(\.value) == [4, 20]); #expect(ms.map(\.unit) == [nil, "€"])
        // A currency word before an amount with a scale.
        let d = one("a contract worth dollar 3.2 billion")
        #expect(d?.value == 3.2e9); #expect(d?.unit == "$")
        #expect(one("The dollar rose 1.5% today.")?.unit == "%")
        #expect(values("He held 20 dollars and 3 people watched.") == [20, 3])
    }
}
