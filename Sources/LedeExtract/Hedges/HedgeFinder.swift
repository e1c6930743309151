import LedeCorpus

/// Finds words and phrases of doubt, distance, possibility and certainty (`hedges.txt`), longest
/// phrase first, with inflections listed in the lexicon ("alleged", "allegedly" -> "allege").
/// The month "May" (capitalised inside a sentence, or before a day number) is not the modal "may".
public struct HedgeFinder: Sendable {
    public let lexicon: FigureLexicons

    public init(lexicon: FigureLexicons = .standard) { self.lexicon = lexicon }

    /// Hedges in every sentence, in text order. Without sentences, paragraphs are read instead.
    public func find(_ article: Article, sentences: [Sentence]) -> [Hedge] {
        let body = Array(article.body.unicodeScalars)
        var units: [(Int, Int, Int)] = sentences.enumerated().map { ($0.offset, $0.element.span.start, $0.element.span.end) }
        if sentences.isEmpty { units = article.paragraphs.enumerated().map { ($0.offset, $0.element.start, $0.element.end) } }
        var out: [Hedge] = []
        for (index, start, end) in units {
            let s = max(0, min(start, body.count)), e = max(s, min(end, body.count))
            out += find(scalars: Array(body[s..<e]), sentence: index, offset: s)
        }
        return out
    }

    /// Hedges in one sentence given as text; `offset` is added to every span.
    public func find(in text: String, sentence: Int = 0, offset: Int = 0) -> [Hedge] {
        find(scalars: Array(text.unicodeScalars), sentence: sentence, offset: offset)
    }

    func find(scalars: [Unicode.Scalar], sentence: Int, offset: Int) -> [Hedge] {
        let toks = NTokenizer.tokenize(scalars)
        var out: [Hedge] = []
        var i = 0
        while i < toks.count {
            guard toks[i].kind == .word, let m = lexicon.hedges.match(toks, at: i) else { i += 1; continue }
            if toks[i].text == "may", m.end == i + 1 {
                let firstWord = !toks[..<i].contains { $0.kind == .word }
                let next = i + 1 < toks.count ? toks[i + 1] : nil
                if (toks[i].upperFirst && !firstWord) || next?.kind == .number { i += 1; continue }
            }
            // Words inside a phrase must be glued by spaces or hyphens only: "so-called" yes, "may." no.
            let a = toks[i].start, b = toks[m.end - 1].end
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<b])
            out.append(Hedge(sentence: sentence, span: TextSpan(offset + a, offset + b), text: String(v),
                             lemma: m.value.lemma, hedgeClass: m.value.hedgeClass))
            i = m.end
        }
        return out
    }
}
