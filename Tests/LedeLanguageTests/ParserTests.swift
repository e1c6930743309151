import Testing
@testable import LedeLanguage
import LedeCorpus

@Suite struct ParserTests {
    func parse(_ text: String) throws(Diagnostic) -> [Statement] { try Parser.parse(Source(name: "t", text: text)) }

    func parseError(_ text: String) -> Diagnostic? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func statementsSplitOnNewlinesAndSemicolons() throws {
        let s = try parse("load \"a\", \"b\" with \"m.tsv\"; let x = articles | take 2\nhelp where")
        #expect(s.count == 3)
        guard case .load(let paths, let meta, _) = s[0].kind else { Issue.record("not a load"); return }
        #expect(paths.count == 2 && meta != nil)
        guard case .assign("x", let p) = s[1].kind else { Issue.record("not a let"); return }
        #expect(p.stages.map(\.name) == ["articles", "take"])
        #expect(s[2].kind == .help(topic: "where"))
        #expect(s[1].text == "let x = articles | take 2")
    }

    @Test func precedenceOfBooleansAndArithmetic() throws {
        let s = try parse("t | where a = 1 or b + 2 * 3 > 4 and not c")
        guard case .pipeline(let p) = s[0].kind, case .binary(.or, let left, let right) = p.stages[1].items[0].expr.kind else {
            Issue.record("expected or at the top"); return
        }
        guard case .binary(.equal, _, _) = left.kind, case .binary(.and, let gt, let not) = right.kind,
              case .binary(.greater, let sum, _) = gt.kind, case .binary(.plus, _, let product) = sum.kind,
              case .binary(.times, _, _) = product.kind, case .unary(.not, _) = not.kind else {
            Issue.record("wrong tree"); return
        }
    }

    @Test func verbItemsAndClauses() throws {
        let s = try parse("t | group by outlet, year(date) as y with count(), avg(words) as w | sort w desc, outlet | top 3 by w")
        guard case .pipeline(let p) = s[0].kind else { return }
        let group = p.stages[1]
        #expect(group.items.isEmpty)
        #expect(group.clause("by")?.items.map(\.columnName) == ["outlet", "y"])
        #expect(group.clause("with")?.items.map(\.columnName) == ["count", "w"])
        #expect(p.stages[2].items.map(\.descending) == [true, false])
        #expect(p.stages[3].items.count == 1 && p.stages[3].clause("by") != nil)
    }

    @Test func exportAndSessionStatements() throws {
        let s = try parse("export quotes | take 1 to \"q.csv\" overwrite\nschema quotes\nvars\nformat csv\ntimer on\nsave \"s.lede\"\nclear\nquit")
        guard case .export(_, _, true) = s[0].kind else { Issue.record("export"); return }
        #expect(s[1].kind == .schema(table: "quotes"))
        #expect(s[2].kind == .variables)
        #expect(s[3].kind == .setting(name: "format", value: "csv"))
        #expect(s[4].kind == .setting(name: "timer", value: "on"))
        #expect(s[6].kind == .clear)
        #expect(s[7].kind == .quit)
    }

    @Test func inAndNotIn() throws {
        let s = try parse("t | where outlet not in [\"a\", \"b\"]")
        guard case .pipeline(let p) = s[0].kind, case .unary(.not, let inner) = p.stages[1].items[0].expr.kind,
              case .binary(.in, _, let list) = inner.kind, case .list(let items) = list.kind else {
            Issue.record("wrong tree"); return
        }
        #expect(items.count == 2)
    }

    @Test func errorsPointAtTheProblem() {
        let missing = parseError("articles | where words >\nquotes")
        #expect(missing?.message == "expected a value, a field or a function, found end of line")
        #expect(missing?.span?.line == 1 && missing?.span?.column == 25)
        let extra = parseError("articles | take 3 4")
        #expect(extra?.message == "expected the end of the statement, found `4`")
        #expect(extra?.span?.column == 19)
        #expect(parseError("export articles \"x.csv\"")?.message == "expected `to \"file.csv\"` after the pipeline to export")
    }
}
