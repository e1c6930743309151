/// The tables read out of the articles' text: sentences, quotes (and `all_quotes`, which keeps
/// the terms and scare quotes `quotes` leaves out), figures, sources, hedges and mentions. Every row starts with its article's id, file, outlet and date, the sentence it came
/// from and its offsets, so any answer can be traced back.
enum DerivedTables {
    static let names = ["sentences", "quotes", "all_quotes", "figures", "sources", "hedges", "mentions"]

    static let provenance: [Column] = [
        Column("id", .text, "the article's id"),
        Column("file", .text, "the article's file"),
        Column("outlet", .text, "the article's outlet"),
        Column("date", .date, "the article's date"),
        Column("sentence", .text, "the sentence it came from"),
        Column("start", .number, "offset of its first character in the article body"),
        Column("end", .number, "offset just past its last character"),
    ]

    static func schema(_ name: String) -> Schema? {
        let own: [Column]
        switch name {
        case "sentences": own = [Column("paragraph", .number, "paragraph number, from 1"), Column("index", .number, "sentence number in the article, from 1")]
        case "quotes", "all_quotes": own = [
            Column("text", .text, "the quoted words, without the marks"),
            Column("speaker", .text, "canonical full name of who said it"),
            Column("mention", .text, "the speaker as written here"),
            Column("title", .text, "the speaker's role"),
            Column("cue", .text, "speech verb, as a lemma"),
            Column("cue_text", .text, "speech verb as written"),
            Column("addressee", .text, "who it was said to"),
            Column("kind", .text, name == "quotes" ? "direct, partial or indirect" : "direct, partial, indirect or term (quoted words nobody says)"),
            Column("anonymous", .bool, "true when the speaker is not named"),
        ]
        case "figures": own = [
            Column("text", .text, "the figure as written"),
            Column("value", .number, "its value"),
            Column("low", .number, "lower end of a range"),
            Column("high", .number, "upper end of a range"),
            Column("unit", .text, "%, $, km, ..."),
            Column("category", .text, "what is counted, as written"),
            Column("lemma", .text, "what is counted, singular"),
            Column("group", .text, "taxonomy group of the category"),
            Column("qualifier", .text, "about, at least, more than, ..."),
            Column("claimant", .text, "who claims it"),
            Column("cue", .text, "the words that tie it to the claimant"),
            Column("approximate", .bool, "true for ranges, hedged and rounded figures"),
        ]
        case "sources": own = [
            Column("name", .text, "canonical name"),
            Column("text", .text, "as written"),
            Column("kind", .text, "person, organisation, outlet or anonymous"),
            Column("title", .text, "role of a person"),
            Column("cue", .text, "the words that cite it"),
        ]
        case "hedges": own = [
            Column("text", .text, "as written"),
            Column("lemma", .text, "the lexicon entry"),
            Column("class", .text, "doubt, distance, possibility or certainty"),
        ]
        case "mentions": own = [
            Column("name", .text, "canonical full name"),
            Column("text", .text, "as written"),
            Column("title", .text, "the person's role"),
            Column("kind", .text, "person, organisation, place or outlet"),
            Column("evidence", .text, "why it was read as that kind"),
        ]
        default: return nil
        }
        return Schema(provenance + own)
    }

    static func table(_ name: String, articles: [Article], analyses: [Analysis]) -> Table {
        let schema = schema(name)!
        var rows: [[Value]] = []
        var origins: [RowOrigin] = []
        for (a, (article, analysis)) in zip(articles, analyses).enumerated() {
            let head: [Value] = [.text(article.id), .text(article.file), Value(article.outlet), Value(article.date)]
            func add(_ kind: RowOrigin.Kind, _ item: Int, sentence: Int, through last: Int? = nil, span: TextSpan, _ own: [Value]) {
                let reached = analysis.sentences.indices.contains(sentence) ? sentence...max(sentence, min(last ?? sentence, analysis.sentences.count - 1)) : nil
                let text = reached.map { Value.text(analysis.sentences[$0].map(\.text).joined(separator: " ")) } ?? .null
                rows.append(head + [text, Value(span.start), Value(span.end)] + own)
                origins.append(RowOrigin(kind, article: a, item: item))
            }
            switch name {
            case "sentences":
                for (i, s) in analysis.sentences.enumerated() {
                    add(.sentence, i, sentence: i, span: s.span, [Value(s.paragraph + 1), Value(i + 1)])
                }
            case "quotes", "all_quotes":
                for (i, q) in analysis.quotes.enumerated() where name == "all_quotes" || q.kind != .term {
                    add(.quote, i, sentence: q.sentence, through: q.lastSentence, span: q.span, [
                        .text(q.text), Value(q.speaker), Value(q.mention), Value(q.title), Value(q.cue),
                        Value(q.cueText), Value(q.addressee), .text(q.kind.rawValue), .bool(q.anonymous)])
                }
            case "figures":
                for (i, f) in analysis.figures.enumerated() {
                    add(.figure, i, sentence: f.sentence, span: f.span, [
                        .text(f.text), Value(f.value), Value(f.low), Value(f.high), Value(f.unit), Value(f.category),
                        Value(f.categoryLemma), Value(f.group), Value(f.qualifier), Value(f.claimant), Value(f.cue),
                        .bool(f.approximate)])
                }
            case "sources":
                for (i, s) in analysis.sources.enumerated() {
                    add(.source, i, sentence: s.sentence, span: s.span, [
                        .text(s.name), .text(s.text), .text(s.kind.rawValue), Value(s.title), Value(s.cue)])
                }
            case "hedges":
                for (i, h) in analysis.hedges.enumerated() {
                    add(.hedge, i, sentence: h.sentence, span: h.span, [.text(h.text), .text(h.lemma), .text(h.hedgeClass)])
                }
            default:
                for (i, m) in analysis.mentions.enumerated() {
                    add(.mention, i, sentence: m.sentence, span: m.span, [.text(m.name), .text(m.text), Value(m.title), .text(m.kind.rawValue), .text(m.evidence)])
                }
            }
        }
        return Table(schema, rows: rows, origins: origins)
    }
}
