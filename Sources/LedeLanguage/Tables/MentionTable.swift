import LedeExtract

/// `mentions`: one row per person named in an article.
struct MentionTable: ItemTable {
    let help = HelpEntry(.table, "mentions", syntax: "mentions", summary: "People named in the articles, with their titles.",
                         examples: ["mentions | distinct name"])
    let rowOrigin: RowOrigin.Kind? = .mention
    let shownColumns = ["name", "title", "file"]

    var fields: [Field<Mention>] {
        [Field("name", .text, "canonical full name") { .text($0.name) },
         Field("text", .text, "as written") { .text($0.text) },
         Field("title", .text, "the person's role") { Value($0.title) }]
    }

    func items(of analysis: Analysis) -> [Mention] { analysis.mentions }
    func place(of mention: Mention, at index: Int) -> Place {
        Place(sentence: mention.sentence, lastSentence: mention.sentence, span: mention.span)
    }
    func marks(of mention: Mention) -> [MarkedSpan] { mention.marks }
    func reading(of m: Mention) -> [String] { Explanation.notes([("name", m.name), ("title", m.title)]) }
}
