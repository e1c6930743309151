/// `explain`: shows why a row was read as it was: its sentence with the parts marked (speaker,
/// cue and quote; number, category, qualifier and claimant), coloured on a terminal and in
/// brackets elsewhere. This is what a workshop puts on the screen.
struct Explain: Verb {
    let help = HelpEntry(.verb, "explain", syntax: "explain",
                         summary: "Show each row's sentence with the parts Lede read marked (colour on a terminal, [brackets] elsewhere).",
                         examples: ["quotes | take 1 | explain", "figures | where value > 1000 | take 2 | explain"])

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectNoArguments(context, usage: help.syntax)
        var schema = Schema([Column("explanation", .text, "the sentence with its parts marked")])
        schema.isText = true
        let output = schema
        // Whether rows still know their sentence shows only when they flow; the message is ready.
        let noOrigins = context.error("`explain` needs rows that come from articles (quotes, figures, sources, hedges, mentions or sentences)",
                                      at: stage.nameSpan, help: "explain before `group by` or aggregates, e.g. quotes | take 1 | explain")
        return Step(output) { table, context throws(Diagnostic) in
            guard table.origins.count == table.count else { throw noOrigins }
            let analyses = try context.analyses()
            let articles = context.articles
            let rows = table.origins.map { origin -> [Value] in
                let marks = Marks(origin, analysis: analyses[origin.article])
                return [.text(marks.render(article: articles[origin.article], analysis: analyses[origin.article], color: context.usesColor))]
            }
            return Table(output, rows: rows, origins: table.origins)
        }
    }
}

/// The labelled parts of one extracted item, and how to draw them into its sentence.
struct Marks {
    struct Mark {
        var span: TextSpan
        var label: String
        var color: String
    }

    var kind: RowOrigin.Kind
    var sentence: Int
    var marks: [Mark] = []
    /// One line under the sentence with the reading in words.
    var summary: [String] = []

    init(_ origin: RowOrigin, analysis: Analysis) {
        kind = origin.kind
        sentence = 0
        func add(_ span: TextSpan?, _ label: String, _ color: String) {
            if let span, span.end > span.start { marks.append(Mark(span: span, label: label, color: color)) }
        }
        func note(_ name: String, _ value: String?) { if let value, !value.isEmpty { summary.append("\(name): \(value)") } }
        switch origin.kind {
        case .quote:
            let q = analysis.quotes[origin.item]
            sentence = q.sentence
            add(q.span, "quote", Colors.green)
            add(q.mentionSpan, "speaker", Colors.yellow + Colors.bold)
            add(q.cueSpan, "cue", Colors.magenta)
            note("speaker", q.speaker.map { s in q.title.map { "\(s) (\($0))" } ?? s })
            note("cue", q.cue); note("to", q.addressee); note("kind", q.kind.rawValue)
            if q.anonymous { summary.append("anonymous") }
        case .figure:
            let f = analysis.figures[origin.item]
            sentence = f.sentence
            add(f.span, "number", Colors.green + Colors.bold)
            add(f.categorySpan, "category", Colors.cyan)
            add(f.qualifierSpan, "qualifier", Colors.magenta)
            add(f.claimantSpan, "claimant", Colors.yellow + Colors.bold)
            add(f.cueSpan, "cue", Colors.magenta)
            note("value", f.value.map(Value.format)); note("unit", f.unit); note("counts", f.categoryLemma)
            note("qualifier", f.qualifier); note("claimed by", f.claimant)
        case .source:
            let s = analysis.sources[origin.item]
            sentence = s.sentence
            add(s.span, s.kind.rawValue, Colors.yellow + Colors.bold)
            add(s.cueSpan, "cue", Colors.magenta)
            note("source", s.name); note("kind", s.kind.rawValue); note("title", s.title)
        case .hedge:
            let h = analysis.hedges[origin.item]
            sentence = h.sentence
            add(h.span, h.hedgeClass, Colors.magenta + Colors.bold)
            note("hedge", h.lemma); note("class", h.hedgeClass)
        case .mention:
            let m = analysis.mentions[origin.item]
            sentence = m.sentence
            add(m.span, "person", Colors.yellow + Colors.bold)
            note("name", m.name); note("title", m.title)
        case .sentence:
            sentence = origin.item
        case .article, .story:
            break
        }
    }

    /// The sentence (widened to cover every part) with opening and closing marks inserted.
    func render(article: Article, analysis: Analysis, color: Bool) -> String {
        let body = Array(article.body.unicodeScalars)
        let whole = kind == .article || kind == .story
        guard analysis.sentences.indices.contains(sentence) || whole else {
            return "\(article.file): (no sentence)"
        }
        let base = whole ? TextSpan(0, min(body.count, 300)) : analysis.sentences[sentence].span
        let start = max(0, marks.map(\.span.start).reduce(base.start, min))
        let end = min(body.count, marks.map(\.span.end).reduce(base.end, max))
        var inserts: [(at: Int, order: Int, text: String)] = []
        for (i, m) in marks.enumerated() {
            let open = color ? m.color : "[\(m.label): "
            let close = color ? Colors.reset : "]"
            // Closing marks come before opening ones at the same offset; inner marks nest.
            inserts.append((m.span.start, 1_000 + i, open))
            inserts.append((m.span.end, -1_000 + i, close))
        }
        inserts.sort { ($0.at, $0.order) < ($1.at, $1.order) }
        var out = String.UnicodeScalarView()
        var next = inserts.makeIterator()
        var pending = next.next()
        for offset in start...end {
            while let p = pending, p.at == offset {
                out.append(contentsOf: p.text.unicodeScalars)
                pending = next.next()
            }
            if offset < end {
                let scalar = body[offset]
                if scalar == "\n" { out.append(" ") } else { out.append(contentsOf: String(scalar).escapingControlCharacters.unicodeScalars) }
            }
        }
        let paragraph = analysis.sentences.indices.contains(sentence) ? analysis.sentences[sentence].paragraph + 1 : 1
        let header = "\(kind.rawValue) in \(article.file.escapingControlCharacters), paragraph \(paragraph), characters \(start)-\(end)"
        let reading = summary.isEmpty ? "" : "\n  " + summary.joined(separator: " · ").escapingControlCharacters
        return (color ? Colors.dim + header + Colors.reset : header) + "\n  " + String(out) + reading + "\n"
    }
}
