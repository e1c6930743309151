import Testing
@testable import LedeLanguage

@Suite struct EvaluatorTests {
    @Test func whereWithMatchAndNulls() {
        let f = Fixture()
        #expect(f.run("t | where speaker ~ \"ZHAO\" | select words"))
        #expect(f.rows == [["300"], ["100"]])
        f.run("t | where speaker ~ /^(hua|jake)\\b/ | select speaker")
        #expect(f.rows == [["Jake Sullivan"], ["Hua Chunying"]])
        f.run("t | where outlet != \"fox\" | select words")
        #expect(f.rows == [["1200"], ["800"], ["100"]], "null != fox is true: nulls are values")
        f.run("t | where words > 400 and date < 2022-03-14 | select outlet")
        #expect(f.rows == [["nyt"], ["fox"]])
        f.run("t | where outlet in [\"nyt\", \"hpo\"] | count")
        #expect(f.rows == [["2"]])
        f.run("t | where tags ~ \"china\" | count")
        #expect(f.rows == [["1"]])
        f.run("t | where date >= \"2022-03-14\" | count")
        #expect(f.rows == [["2"]])
        f.run("t | where outlet = null | count")
        #expect(f.rows == [["1"]])
    }

    @Test func selectSortTakeDistinct() {
        let f = Fixture()
        f.run("t | sort outlet desc, words | select outlet, words / 100 as h | take 3")
        #expect(f.tables.last?.schema.names == ["outlet", "h"])
        #expect(f.rows == [["nyt", "12"], ["hpo", "8"], ["fox", "3"]])
        f.run("t | sort outlet | select outlet")
        #expect(f.rows.last == [""], "nulls sort last")
        f.run("t | distinct outlet")
        #expect(f.rows == [["fox"], ["nyt"], ["hpo"], [""]])
        f.run("t | skip 3 | select words")
        #expect(f.rows == [["800"], ["100"]])
        f.run("t | top 2 by words | select words")
        #expect(f.rows == [["1200"], ["800"]])
    }

    @Test func keysEqualButForCaseTieAndTheNextKeyDecides() {
        let f = Fixture()
        f.session.define("c", Table(Schema([Column("outlet", .text), Column("n", .number)]), rows: [
            [.text("bbc"), .number(2)], [.text("BBC"), .number(1)], [.text("Ap"), .number(3)], [.text("bbc"), .number(0)],
        ]))
        f.run("c | sort outlet, n")
        #expect(f.rows == [["Ap", "3"], ["bbc", "0"], ["BBC", "1"], ["bbc", "2"]])
        f.run("c | sort outlet desc, n desc")
        #expect(f.rows == [["bbc", "2"], ["BBC", "1"], ["bbc", "0"], ["Ap", "3"]])
        f.run("c | sort outlet")
        #expect(f.rows == [["Ap", "3"], ["bbc", "2"], ["BBC", "1"], ["bbc", "0"]], "ties keep their order")
    }

    @Test func aggregatesAndGroups() {
        let f = Fixture()
        f.run("t | sum words")
        #expect(f.rows == [["2900"]])
        #expect(f.tables.last?.schema.isScalar == true)
        f.run("t | median words")
        #expect(f.rows == [["500"]])
        f.run("t | max date")
        #expect(f.rows == [["2022-03-14"]])
        f.run("t | group by outlet | count")
        #expect(f.rows == [["fox", "2"], ["nyt", "1"], ["hpo", "1"], ["", "1"]])
        f.run("t | group by outlet")
        #expect(f.rows == [["fox", "2"], ["nyt", "1"], ["hpo", "1"], ["", "1"]], "a pending group counts its rows")
        f.run("t | group by outlet with count(), avg(words) as mean, distinct_count(speaker) | where count > 1")
        #expect(f.tables.last?.schema.names == ["outlet", "count", "mean", "distinct_count_speaker"])
        #expect(f.rows == [["fox", "2", "400", "1"]])
        f.run("t | group by year(date) as y | count")
        #expect(f.rows == [["2022", "4"], ["", "1"]])
        f.run("t | group by outlet | avg words | sort avg_words desc | take 1")
        #expect(f.rows == [["nyt", "1200"]])
    }

    @Test func functionsAndArithmetic() {
        let f = Fixture()
        f.run("t | take 1 | select lower(speaker) as s, len(speaker) as n, round(words / 7, 2) as r, year(date) as y, date + 3 as later, coalesce(outlet, \"?\") as o")
        #expect(f.rows == [["lijian zhao", "11", "42.86", "2022", "2022-03-17", "fox"]])
        f.run("t | where outlet = null | select words / 0 as x, outlet + \"!\" as y")
        #expect(f.rows == [["", ""]], "division by zero and null text give null")
    }

    @Test func variablesAndAccumulatingStatements() {
        let f = Fixture()
        #expect(f.run("let big = t | where words >= 800\nbig | count"))
        #expect(f.rows == [["2"]])
        #expect(f.statuses == ["big: 2 rows"])
        f.run("vars")
        #expect(f.rows.map { $0[0] } == ["t", "big"])
    }

    @Test func scriptArguments() {
        let f = Fixture()
        f.session.arguments = ["fox"]
        f.run("t | where outlet = arg(1) | count")
        #expect(f.rows == [["2"]])
        #expect(!f.run("t | where outlet = arg(2) | count"))
        #expect(f.errors.first?.message == "this script needs argument 2, but was given 1")
    }

    @Test func stopsAtTheFirstErrorKeepingEarlierWork() {
        let f = Fixture()
        #expect(!f.run("let a = t | take 1\nt | where nope = 1\nlet b = t"))
        #expect(f.session.variables["a"] != nil && f.session.variables["b"] == nil)
        #expect(f.session.transcript == ["let a = t | take 1"])
    }
}
