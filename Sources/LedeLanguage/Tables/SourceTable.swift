import LedeExtract

/// `sources`: one row per attribution: who a claim is attributed to, and how.
struct SourceTable: ItemTable {
    let help = HelpEntry(.table, "sources", syntax: "sources",
                         summary: "Who claims are attributed to: people, organisations, outlets, anonymous sources.",
                         examples: ["sources | group by kind | count"])
    let rowOrigin: RowOrigin.Kind? = .source
    let shownColumns = ["name", "kind", "cue", "file"]
    var countsForScope: Bool { true }

    var fields: [Field<SourceRef>] {
        [Field("name", .text, "canonical name") { .text($0.name) },
         Field("text", .text, "as written") { .text($0.text) },
         Field("kind", .text, "person, organisation, outlet or anonymous") { .text($0.kind.rawValue) },
         Field("title", .text, "role of a person") { Value($0.title) },
         Field("cue", .text, "the words that cite it") { Value($0.cue) }]
    }

    func items(of analysis: Analysis) -> [SourceRef] { analysis.sources }
    func place(of source: SourceRef, at index: Int) -> Place {
        Place(sentence: source.sentence, lastSentence: source.sentence, span: source.span)
    }
    func marks(of source: SourceRef) -> [MarkedSpan] { source.marks }
    func reading(of s: SourceRef) -> [String] {
        Explanation.notes([("source", s.name), ("kind", s.kind.rawValue), ("title", s.title)])
    }
}
