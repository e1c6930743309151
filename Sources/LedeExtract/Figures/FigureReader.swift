import LedeCorpus

/// Reads figures (numbers that count, measure or cost something) out of an article's sentences:
/// value or range, unit, what is counted (category, lemma, taxonomy group), qualifier, and who
/// claims it (a quote's speaker, "according to X", or the subject of a claim verb).
///
/// Choices: a lone "one" or "a half" with no unit is not a figure ("one source said"); dates,
/// years, times, ordinals, phone numbers and labels are never figures (see `NumberReader`);
/// ages are figures with unit "years old".
public struct FigureReader: Sendable {
    public let lexicons: FigureLexicons
    let reader: NumberReader

    public init(lexicons: FigureLexicons = .standard) {
        self.lexicons = lexicons
        self.reader = NumberReader(lexicons: lexicons)
    }

    /// Figures in every sentence, in text order. Without sentences, each paragraph is read as one
    /// sentence (its index then counts paragraphs).
    public func read(_ article: Article, sentences: [Sentence], quotes: [Quote]) -> [Figure] {
        read(ScannedSentence.all(Array(article.body.unicodeScalars), sentences: sentences, paragraphs: article.paragraphs), quotes: quotes)
    }

    /// Figures in sentences already scanned, in text order.
    func read(_ sentences: [ScannedSentence], quotes: [Quote]) -> [Figure] {
        sentences.flatMap { read(scalars: $0.scalars, tokens: $0.tokens, sentence: $0.index, offset: $0.offset, quotes: quotes) }
    }

    /// Figures in one sentence given as text; `offset` is added to every span.
    public func read(sentence text: String, index: Int = 0, offset: Int = 0, quotes: [Quote] = []) -> [Figure] {
        let scanned = ScannedSentence(index: index, offset: offset, scalars: Array(text.unicodeScalars))
        return read([scanned], quotes: quotes)
    }

    func read(scalars: [Unicode.Scalar], tokens toks: [NToken], sentence: Int, offset: Int, quotes: [Quote]) -> [Figure] {
        let matches = reader.scan(toks, scalars)
        if matches.isEmpty { return [] }
        func text(_ a: Int, _ b: Int) -> String { NumberParser.text(scalars, TextSpan(toks[a].start, toks[b - 1].end)) }
        func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(offset + toks[a].start, offset + toks[b - 1].end) }

        struct Cat { var a: Int; var b: Int; var words: [(text: String, capitalised: Bool)] }
        var kept: [NumberMatch] = []
        var cats: [Cat?] = []
        for m in matches {
            if m.unit == nil, m.kind == .number, m.qualifier == nil {
                // "one source", "a half": not figures.
                if m.inWords, m.value == 1, m.text.lowercased() == "one" || m.text.lowercased() == "a" { continue }
                if m.fractionOnly, m.text.lowercased().hasSuffix("half") { continue }
            }
            kept.append(m)
            cats.append(category(toks, after: m).map { Cat(a: $0.a, b: $0.b, words: $0.words) })
        }
        // Carry a category along a list: "5, 6 and 7 tanks" -> every number counts tanks.
        func listGap(_ a: NumberMatch, _ b: NumberMatch) -> Bool {
            let from = a.endToken, to = b.qualifierToken ?? b.firstToken
            guard from <= to, to - from <= 2 else { return false }
            return (from..<to).allSatisfy { [",", "and", "or", "to", "-"].contains(toks[$0].text) }
        }
        if kept.count > 1 {
            for k in stride(from: kept.count - 2, through: 0, by: -1) where cats[k] == nil && cats[k + 1] != nil {
                if listGap(kept[k], kept[k + 1]), kept[k].unitKind == kept[k + 1].unitKind { cats[k] = cats[k + 1] }
            }
            for k in 1..<kept.count where cats[k] == nil && cats[k - 1] != nil {
                if listGap(kept[k - 1], kept[k]), kept[k].unitKind == kept[k - 1].unitKind,
                   kept[k].endToken >= toks.count || toks[kept[k].endToken].kind != .word {
                    cats[k] = cats[k - 1]
                }
            }
        }
        let claim = attribution(toks, text: text, span: span)
        var out: [Figure] = []
        for (k, m) in kept.enumerated() {
            var f = Figure(sentence: sentence, span: TextSpan(offset + m.span.start, offset + m.span.end), text: m.text,
                           value: m.value, low: m.low, high: m.high, unit: m.unit,
                           qualifier: m.qualifier, approximate: m.approximate)
            if let q = m.qualifierSpan { f.qualifierSpan = TextSpan(offset + q.start, offset + q.end) }
            if let c = cats[k] {
                f.category = text(c.a, c.b)
                f.categorySpan = span(c.a, c.b)
                if let (lemma, group) = Taxonomy.lemma(words: c.words, lexicons: lexicons) {
                    f.categoryLemma = lemma
                    f.group = group
                }
            }
            if m.unitKind == .age, f.group == nil { f.group = "age" }
            // Claimant: whoever the quote or reported speech holding the figure is credited to,
            // else the sentence's attribution.
            if let q = quotes.first(where: { $0.kind != .term && $0.speaker != nil && $0.span.start <= f.span.start && f.span.end <= $0.span.end }) {
                f.claimant = q.speaker ?? q.mention
                f.claimantSpan = q.mentionSpan
                f.cue = q.cue ?? "say"
                f.cueSpan = q.cueSpan
            } else if let c = claim.nearest(to: m.firstToken, span: f.span) {
                f.claimant = c.claimant
                f.claimantSpan = c.claimantSpan
                f.cue = c.cue
                f.cueSpan = c.cueSpan
            }
            out.append(f)
        }
        return out
    }
}
