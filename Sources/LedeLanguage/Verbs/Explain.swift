import LedeCorpus
import LedeExtract

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

/// Draws one row's explanation: its sentences with the marked parts the extractor read.
struct Marks {
    var kind: RowOrigin.Kind
    var explanation: Explanation?

    init(_ origin: RowOrigin, analysis: Analysis) {
        kind = origin.kind
        explanation = Tables.explaining(origin.kind)?.explanation(of: origin.item, in: analysis)
    }

    static func color(_ role: MarkedSpan.Role) -> String {
        switch role {
        case .item: Colors.green + Colors.bold
        case .who: Colors.yellow + Colors.bold
        case .cue: Colors.magenta
        case .detail: Colors.cyan
        }
    }

    /// The sentence (widened to cover every part) with opening and closing marks inserted.
    func render(article: Article, analysis: Analysis, color: Bool) -> String {
        let body = Array(article.body.unicodeScalars)
        let whole = kind == .article || kind == .story
        let sentence = explanation?.sentence ?? 0
        let marks = explanation?.marks ?? []
        guard analysis.sentences.indices.contains(sentence) || whole else {
            return "\(article.file): (no sentence)"
        }
        let last = analysis.sentences.indices.contains(explanation?.lastSentence ?? -1) ? explanation?.lastSentence ?? sentence : sentence
        let base = whole ? TextSpan(0, min(body.count, 300)) : TextSpan(analysis.sentences[sentence].span.start, analysis.sentences[last].span.end)
        let start = max(0, marks.map(\.span.start).reduce(base.start, min))
        let end = min(body.count, marks.map(\.span.end).reduce(base.end, max))
        var inserts: [(at: Int, order: Int, text: String)] = []
        for (i, m) in marks.enumerated() {
            let open = color ? Self.color(m.role) : "[\(m.label): "
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
        let summary = explanation?.reading ?? []
        let reading = summary.isEmpty ? "" : "\n  " + summary.joined(separator: " · ").escapingControlCharacters
        return (color ? Colors.dim + header + Colors.reset : header) + "\n  " + String(out) + reading + "\n"
    }
}
