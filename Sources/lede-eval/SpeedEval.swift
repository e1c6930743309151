import Foundation
import LedeCorpus
import LedeExtract

/// Times extraction over every .txt file under `dir` (read as UTF-8, Latin-1 as fallback).
func runSpeedEval(dir: String) {
    guard let walker = FileManager.default.enumerator(atPath: dir) else {
        print("speed: skipped, \(dir) not found")
        return
    }
    var articles: [Article] = []
    for case let file as String in walker where file.hasSuffix(".txt") {
        guard let data = FileManager.default.contents(atPath: dir + "/" + file) else { continue }
        let text = String(data: data, encoding: .utf8) ?? String(decoding: data, as: Unicode.ASCII.self)
        articles.append(Article(id: file, path: file, file: file, body: text))
    }
    let extractor = Extractor()
    let start = Date()
    var quotes = 0
    for a in articles { quotes += extractor.analyze(a).quotes.count }
    let seconds = Date().timeIntervalSince(start)
    print(String(format: "speed: %d articles, %d quotes, %.2f s", articles.count, quotes, seconds))
}
