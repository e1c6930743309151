import Testing
@testable import LedeLanguage

/// Numbers past Int's range, infinities and NaN reach counts, dates, text functions and the
/// printer as errors or nulls, never as a trap.
@Suite struct NumberLimitsTests {
    @Test func literalsThatOverflowToInfinityAreRefused() {
        let f = Fixture()
        #expect(!f.run("t | take 1e400"))
        #expect(f.errors.first?.message == "`1e400` is too large a number")
        #expect(f.errors.first?.span?.column == 10)
        #expect(f.run("t | select 1e308 as big | take 1"))
    }

    @Test func countsAndWindowsPastTheLimitAreErrors() {
        let f = Fixture()
        for program in ["t | take 1e19", "t | skip 1e19", "t | top 1e19 by words", "kwic \"a\" window 1e19",
                        "stories window 1e19", "terms 1e19", "keyness outlet = \"fox\" with 1e19"] {
            #expect(!f.run(program), "\(program)")
            #expect(f.errors.first?.message.contains("needs a whole number from 0 to 1,000,000,000,000") == true, "\(program)")
        }
        #expect(f.run("t | take 1000000000000 | count"))
        #expect(f.rows == [["5"]])
    }

    @Test func textFunctionsTakeAnyNumber() {
        let f = Fixture()
        f.run("t | select left(outlet, 1e300 * 1e300) as a, left(outlet, 1e300 * 1e300 - 1e300 * 1e300) as b, left(outlet, -1e300) as c | take 1")
        #expect(f.rows == [["fox", "", ""]])
        #expect(f.tables.last?.rows.first?[1] == .null, "NaN characters: no answer")
    }

    @Test func argumentNumbersPastIntAreErrors() {
        let f = Fixture()
        #expect(!f.run("load arg(1e19)"))
        #expect(f.errors.first?.message == "`arg` takes one whole number from 1")
    }

    @Test func dateArithmeticStaysInYearsOneTo9999() {
        let f = Fixture()
        f.run("t | select date + 1e19 as a, date - 1e300 as b, date + 1e7 as c, 9999-12-31 + 1 as d, 9999-12-30 + 1 as e | take 1")
        #expect(f.rows == [["", "", "", "", "9999-12-31"]])
        f.run("t | select 0001-01-01 - 1 as a, 2022-03-14 - 0001-01-01 as b | take 1")
        #expect(f.rows == [["", "738227"]])
    }

    @Test func hugeValuesPrintAndChart() {
        let f = Fixture()
        f.session.define("h", Table(Schema([Column("label", .text), Column("value", .number)]), rows: [
            [.text("trillions"), .number(4.5e21)], [.text("negative"), .number(-9.3e18)],
            [.text("inf"), .number(.infinity)], [.text("nan"), .number(.nan)], [.text("small"), .number(1234.5)],
        ]))
        #expect(f.run("h"))
        let text = Renderer.render(f.tables[0], as: .table)
        #expect(text.contains("4500000000000000000000"))
        #expect(text.contains("-9300000000000000000"))
        #expect(text.contains("1,234.5"))
        #expect(f.run("h | chart"))
        #expect(f.run("h | group by label | sum value"))
    }
}
