import Foundation
import LedeCorpus
import LedeExtract

/// One article of an annotated sample, read the way Lede reads it, with its raw text and the
/// map from body offsets to raw-file offsets (the gold files count code points in the raw file).
struct GoldArticle {
    var raw: [Unicode.Scalar]
    var analysis: Analysis
    var offsets: [Int]

    /// Loads and analyses `path`; nil (with a message) when it cannot be read.
    init?(path: String, extractor: Extractor) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("  cannot read \(path)")
            return nil
        }
        var corpus = Corpus()
        _ = corpus.load([path])
        guard let article = corpus.articles.first else {
            print("  \(path) loaded no article")
            return nil
        }
        raw = Array(text.unicodeScalars)
        analysis = extractor.analyze(article)
        offsets = rawOffsets(body: Array(article.body.unicodeScalars), raw: raw)
    }

    func rawSpan(_ span: TextSpan) -> TextSpan { mapSpan(span, offsets) }
}

/// Rows of a TAB-separated gold file with a header line, as dictionaries keyed by column name.
func readGoldTable(_ path: String) -> [[String: String]]? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
    return lines.dropFirst().map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var row: [String: String] = [:]
        for (i, name) in header.enumerated() { row[name] = i < fields.count ? fields[i].trimmingCharacters(in: .whitespaces) : "" }
        return row
    }
}

/// Lowercase words of a name without titles, honorifics and "the": the form two names are
/// compared in ("Ms Hewitt" and "hewitt"; "the Liberal Democrats" and "liberal democrats").
func nameWords(_ name: String?) -> [String] {
    let dropped: Set<String> = ["the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "baroness", "prof", "dame"]
    return (name ?? "").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" })
        .map(String.init).filter { !dropped.contains($0) }
}

func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(format: "%.3f", Double(a) / Double(b)) }
