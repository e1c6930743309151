import LedeCorpus

/// Finds words and phrases of doubt, distance, possibility and certainty (`hedges.txt`), longest
/// phrase first, with inflections listed in the lexicon ("alleged", "allegedly" -> "allege").
/// The month "May" (capitalised inside a sentence, or before a day number) is not the modal "may".
public struct HedgeFinder: Sendable {
    public let lexicon: FigureLexicons

    public init(lexicon: FigureLexicons = .standard) { self.lexicon = lexicon }

    /// Hedges in every sentence, in text order. Without sentences, paragraphs are read instead.
    public func find(_ article: Article, sentences: [Sentence]) -> [Hedge] {
        find(ScannedSentence.all(Array(article.body.unicodeScalars), sentences: sentences, paragraphs: article.paragraphs))
    }

    /// Hedges in sentences already scanned, in text order.
    func find(_ sentences: [ScannedSentence]) -> [Hedge] {
        sentences.flatMap { find(scalars: $0.scalars, tokens: $0.tokens, sentence: $0.index, offset: $0.offset) }
    }

    /// Hedges in one sentence given as text; `offset` is added to every span.
    public func find(in text: String, sentence: Int = 0, offset: Int = 0) -> [Hedge] {
        find([ScannedSentence(index: sentence, offset: offset, scalars: Array(text.unicodeScalars))])
    }

    func find(scalars: [Unicode.Scalar], tokens toks: [NToken], sentence: Int, offset: Int) -> [Hedge] {
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
