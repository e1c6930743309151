import Foundation
@testable import LedeLanguage
import LedeCorpus
import LedeExtract

/// Helpers for the comparing-coverage tests: sessions over hand-made articles and analyses or
/// over real articles loaded from disk, and a runner that returns the last table.
enum CompareSupport {
    static func article(_ id: String, _ outlet: String?, _ date: String?, _ headline: String?, _ body: String,
                        extra: [(key: String, value: String)] = []) -> Article {
        Article(id: id, path: "fixtures/\(id).txt", file: "\(id).txt", outlet: outlet, headline: headline,
                date: date.flatMap { Day(iso: Substring($0)) }, body: body, extra: extra)
    }

    /// A session holding `articles`, whose analyser returns `analyses[article.id]` (empty otherwise).
    static func session(_ articles: [Article], analyses: [String: Analysis] = [:]) -> Session {
        let session = Session(analyze: { analyses[$0.id] ?? Analysis() })
        for a in articles { session.corpus.add(a) }
        return session
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs a program; returns its last table, or throws the first diagnostic.
    @discardableResult
    static func table(_ session: Session, _ program: String) throws -> Table {
        var last: Table?
        var problem: String?
        session.run(program) { event in
            switch event {
            case .table(let t): last = t
            case .diagnostic(let d) where d.severity == .error: problem = DiagnosticRenderer.render(d)
            default: break
            }
        }
        if let problem { throw Failure(description: problem) }
        guard let last else { throw Failure(description: "no table from: \(program)") }
        return last
    }

    /// The error message a program stops with, or nil.
    static func error(_ session: Session, _ program: String) -> String? {
        var problem: String?
        session.run(program) { event in
            if case .diagnostic(let d) = event, d.severity == .error { problem = d.message }
        }
        return problem
    }

    static func column(_ t: Table, _ name: String) -> [String] { t.column(name)!.map(\.plain) }

    // MARK: The small fixture

    static func quote(_ speaker: String?, title: String? = nil, anonymous: Bool = false) -> Quote {
        Quote(sentence: 0, span: TextSpan(0, 1), text: "…", kind: .direct, speaker: speaker, title: title, anonymous: anonymous)
    }

    static func figure(_ value: Double, _ lemma: String, claimant: String?, unit: String? = nil, text: String) -> Figure {
        Figure(sentence: 0, span: TextSpan(0, 1), text: text, value: value, unit: unit, category: lemma + "s",
               categoryLemma: lemma, claimant: claimant)
    }

    static func source(_ name: String, _ kind: SourceRef.Kind) -> SourceRef {
        SourceRef(sentence: 0, span: TextSpan(0, 1), name: name, text: name, kind: kind)
    }

    static func hedge(_ lemma: String) -> Hedge { Hedge(sentence: 0, span: TextSpan(0, 1), text: lemma, lemma: lemma, hedgeClass: "doubt") }

    /// Five articles from three outlets (fox spelt two ways): three on a dam gate failure within two
    /// days, a follow-up three weeks later, and an unrelated election story.
    static let articles: [Article] = [
        article("f1", "fox", "2024-03-01", "Dam gate fails",
                "The dam gate failed early on Monday.\n\nWater flooded the town, officials said.", extra: [("triplet-uuid", "e1")]),
        article("f2", "FOX", "2024-03-20", "Town counts damage",
                "The town counts the damage after the dam flood.\n\nRepairs will cost millions.", extra: [("triplet-uuid", "e2")]),
        article("n1", "nyt", "2024-03-02", "Dam gate failure floods town",
                "A dam gate failed on Monday and water flooded the town.\n\nThe mayor said repairs will start soon.", extra: [("triplet-uuid", "e1")]),
        article("n2", "nyt", "2024-04-05", "Election results announced",
                "Voters chose a new council in the election.\n\nThe council meets next week.", extra: [("triplet-uuid", "e3")]),
        article("h1", "hpo", "2024-03-02", "Flood hits town after dam gate fails",
                "Flood water hit the town after the dam gate failed.", extra: [("triplet-uuid", "e1"), ("bias_text", "left")]),
    ]

    static let analyses: [String: Analysis] = {
        var f1 = Analysis()
        f1.quotes = [quote("Ann Smith", title: "Mayor"), quote(nil, anonymous: true), quote("Ann Smith")]
        f1.sources = [source("Ann Smith", .person), source("officials", .anonymous), source("CNN", .outlet)]
        f1.hedges = [hedge("likely"), hedge("may")]
        f1.figures = [figure(362, "tank", claimant: "army", text: "362 tanks")]
        var f2 = Analysis()
        f2.quotes = [quote("Bob Lee")]
        f2.sources = [source("CNN", .outlet), source("Reuters", .outlet)]
        f2.figures = [figure(5, "million", claimant: nil, unit: "$", text: "$5 million")]
        var n1 = Analysis()
        n1.quotes = [quote("Ann Smith", title: "Mayor"), quote("Cy Dow")]
        n1.sources = [source("Ann Smith", .person), source("Water Authority", .organisation)]
        n1.hedges = [hedge("could")]
        n1.figures = [figure(360, "tank", claimant: "army", text: "360 tanks")]
        var h1 = Analysis()
        h1.quotes = [quote(nil, anonymous: true)]
        h1.figures = [figure(362, "tank", claimant: "army", text: "362 tanks")]
        return ["f1": f1, "f2": f2, "n1": n1, "h1": h1]
    }()

    static func fixture() -> Session { session(articles, analyses: analyses) }

    // MARK: Real articles

    static let root = Fixture.root

    static func shared(_ path: String) -> String? { Fixture.shared(path) }

    /// A session with `paths` loaded by Lede's own loaders.
    static func loaded(_ paths: String...) -> Session {
        let session = Session()
        session.run("load " + paths.map { "\"\($0)\"" }.joined(separator: ", ")) { _ in }
        return session
    }
}
