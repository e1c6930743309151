import Foundation
import LedeExtract

/// Figures against a hand-annotated sample (`Scripts/gold/war-figures.tsv`): each row names a
/// file, the raw offset of a figure's first character, its value, category (singular lemma) and
/// claimant. A predicted figure matches a gold row of its article when its raw span holds the
/// gold offset (one to one, in order).
/// - Value: precision, recall and F1 of matched figures whose values agree (within 0.5%).
/// - Category, on matched figures with a gold category: right when the lemmas, singularised, are
///   equal or one ends with the other ("armored vehicle" and "vehicle"; "people" and "person"),
///   or the gold names the figure's unit ("250,000 tons of grain": gold "ton", Lede unit "tons"
///   and category "grain").
/// - Claimant, on matched figures: right when both are empty, or a word of the gold name
///   (without titles) is among the predicted claimant's words.
func runFigureGoldEval(gold path: String, corpus dir: String, verbose: Bool) {
    guard let rows = readGoldTable(path) else {
        print("figures: skipped, \(path) not found")
        return
    }
    let extractor = Extractor()
    var byFile: [String: [[String: String]]] = [:]
    for row in rows { if let f = row["file"] { byFile[f, default: []].append(row) } }
    var predicted = 0, matched = 0, valueRight = 0, categoryJudged = 0, categoryRight = 0, claimantRight = 0
    for (file, golds) in byFile.sorted(by: { $0.key < $1.key }) {
        guard let article = GoldArticle(path: "\(dir)/\(file)", extractor: extractor) else { continue }
        let figures = article.analysis.figures.map { (figure: $0, span: article.rawSpan($0.span)) }
        predicted += figures.count
        var used = Set<Int>()
        for g in golds {
            guard let start = Int(g["start"] ?? "") else { continue }
            guard let k = figures.indices.first(where: { !used.contains($0) && figures[$0].span.start <= start && start < max(figures[$0].span.end, figures[$0].span.start + 1) }) else {
                if verbose { print("  MISS \(file) \(start) \(g["text"] ?? "") \(g["category"] ?? "")") }
                continue
            }
            used.insert(k)
            let f = figures[k].figure
            matched += 1
            if let v = Double(g["value"] ?? ""), let p = f.value ?? f.low, abs(p - v) <= max(0.005 * abs(v), 1e-9) { valueRight += 1 }
            if let category = g["category"], !category.isEmpty {
                categoryJudged += 1
                let gold = lemma(category), pred = lemma(f.categoryLemma ?? ""), unit = lemma(f.unit ?? "")
                let same = !pred.isEmpty && (gold == pred || gold.hasSuffix(" " + pred) || pred.hasSuffix(" " + gold))
                if same || !unit.isEmpty && gold == unit { categoryRight += 1 } else if verbose {
                    print("  CATEGORY \(file) \(start) \(g["text"] ?? ""): gold=\(gold) pred=\(pred.isEmpty ? "null" : pred)")
                }
            }
            let gold = nameWords(g["claimant"]), pred = Set(nameWords(f.claimant))
            if gold.isEmpty ? pred.isEmpty : gold.contains(where: pred.contains) { claimantRight += 1 } else if verbose {
                print("  CLAIMANT \(file) \(start) \(g["text"] ?? ""): gold=\(g["claimant"] ?? "") pred=\(f.claimant ?? "null")")
            }
        }
    }
    let p = predicted == 0 ? 0 : Double(valueRight) / Double(predicted), r = rows.isEmpty ? 0 : Double(valueRight) / Double(rows.count)
    print("figures: \(byFile.count) articles, \(rows.count) gold figures, \(predicted) predicted, \(matched) matched")
    print(String(format: "  value P %.3f R %.3f F1 %.3f", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)))
    print("  category \(categoryRight)/\(categoryJudged) = \(ratio(categoryRight, categoryJudged)); claimant \(claimantRight)/\(matched) = \(ratio(claimantRight, matched))")
}

/// Lowercase, each word singular: the form categories are compared in.
private func lemma(_ text: String) -> String {
    text.lowercased().split(separator: " ").map { Taxonomy.singular(String($0)) }.joined(separator: " ")
}
