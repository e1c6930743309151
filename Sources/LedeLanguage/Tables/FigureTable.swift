import LedeExtract

/// `figures`: one row per number claimed, with what it counts and who claims it.
struct FigureTable: ItemTable {
    static let name = "figures"
    let help = HelpEntry(.table, FigureTable.name, syntax: "figures",
                         summary: "Numeric claims with value, unit, category, qualifier and claimant.",
                         examples: ["figures | select text, category, claimant | take 5"])
    let rowOrigin: RowOrigin.Kind? = .figure
    let shownColumns = ["value", "unit", "category", "claimant", "text", "file"]
    var countsForScope: Bool { true }

    var fields: [Field<Figure>] {
        [Field("text", .text, "the figure as written") { .text($0.text) },
         Field("value", .number, "its value") { Value($0.value) },
         Field("low", .number, "lower end of a range") { Value($0.low) },
         Field("high", .number, "upper end of a range") { Value($0.high) },
         Field("unit", .text, "%, $, km, ...") { Value($0.unit) },
         Field("category", .text, "what is counted, as written") { Value($0.category) },
         Field("lemma", .text, "what is counted, singular") { Value($0.categoryLemma) },
         Field("group", .text, "taxonomy group of the category") { Value($0.group) },
         Field("qualifier", .text, "about, at least, more than, ...") { Value($0.qualifier) },
         Field("claimant", .text, "who claims it") { Value($0.claimant) },
         Field("cue", .text, "the words that tie it to the claimant") { Value($0.cue) },
         Field("approximate", .bool, "true for ranges, hedged and rounded figures") { .bool($0.approximate) }]
    }

    func items(of analysis: Analysis) -> [Figure] { analysis.figures }
    func place(of figure: Figure, at index: Int) -> Place {
        Place(sentence: figure.sentence, lastSentence: figure.sentence, span: figure.span)
    }
    func marks(of figure: Figure) -> [MarkedSpan] { figure.marks }

    func reading(of f: Figure) -> [String] {
        Explanation.notes([("value", f.value.map(Value.format)), ("unit", f.unit), ("counts", f.categoryLemma),
         ("qualifier", f.qualifier), ("claimed by", f.claimant)])
    }
}
