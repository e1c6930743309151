import Foundation
import LedeCorpus
@testable import LedeExtract

/// An article whose paragraphs are the given strings.
func article(_ paragraphs: String...) -> Article { article(paragraphs) }

func article(_ paragraphs: [String]) -> Article {
    Article(id: "test", path: "test.txt", file: "test.txt", body: paragraphs.joined(separator: "\n\n"))
}

let extractor = Extractor()

func analyze(_ paragraphs: String...) -> Analysis { extractor.analyze(article(paragraphs)) }

func sentences(_ text: String) -> [String] {
    analyze(text).sentences.map(\.text)
}

/// The folder holding Package.swift.
let packageRoot: URL = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { dir.deleteLastPathComponent() }
    return dir
}()

/// `../shared` beside the project, when present.
let sharedFolder: URL? = {
    let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
}()

let seedPath = sharedFolder?.appendingPathComponent("seed/000_ab75134ec4b81449.txt").path
let seedAvailable = seedPath.map { FileManager.default.fileExists(atPath: $0) } ?? false

/// The seed article as the corpus loader reads it (header lines up to the date kept out of the body).
func seedArticle() -> Article? {
    guard let seedPath, seedAvailable else { return nil }
    var corpus = Corpus()
    _ = corpus.load([seedPath])
    return corpus.articles.first
}

/// A fresh temporary folder holding the given text files (name -> contents); the caller removes it.
func temporaryFolder(_ files: [String: String]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir.path
}

/// The built-in lexicons with a temporary override folder holding `files` applied over them.
func lexicons(overriding files: [String: String]) throws -> Lexicons {
    let dir = try temporaryFolder(files)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    return try Lexicons.load(overrides: dir)
}
