import Foundation
@testable import LedeLanguage

/// Helpers for the comparing-coverage tests: sessions over hand-made articles and analyses, a
/// runner that returns the last table, and small readers of the ../shared corpora (the real
/// loaders live in LedeCorpus; these only build Articles for measuring).
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

    // MARK: ../shared

    /// `../shared` next to the project (the folder holding Package.swift), or nil.
    static var shared: URL? {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                let shared = dir.deletingLastPathComponent().appendingPathComponent("shared")
                return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    static func jsonFiles(_ folder: URL) -> [URL] {
        let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (e?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    /// BASIL's 300 articles: title, date, source, body-paragraphs (lists of sentences), triplet-uuid.
    static func basil(_ shared: URL) -> [Article] {
        jsonFiles(shared.appendingPathComponent("corpora/basil/articles")).compactMap { url in
            guard let data = try? Data(contentsOf: url),
                  let d = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            let paragraphs = (d["body-paragraphs"] as? [[String]] ?? []).map { $0.joined(separator: " ") }
            return article(url.deletingPathExtension().lastPathComponent, d["source"] as? String, d["date"] as? String,
                           d["title"] as? String, paragraphs.joined(separator: "\n\n"),
                           extra: [("triplet-uuid", d["triplet-uuid"] as? String ?? "")])
        }
    }

    /// The first `limit` AllSides articles: title, date, source, content, bias_text.
    static func allsides(_ shared: URL, limit: Int) -> [Article] {
        jsonFiles(shared.appendingPathComponent("corpora/allsides/articles")).prefix(limit).compactMap { url in
            guard let data = try? Data(contentsOf: url),
                  let d = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            return article(url.deletingPathExtension().lastPathComponent, d["source"] as? String, d["date"] as? String,
                           d["title"] as? String, d["content"] as? String ?? "",
                           extra: [("bias_text", d["bias_text"] as? String ?? "")])
        }
    }

    /// The sample articles of Notebooks/samples, read roughly (front matter, plain text with a
    /// date line, a JSON array), enough to run the help examples.
    static func samples() -> [Article] {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { dir = dir.deletingLastPathComponent() }
        let folder = dir.appendingPathComponent("Notebooks/samples")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        var out: [Article] = []
        for name in files {
            let url = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            if name.hasSuffix(".md") {
                let parts = text.components(separatedBy: "---\n")
                guard parts.count >= 3, parts[0].isEmpty else { continue }  // README.md
                var meta: [String: String] = [:]
                for line in parts[1].split(separator: "\n") {
                    let kv = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if kv.count == 2 { meta[kv[0]] = kv[1] }
                }
                out.append(article(name, meta["outlet"], meta["date"], meta["headline"],
                                   parts[2...].joined(separator: "---\n").trimmingCharacters(in: .whitespacesAndNewlines),
                                   extra: meta["section"].map { [("section", $0)] } ?? []))
            } else if name.hasSuffix(".txt") {
                let blocks = text.components(separatedBy: "\n\n")
                let lines = blocks.count > 2 ? blocks[2].split(separator: "\n").map(String.init) : []
                let date = lines.lazy.compactMap(parseDate).first
                out.append(article(name, "Harbour Daily", date, blocks.count > 1 ? blocks[1] : nil,
                                   blocks.dropFirst(3).joined(separator: "\n\n")))
            } else if name.hasSuffix(".json"), let data = text.data(using: .utf8),
                      let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] {
                for (i, d) in list.enumerated() {
                    out.append(article("\(name)#\(i)", d["source"] as? String, d["date"] as? String, d["title"] as? String,
                                       d["content"] as? String ?? "", extra: (d["section"] as? String).map { [("section", $0)] } ?? []))
                }
            }
        }
        return out
    }

    static func parseDate(_ line: String) -> String? {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let words = line.lowercased().replacingOccurrences(of: ",", with: "").split(separator: " ").map(String.init)
        guard let m = words.firstIndex(where: months.contains), let year = words.last.flatMap({ Int($0) }) else { return nil }
        let day = words.compactMap { Int($0) }.first { $0 <= 31 } ?? 1
        return String(format: "%04d-%02d-%02d", year, months.firstIndex(of: words[m])! + 1, day)
    }
}
