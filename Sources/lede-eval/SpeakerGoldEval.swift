import Foundation
import LedeExtract

/// Speaker accuracy against a hand-annotated quote sample (`Scripts/gold/bbc-quotes.tsv`):
/// each row names a file, the raw offset of a quote's opening mark, the kind a careful reader
/// gives it (direct, partial, term, or none for a span the naive sampler paired wrongly) and the
/// canonical speaker. The predicted quote is the one whose opening mark is at that offset, else
/// the one holding the first quoted letter (a fragment folded into someone's reported clause).
/// The sample's articles are named as a loaded corpus names them (`CorpusNames`, aliases), and
/// the gold names pass through the same aliases.
/// - Speaker accuracy: rows of kind direct or partial; right when the predicted speaker, without
///   titles and honorifics, is the gold name (lenient: the gold's last word is among its words).
///   A quote not found, or found without a speaker, is wrong.
/// - Terms: how many gold terms Lede calls `term`, and how many of its terms are gold quotes.
func runSpeakerGoldEval(gold path: String, corpus dir: String, verbose: Bool) {
    guard let rows = readGoldTable(path) else {
        print("speakers: skipped, \(path) not found")
        return
    }
    let extractor = Extractor()
    // Speakers under the names the whole sample gives them, as `quotes` shows them.
    var articles: [String: GoldArticle] = [:]
    for file in Set(rows.compactMap { $0["file"] }) { articles[file] = GoldArticle(path: "\(dir)/\(file)", extractor: extractor) }
    let aliases = CorpusNames.aliases(.standard)
    let names = CorpusNames(articles.values.map(\.analysis), aliases: aliases)
    for (file, a) in articles { articles[file]?.analysis = names.applied(to: a.analysis) }
    var judged = 0, exact = 0, lenient = 0, missing = 0
    var goldTerms = 0, termsFound = 0, quotesCalledTerms = 0
    for row in rows {
        guard let file = row["file"], let start = Int(row["start"] ?? ""), let kind = row["kind"] else { continue }
        guard let article = articles[file] else { continue }
        let quotes = article.analysis.quotes
        let found = quotes.first { q in q.pieces.contains { article.rawSpan($0).start == start } }
            ?? quotes.first { q in article.rawSpan(q.span).start <= start + 2 && start + 2 < article.rawSpan(q.span).end }
        if kind == "term" {
            goldTerms += 1
            if found == nil || found?.kind == .term { termsFound += 1 }
            continue
        }
        guard kind == "direct" || kind == "partial", let speaker = row["speaker"], !speaker.isEmpty else { continue }
        judged += 1
        if found?.kind == .term { quotesCalledTerms += 1 }
        guard let found else {
            missing += 1
            if verbose { print("  MISS \(file) \(start) gold=\(speaker) | \(row["quote"] ?? "")") }
            continue
        }
        // The gold's "Conservatives" is the same party as Lede's "Conservative Party": both sides
        // are read under the aliases.
        let gold = nameWords(aliases[speaker.lowercased()] ?? speaker), predicted = nameWords(found.speaker)
        if gold == predicted { exact += 1 }
        if let last = gold.last, predicted.contains(last) {
            lenient += 1
            if verbose, gold != predicted { print("  NAME \(file) \(start) gold=\(speaker) pred=\(found.speaker ?? "null")") }
        } else if verbose {
            print("  WRONG \(file) \(start) gold=\(speaker) pred=\(found.speaker ?? "null") (\(found.kind.rawValue)) | \(row["quote"] ?? "")")
        }
    }
    print("speakers: \(rows.count) rows, \(articles.count) articles, \(judged) quotes with a gold speaker (\(missing) not found)")
    print("  speaker accuracy: exact \(exact)/\(judged) = \(ratio(exact, judged)); last name \(lenient)/\(judged) = \(ratio(lenient, judged))")
    print("  terms: \(termsFound)/\(goldTerms) gold terms left out of `quotes`; \(quotesCalledTerms) gold quotes called terms")
}
