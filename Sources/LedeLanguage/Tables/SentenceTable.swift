import LedeExtract

/// `sentences`: every sentence of every article.
struct SentenceTable: ItemTable {
    let help = HelpEntry(.table, "sentences", syntax: "sentences", summary: "Every sentence of every article.",
                         examples: ["sentences | where sentence ~ \"dam\" | count"])
    let rowOrigin: RowOrigin.Kind? = .sentence
    let shownColumns = ["file", "paragraph", "sentence"]

    var fields: [Field<(index: Int, sentence: Sentence)>] {
        [Field("paragraph", .number, "paragraph number, from 1") { Value($0.sentence.paragraph + 1) },
         Field("index", .number, "sentence number in the article, from 1") { Value($0.index + 1) }]
    }

    func items(of analysis: Analysis) -> [(index: Int, sentence: Sentence)] {
        analysis.sentences.enumerated().map { ($0.offset, $0.element) }
    }

    func place(of item: (index: Int, sentence: Sentence), at index: Int) -> Place {
        Place(sentence: index, lastSentence: index, span: item.sentence.span)
    }

    func marks(of item: (index: Int, sentence: Sentence)) -> [MarkedSpan] { [] }
    func reading(of item: (index: Int, sentence: Sentence)) -> [String] { [] }
}
