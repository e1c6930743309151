import LedeCorpus
@testable import LedeExtract

/// An article whose paragraphs are the given strings.
func article(_ paragraphs: String...) -> Article {
    Article(id: "test", path: "test.txt", file: "test.txt", body: paragraphs.joined(separator: "\n\n"))
}

let extractor = Extractor()

func analyze(_ paragraphs: String...) -> Analysis {
    extractor.analyze(Article(id: "test", path: "test.txt", file: "test.txt", body: paragraphs.joined(separator: "\n\n")))
}

func sentences(_ text: String) -> [String] {
    analyze(text).sentences.map(\.text)
}
