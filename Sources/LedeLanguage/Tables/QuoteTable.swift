import LedeExtract

/// `quotes`: one row per act of speech, with its speaker, cue and kind. `all_quotes` also keeps
/// the words in quote marks nobody says (kind `term`: scare quotes, coined terms, titles).
struct QuoteTable: ItemTable {
    let includesTerms: Bool
    let rowOrigin: RowOrigin.Kind? = .quote
    let shownColumns = ["speaker", "kind", "text", "file"]
    var countsForScope: Bool { true }

    var help: HelpEntry {
        includesTerms
            ? HelpEntry(.table, "all_quotes", syntax: "all_quotes",
                        summary: "The quotes and also the words in quote marks nobody says (kind term): scare quotes, coined terms, titles of works.",
                        examples: ["all_quotes | where kind = \"term\" | select text, sentence | take 5"])
            : HelpEntry(.table, "quotes", syntax: "quotes",
                        summary: "Quotes with speaker, title, cue, addressee, kind (direct, partial, indirect) and anonymity.",
                        examples: ["quotes | select speaker, cue, text | take 5"])
    }

    var fields: [Field<Quote>] {
        [Field("text", .text, "the quoted words, without the marks") { .text($0.text) },
         Field("speaker", .text, "canonical full name of who said it") { Value($0.speaker) },
         Field("mention", .text, "the speaker as written here") { Value($0.mention) },
         Field("title", .text, "the speaker's role") { Value($0.title) },
         Field("cue", .text, "speech verb, as a lemma") { Value($0.cue) },
         Field("cue_text", .text, "speech verb as written") { Value($0.cueText) },
         Field("addressee", .text, "who it was said to") { Value($0.addressee) },
         Field("kind", .text, includesTerms ? "direct, partial, indirect or term (quoted words nobody says)" : "direct, partial or indirect") {
             .text($0.kind.rawValue)
         },
         Field("anonymous", .bool, "true when the speaker is not named") { .bool($0.anonymous) }]
    }

    func items(of analysis: Analysis) -> [Quote] { analysis.quotes }
    func keeps(_ quote: Quote) -> Bool { includesTerms || quote.kind != .term }
    func place(of quote: Quote, at index: Int) -> Place {
        Place(sentence: quote.sentence, lastSentence: quote.lastSentence, span: quote.span)
    }
    func marks(of quote: Quote) -> [MarkedSpan] { quote.marks }

    func reading(of q: Quote) -> [String] {
        Explanation.notes([("speaker", q.speaker.map { s in q.title.map { "\(s) (\($0))" } ?? s }), ("cue", q.cue), ("to", q.addressee),
                           ("kind", q.kind.rawValue)]) + (q.anonymous ? ["anonymous"] : [])
    }
}
