import LedeExtract

/// `mentions`: one row per name in an article, typed person, organisation, place or outlet.
struct MentionTable: ItemTable {
    let help = HelpEntry(.table, "mentions", syntax: "mentions",
                         summary: "Names in the articles, each typed person, organisation, place or outlet with the evidence read (title, given name, place list, ...).",
                         examples: ["mentions | where kind = \"person\" | distinct name", "mentions | group by kind | count"])
    let rowOrigin: RowOrigin.Kind? = .mention
    let shownColumns = ["name", "kind", "title", "file"]

    var fields: [Field<Mention>] {
        [Field("name", .text, "canonical full name") { .text($0.name) },
         Field("text", .text, "as written") { .text($0.text) },
         Field("title", .text, "the person's role") { Value($0.title) },
         Field("kind", .text, "person, organisation, place or outlet") { .text($0.kind.rawValue) },
         Field("evidence", .text, "why it was read as that kind") { .text($0.evidence) }]
    }

    func items(of analysis: Analysis) -> [Mention] { analysis.mentions }
    func place(of mention: Mention, at index: Int) -> Place {
        Place(sentence: mention.sentence, lastSentence: mention.sentence, span: mention.span)
    }
    func marks(of mention: Mention) -> [MarkedSpan] { mention.marks }
    func reading(of m: Mention) -> [String] {
        Explanation.notes([("name", m.name), ("kind", m.kind.rawValue), ("title", m.title), ("evidence", m.evidence)])
    }
}
