import Foundation
import Testing
import LedeCorpus
@testable import LedeExtract

/// The folder holding Package.swift, found by walking up from this file.
func packageRoot() -> URL? {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    for _ in 0..<8 {
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
        dir.deleteLastPathComponent()
    }
    return nil
}

/// `../shared` next to the project, when present.
func sharedFolder() -> URL? {
    guard let root = packageRoot() else { return nil }
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
}

let seedPath = sharedFolder()?.appendingPathComponent("seed/000_ab75134ec4b81449.txt").path
let seedAvailable = seedPath.map { FileManager.default.fileExists(atPath: $0) } ?? false

/// The seed article, its lines up to and including the date line "March 14, 2022" dropped.
func seedArticle() -> Article? {
    guard let path = seedPath, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let lines = text.components(separatedBy: "\n")
    guard let date = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "March 14, 2022" }) else { return nil }
    let body = lines[(date + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    return Article(id: "seed", path: path, file: "000_ab75134ec4b81449.txt", body: body)
}

/// Test-only sentence splitter: paragraphs split after ". " (not shipped; the real splitter lives elsewhere).
func naiveSentences(_ article: Article) -> [Sentence] {
    let scalars = Array(article.body.unicodeScalars)
    var out: [Sentence] = []
    for (p, para) in article.paragraphs.enumerated() {
        var start = para.start
        var i = para.start
        while i < para.end {
            if scalars[i] == ".", i + 1 < para.end, scalars[i + 1] == " " {
                out.append(sentence(scalars, start, i + 1, p))
                start = i + 2
                i += 2
                continue
            }
            i += 1
        }
        if start < para.end { out.append(sentence(scalars, start, para.end, p)) }
    }
    return out
}

private func sentence(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ p: Int) -> Sentence {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[a..<b])
    return Sentence(span: TextSpan(a, b), paragraph: p, text: String(v))
}

@Suite("Seed article figures")
struct FigureSeedTests {
    @Test("the ten losses claimed by the Ukrainian side", .enabled(if: seedAvailable, "../shared/seed is absent: seed figures not checked"))
    func seedLosses() throws {
        let article = try #require(seedArticle())
        let sentences = naiveSentences(article)
        let figures = FigureReader().read(article, sentences: sentences, quotes: [])
        let expected: [(Double, String, String)] = [
            (58, "plane", "aircraft"), (83, "helicopter", "aircraft"), (362, "tank", "armour"),
            (1205, "armored vehicle", "armour"), (135, "artillery piece", "artillery"),
            (62, "multiple-launch rocket system", "artillery"), (33, "anti-aircraft system", "air defence"),
            (60, "fuel tanker", "vehicles"), (7, "unmanned aerial vehicle", "aircraft"), (3, "warship", "naval"),
        ]
        let losses = figures.filter { $0.claimant == "Ukrainian side" }
        #expect(losses.count == 10)
        for (f, e) in zip(losses, expected) {
            #expect(f.value == e.0)
            #expect(f.categoryLemma == e.1)
            #expect(f.group == e.2)
            #expect(f.cue == "claim")
            // Spans point at the number in the body.
            let body = Array(article.body.unicodeScalars)
            var v = String.UnicodeScalarView(); v.append(contentsOf: body[f.span.start..<f.span.end])
            #expect(String(v) == f.text)
        }
        #expect(losses.compactMap(\.value).reduce(0, +) == 2008)
        #expect(losses.first?.category == "Russian planes")
        #expect(losses[3].category == "armored vehicles")
        #expect(losses[3].text == "1,205")
        #expect(losses[8].text == "seven")
        // The only other figure is "All three outlets": no dates, no "one source", no "a second time".
        let others = figures.filter { $0.claimant != "Ukrainian side" }
        #expect(others.map(\.text) == ["three"], "unexpected figures: \(others.map(\.text))")
        #expect(others.first?.categoryLemma == "outlet")
        #expect(others.first?.claimant == nil)
    }
}
