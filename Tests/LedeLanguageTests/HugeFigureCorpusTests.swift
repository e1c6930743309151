import Testing
@testable import LedeLanguage

/// `figures | group by outlet | sum value` on real corpora in ../shared, where figures such as
/// BBC's "$4.5bn trillion" pass 2^63 and once killed the session in the table printer (skipped,
/// with a message, when a corpus is absent).
@Suite struct HugeFigureCorpusTests {
    typealias S = CompareSupport

    @Test(arguments: ["corpora/bbc", "corpora/basil/articles", "corpora/polnear/dev/text"])
    func sumOfFiguresPerOutletPrints(_ corpus: String) throws {
        guard let path = S.shared(corpus) else { print("skipped: ../shared/\(corpus) is absent"); return }
        let session = S.loaded(path)
        let sums = try S.table(session, "figures | group by outlet | sum value")
        #expect(sums.count > 0)
        let text = Renderer.render(sums, as: .table)
        #expect(text.split(separator: "\n").count == sums.count + 2)
        let chart = try S.table(session, "figures | top 5 by value | select text, value | chart")
        #expect(chart.count == 5)
    }
}
