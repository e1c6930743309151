import Foundation
import LedeCorpus
import LedeExtract

/// The seed article as the extractor sees it: the file without its first six lines (promo,
/// blank, headline, blank, photo caption, date line).
func seedArticle(shared: String) -> Article? {
    let path = shared + "/seed/000_ab75134ec4b81449.txt"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let body = lines.dropFirst(6).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    return Article(id: "seed", path: path, file: "000_ab75134ec4b81449.txt", body: body)
}

/// Checks what a careful reader finds in the seed article (../shared/README.md) and prints
/// precision, recall and F1 for direct quotes and cited sources. Returns false when the seed is absent.
func runSeedEval(shared: String) -> Bool {
    guard let article = seedArticle(shared: shared) else {
        print("seed: skipped, \(shared)/seed not found")
        return true
    }
    let analysis = Extractor().analyze(article)
    // Gold: the opening words of each direct quote span and its speaker.
    let gold: [(start: String, speaker: String)] = [
        ("We are communicating directly", "Jake Sullivan"),
        ("Recently, the US has been", "Lijian Zhao"),
        ("In my previous answer", "Lijian Zhao"),
        ("China has elaborated on its position", "Lijian Zhao"),
        ("U.S. has been fueling the flame", "Hua Chunying"),
        ("Simply put, China has to back Russia", "Ming Jinwei"),
    ]
    let direct = analysis.quotes.filter { $0.kind == .direct }
    for q in analysis.quotes where q.kind != .indirect || CommandLine.arguments.contains("-v") {
        print("  [\(q.kind.rawValue)] \(q.speaker ?? "?") (\(q.title ?? "-")) cue=\(q.cueText ?? "-") to=\(q.addressee ?? "-") anon=\(q.anonymous): \(q.text.prefix(60))")
    }
    // The README counts spans in quote marks: a quote its attribution interrupts is two.
    let spans = direct.flatMap { q in q.pieceTexts(in: article.body).map { (text: $0, speaker: q.speaker) } }
    let found = gold.filter { g in spans.contains { $0.text.hasPrefix(g.start) } }.count
    let rightSpeaker = gold.filter { g in spans.contains { $0.text.hasPrefix(g.start) && $0.speaker == g.speaker } }.count
    report("seed direct quote spans", tp: found, predicted: spans.count, gold: gold.count)
    print(String(format: "seed speaker accuracy: %d/%d", rightSpeaker, found))
    let outlets = ["New York Times", "Financial Times", "Washington Post", "CNN", "Xinhua"]
    let foundOutlets = Set(analysis.sources.filter { $0.kind == .outlet }.map(\.name))
    report("seed outlets cited", tp: outlets.filter(foundOutlets.contains).count, predicted: foundOutlets.count, gold: outlets.count)
    let anonymous = ["U.S. officials", "One source familiar with the alleged Russian requests for support", "The official"]
    let foundAnonymous = Set(analysis.sources.filter { $0.kind == .anonymous }.map(\.name))
    report("seed anonymous sources", tp: anonymous.filter(foundAnonymous.contains).count,
           predicted: foundAnonymous.count, gold: anonymous.count)
    for s in analysis.sources { print("  source [\(s.kind.rawValue)] \(s.name) cue=\(s.cue ?? "-")") }
    print("  people: " + Array(Set(analysis.mentions.filter { $0.kind == .person }.map(\.name))).sorted().joined(separator: ", "))
    return true
}

/// Prints "label: P 0.83 R 1.00 F1 0.91 (5 of 6; 6 predicted)".
func report(_ label: String, tp: Int, predicted: Int, gold: Int) {
    let p = predicted == 0 ? 0 : Double(tp) / Double(predicted)
    let r = gold == 0 ? 0 : Double(tp) / Double(gold)
    let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
    print(String(format: "%@: P %.3f R %.3f F1 %.3f (%d of %d gold; %d predicted)", label, p, r, f, tp, gold, predicted))
}
