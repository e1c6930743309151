import LedeExtract

/// `hedges`: one row per word or phrase of doubt, distance or certainty.
struct HedgeTable: ItemTable {
    let help = HelpEntry(.table, "hedges", syntax: "hedges",
                         summary: "Words and phrases of doubt, distance or certainty, with their class.",
                         examples: ["hedges | group by outlet | count"])
    let rowOrigin: RowOrigin.Kind? = .hedge
    let shownColumns = ["text", "class", "file"]
    var countsForScope: Bool { true }

    var fields: [Field<Hedge>] {
        [Field("text", .text, "as written") { .text($0.text) },
         Field("lemma", .text, "the lexicon entry") { .text($0.lemma) },
         Field("class", .text, "doubt, distance, possibility or certainty") { .text($0.hedgeClass) }]
    }

    func items(of analysis: Analysis) -> [Hedge] { analysis.hedges }
    func place(of hedge: Hedge, at index: Int) -> Place {
        Place(sentence: hedge.sentence, lastSentence: hedge.sentence, span: hedge.span)
    }
    func marks(of hedge: Hedge) -> [MarkedSpan] { hedge.marks }
    func reading(of h: Hedge) -> [String] { Explanation.notes([("hedge", h.lemma), ("class", h.hedgeClass)]) }
}
