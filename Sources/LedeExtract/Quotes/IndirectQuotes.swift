import LedeCorpus

/// Reported speech without quote marks: "X said (that) …", "…, X said.", "…, said X.",
/// "according to X, …". One per sentence, in sentences that hold no direct quote.
struct IndirectQuoteFinder {
    let document: Document
    let vocabulary: Vocabulary
    let attributor: QuoteAttributor

    private var tokens: [Token] { document.tokens }

    func quotes(besides quoted: [Quote]) -> [Quote] {
        let reader = PhraseReader(vocabulary: vocabulary, tokens: tokens)
        // A direct quote the splitter cut into sentences covers all of them: "… went wrong, and if it
        // was us, we will say so," he said. holds a speech verb, but it is the speaker's own.
        let direct = quoted.filter { $0.kind == .direct }.map(\.span)
        let quotedSentences = Set(document.sentences.indices.filter { s in
            let span = document.sentences[s].span
            return direct.contains { $0.start < span.end && span.start < $0.end }
        })
        // Words inside quote marks are the speaker's, never the reporter's cue.
        let inside = quoted.map(\.span)
        var out: [Quote] = []
        // Who spoke earlier resolves "the Liberal Democrat leader said" later on.
        var attributor = self.attributor
        for (s, range) in document.sentenceTokens.enumerated() where !quotedSentences.contains(s) && range.count >= 5 {
            let lo = range.lowerBound
            var hi = range.upperBound - 1
            while hi > lo, tokens[hi].kind == .punct { hi -= 1 }
            if let q = leading(s, lo, hi, reader, attributor) ?? trailing(s, lo, hi, reader, attributor) ?? accordingTo(s, lo, hi, reader, attributor),
               !inside.contains(where: { marks in (q.cueSpan ?? q.mentionSpan).map { marks.start <= $0.start && $0.start < marks.end } ?? false }) {
                out.append(q)
                attributor = attributor.hearing([q])
            }
        }
        return out
    }

    private static let prepositions: WordSet = ["in", "on", "at", "during", "after", "before", "of", "about", "for", "to", "with"]

    /// "X said (that) content": a subject at the start of a clause and content after the cue.
    private func leading(_ s: Int, _ lo: Int, _ hi: Int, _ reader: PhraseReader, _ attributor: QuoteAttributor) -> Quote? {
        for v in lo...hi {
            guard let cue = vocabulary.cue(tokens, at: v, lowerBound: lo), vocabulary.indirectVerbs.contains(cue.lemma) else { continue }
            guard let p = reader.subject(lo: lo, verb: v) else { continue }
            // "“…”, Mr Learmount said, adding that …": the quoted words before are what was said.
            let comma = p.first - (p.first > lo && vocabulary.isHonorific(tokens[p.first - 1]) ? 2 : 1)
            if comma > lo, tokens[comma].text == ",", tokens[comma - 1].kind == .punct,
               let mark = tokens[comma - 1].text.unicodeScalars.first, QuoteMarks.isCloser(mark) {
                continue
            }
            var a = cue.end + 1
            if cue.lemma == "tell" && cue.addressee == nil { continue }
            // "said on Tuesday that …", "said in a statement that …": the content follows "that".
            if a < hi, Self.prepositions.contains(tokens[a].lower),
               let that = (a + 1...min(hi, a + 5)).first(where: { tokens[$0].lower == "that" || tokens[$0].kind == .punct }),
               tokens[that].lower == "that" {
                a = that
            }
            while a <= hi, tokens[a].text == "," || tokens[a].lower == "that" { a += 1 }
            // "said “several hundred” households had …": content may open with a quote mark.
            let quoted = a < hi && tokens[a].isQuoteOpener
            guard hi - a >= 3, tokens[a].isWord || tokens[a].kind == .number || quoted else { continue }
            // "said on Monday", "said in a statement": content starting with a preposition is not speech.
            if Self.prepositions.contains(tokens[a].lower) { continue }
            return make(s, a, hi, Attribution(phrase: p, cue: cue), attributor)
        }
        return nil
    }

    /// "content, X said." / "content, said X."
    private func trailing(_ s: Int, _ lo: Int, _ hi: Int, _ reader: PhraseReader, _ attributor: QuoteAttributor) -> Quote? {
        // "content, X said." or "content, X continued, adding that …": the attribution sits
        // between the last comma or the one before it and the next.
        let commas = (lo...hi).filter { tokens[$0].text == "," }
        for (n, comma) in commas.enumerated().reversed().prefix(2) {
            let end = n + 1 < commas.count ? commas[n + 1] - 1 : hi
            guard comma - lo >= 4, end - comma <= 12 else { continue }
            // After the words it reports, "Mr Learmount continued" says them too ("the city
            // continues to use" does not).
            guard let found = attributor.attributeAfter((comma + 1, end)), let cue = found.cue,
                  vocabulary.indirectVerbs.contains(cue.lemma) || cue.lemma == "continue" && cue.end == end else { continue }
            // "…, though Y has reported that Z.": a clause with content of its own reports Z, not the words before it.
            if cue.end < end, tokens[cue.end + 1].lower == "that" { return nil }
            return make(s, lo, comma - 1, found, attributor)
        }
        return nil
    }

    /// "According to X, content." / "content, according to X."
    private func accordingTo(_ s: Int, _ lo: Int, _ hi: Int, _ reader: PhraseReader, _ attributor: QuoteAttributor) -> Quote? {
        guard let k = (lo..<hi).first(where: { tokens[$0].lower == "according" && tokens[$0 + 1].lower == "to" }),
              let p = reader.object(from: k + 2, hi: hi) else { return nil }
        let found = Attribution(phrase: p, cueWords: "according to")
        if k == lo, p.last < hi, let comma = (p.last + 1...hi).first(where: { tokens[$0].text == "," }), hi - comma >= 4 {
            return make(s, comma + 1, hi, found, attributor)
        }
        if k - 1 > lo, tokens[k - 1].text == "," { return make(s, lo, k - 2, found, attributor) }
        return nil
    }

    private func make(_ s: Int, _ a: Int, _ b: Int, _ found: Attribution, _ attributor: QuoteAttributor) -> Quote? {
        guard a <= b else { return nil }
        let span = document.span(a, b)
        var q = Quote(sentence: s, span: span, text: document.text.string(span), kind: .indirect)
        attributor.apply(found, to: &q, at: span.start)
        return q.speaker == nil && q.mention == nil ? nil : q
    }
}
