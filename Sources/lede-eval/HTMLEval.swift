import Foundation
import LedeCorpus

// The article-extraction benchmark (../shared/corpora/article-extraction-benchmark: 181 news
// pages, `ground-truth.json`, other extractors' results in `output/*.json`) scored the way its own
// `evaluate.py` scores them: tokens are runs of word characters (Python's `\w+`, case kept), each
// page is compared as a multiset of 4-token shingles, tp/fp/fn are per page, and precision and
// recall are the means over pages (a page with no predicted text counts for recall only); F1 comes
// from the two means.

/// Lede's row on this benchmark before the HTML work (commit b6f8784), kept to print beside the
/// current one.
private let baseline = (precision: 0.866, recall: 0.866, f1: 0.866)

/// Scores Lede's HTML loader and every extractor in `output/` against the ground truth. With
/// `verbose`, lists Lede's pages from the worst F1 up.
func runHTMLEval(dir: String, verbose: Bool) {
    guard let truth = readBodies(dir + "/ground-truth.json") else {
        print("html: skipped, \(dir)/ground-truth.json not found")
        return
    }
    let keys = truth.keys.sorted()
    var predicted: [String: String] = [:]
    var seconds = 0.0, cpu = 0.0
    var notes = 0
    for key in keys {
        guard let bytes = gunzip(dir + "/html/" + key + ".html.gz") else { continue }
        var corpus = Corpus()
        let started = Date(), cpuStarted = cpuSeconds()
        let report = corpus.load(bytes: bytes, path: key + ".html")
        seconds += Date().timeIntervalSince(started)
        cpu += cpuSeconds() - cpuStarted
        notes += report.notes.count + report.skipped.count
        predicted[key] = corpus.articles.first?.body ?? ""
    }
    var rows: [(name: String, scores: [ShingleScore])] = [("lede", keys.map { ShingleScore(truth: truth[$0] ?? "", predicted: predicted[$0] ?? "") })]
    let others = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/output"))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
    for file in others {
        guard let bodies = readBodies(dir + "/output/" + file) else { continue }
        rows.append((String(file.dropLast(5)), keys.map { ShingleScore(truth: truth[$0] ?? "", predicted: bodies[$0] ?? "") }))
    }
    let perPage = { (total: Double) in String(format: "%.1f", total * 1000 / Double(max(1, predicted.count))) }
    print("html: \(keys.count) pages, \(predicted.count) loaded; load \(perPage(seconds)) ms per page, \(perPage(cpu)) ms of CPU (decode, parse, extract; after gunzip); \(notes) notes or skips")
    print("extractor                precision  recall     F1")
    print(tableRow("lede (before, b6f8784)", baseline))
    let scored = rows.map { (name: $0.name, metrics: ShingleScore.metrics($0.scores)) }
    for row in scored.sorted(by: { $0.metrics.f1 > $1.metrics.f1 }) {
        print(tableRow(row.name, row.metrics))
    }
    // `-v KEY`: one page's body beside its ground truth.
    if let flag = CommandLine.arguments.firstIndex(of: "-v"), flag + 1 < CommandLine.arguments.count {
        let prefix = CommandLine.arguments[flag + 1]
        for key in keys where key.hasPrefix(prefix) {
            print("--- lede\n\(predicted[key] ?? "")\n--- truth\n\(truth[key] ?? "")")
        }
        return
    }
    if verbose, let lede = rows.first {
        for (key, score) in zip(keys, lede.scores).sorted(by: { $0.1.f1 < $1.1.f1 }).prefix(40) {
            print(String(format: "  %.3f p=%.3f r=%.3f ", score.f1, score.precision ?? -1, score.recall ?? -1) + key)
        }
    }
}

private func tableRow(_ name: String, _ metrics: (precision: Double, recall: Double, f1: Double)) -> String {
    name.padding(toLength: 24, withPad: " ", startingAt: 0)
        + String(format: "%9.3f  %6.3f  %6.3f", metrics.precision, metrics.recall, metrics.f1)
}

/// This process's CPU time: on a shared machine wall time also counts other people's work.
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// `articleBody` by page key, from the benchmark's JSON layout.
private func readBodies(_ path: String) -> [String: String]? {
    guard let data = FileManager.default.contents(atPath: path),
          var object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
    // Newer outputs wrap the pages: {"output": {key: {...}}, "version": "..."}.
    if let wrapped = object["output"] as? [String: Any] { object = wrapped }
    var bodies: [String: String] = [:]
    for (key, value) in object {
        bodies[key] = (value as? [String: Any])?["articleBody"] as? String ?? ""
    }
    return bodies
}

private func gunzip(_ path: String) -> [UInt8]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-dc", "--", path]
    let output = Pipe()
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? [UInt8](data) : nil
}

/// One page's shingle counts, as `evaluate.py`'s `string_shingle_matching`.
struct ShingleScore {
    var tp = 0, fp = 0, fn = 0

    init(truth: String, predicted: String) {
        let wanted = Self.shingles(truth), got = Self.shingles(predicted)
        for (key, count) in wanted {
            let other = got[key, default: 0]
            tp += min(count, other)
            fn += max(0, count - other)
        }
        for (key, count) in got { fp += max(0, count - wanted[key, default: 0]) }
    }

    /// Nil when the page has no predicted shingles (left out of the mean, as upstream).
    var precision: Double? {
        if fp == 0 && fn == 0 { return 1 }
        return tp + fp > 0 ? Double(tp) / Double(tp + fp) : nil
    }

    var recall: Double? {
        if fp == 0 && fn == 0 { return 1 }
        return tp + fn > 0 ? Double(tp) / Double(tp + fn) : nil
    }

    var f1: Double {
        let p = precision ?? 0, r = recall ?? 0
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    static func metrics(_ pages: [ShingleScore]) -> (precision: Double, recall: Double, f1: Double) {
        let p = mean(pages.compactMap(\.precision)), r = mean(pages.compactMap(\.recall))
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Runs of 4 tokens, or the whole token list when it is shorter, with their counts.
    static func shingles(_ text: String) -> [[Substring]: Int] {
        let tokens = tokens(text)
        var counts: [[Substring]: Int] = [:]
        guard !tokens.isEmpty else { return counts }
        for start in 0..<max(1, tokens.count - 3) {
            counts[Array(tokens[start..<min(tokens.count, start + 4)]), default: 0] += 1
        }
        return counts
    }

    /// Python's `\w+` in Unicode mode: letters, numbers and the underscore (marks are not word
    /// characters there).
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let word = isWord(scalars[index])
            if word, start == nil { start = index }
            if !word, let begun = start {
                tokens.append(Substring(scalars[begun..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begun = start { tokens.append(Substring(scalars[begun..<scalars.endIndex])) }
        return tokens
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
