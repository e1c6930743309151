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
        for (s, range) in document.sentenceTokens.enumerated() where !quotedSentences.contains(s) && range.count >= 5 {
            let lo = range.lowerBound
            var hi = range.upperBound - 1
            while hi > lo, tokens[hi].kind == .punct { hi -= 1 }
            if let q = leading(s, lo, hi, reader) ?? trailing(s, lo, hi, reader) ?? accordingTo(s, lo, hi, reader),
               !inside.contains(where: { marks in (q.cueSpan ?? q.mentionSpan).map { marks.start <= $0.start && $0.start < marks.end } ?? false }) {
                out.append(q)
            }
        }
        return out
    }

    /// Partial quotes nobody was credited with that make up most of the reported speech around
    /// them take its speaker: in "Jeb Bush says he’s “excited where we stand”" the quoted words
    /// are what Bush said, while in "X argued the system was “rigged”" the one word is a scare
    /// quote inside X's paraphrase. Counted over all the reported words, the quoted letters and
    /// digits must be at least half.
    func credit(_ partials: inout [Quote], from reported: [Quote]) {
        var bySentence: [Int: [Int]] = [:]
        for (i, q) in partials.enumerated() where q.kind == .partial && q.speaker == nil && q.mention == nil {
            bySentence[q.sentence, default: []].append(i)
        }
        guard !bySentence.isEmpty else { return }
        for r in reported {
            guard let candidates = bySentence[r.sentence] else { continue }
            let inside = candidates.filter { i in
                let q = partials[i]
                return q.span.start >= r.span.start && q.span.end <= r.span.end + 1
                    && !attributor.isTitle(open: document.token(atOrAfter: q.span.start - 1))
            }
            guard let first = inside.first else { continue }
            // "Trump argued …, saying it’s “all about management”": a participle of speech after a
            // comma reports the subject's words again; the fragment is measured against its clause.
            var from = r.span.start
            let lo = document.token(atOrAfter: r.span.start), open = document.token(atOrAfter: partials[first].span.start - 1)
            if lo < open, let c = (lo..<open).last(where: { vocabulary.lemma(tokens[$0]) != nil }),
               tokens[c].lower.hasSuffix("ing"), c > lo, tokens[c - 1].text == "," {
                var a = c + 1
                while a < open, tokens[a].text == "," || tokens[a].lower == "that" || tokens[a].text == ":" { a += 1 }
                from = tokens[a].start
            }
            let all = letters(document.text.string(from, r.span.end))
            let quoted = inside.reduce(0) { $0 + letters(partials[$1].text) }
            // A phrase of two words or more that closes someone's reported clause (its stop outside
            // the marks, or "and that" or "but that" opening the next) is theirs too: "Reinholt said the authority would “cooperate fully”." One
            // quoted word ("was “rigged”") may be the reporter's scare quote.
            let phrase = inside.contains { i in
                let close = document.token(atOrAfter: partials[i].span.end)
                let next = close + 1 < tokens.count ? tokens[close + 1].lower : "."
                let newClause = ["and", "but"].contains(next) && close + 2 < tokens.count && tokens[close + 2].lower == "that"
                let bare = !(partials[i].text.unicodeScalars.last.map { [".", "?", "!", ","].contains($0) } ?? false)
                return WordCounter.count(partials[i].text) >= 2 && bare && (next == "." || newClause)
            }
            guard all > 0, quoted * 2 >= all || phrase else { continue }
            for i in inside { attributor.apply(Attribution(phrase: nil, inherited: r), to: &partials[i], at: partials[i].span.start) }
        }
    }

    private func letters(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic || ("0"..."9").contains($1) ? 1 : 0) }
    }

    private static let prepositions: Set<String> = ["in", "on", "at", "during", "after", "before", "of", "about", "for", "to", "with"]

    /// "X said (that) content": a subject at the start of a clause and content after the cue.
    private func leading(_ s: Int, _ lo: Int, _ hi: Int, _ reader: PhraseReader) -> Quote? {
        for v in lo...hi {
            guard let cue = vocabulary.cue(tokens, at: v, lowerBound: lo), vocabulary.indirectVerbs.contains(cue.lemma) else { continue }
            guard let p = reader.subject(lo: lo, verb: v) else { continue }
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
            let quoted = a < hi && tokens[a].kind == .punct && QuoteMarks.isOpener(tokens[a].text.unicodeScalars.first!)
            guard hi - a >= 3, tokens[a].isWord || tokens[a].kind == .number || quoted else { continue }
            // "said on Monday", "said in a statement": content starting with a preposition is not speech.
            if Self.prepositions.contains(tokens[a].lower) { continue }
            return make(s, a, hi, Attribution(phrase: p, cue: cue))
        }
        return nil
    }

    /// "content, X said." / "content, said X."
    private func trailing(_ s: Int, _ lo: Int, _ hi: Int, _ reader: PhraseReader) -> Quote? {
        guard let comma = (lo...hi).last(where: { tokens[$0].text == "," }), comma - lo >= 4, hi - comma <= 12 else { return nil }
        guard let found = attributor.attributeAfter((comma + 1, hi)), let cue = found.cue, vocabulary.indirectVerbs.contains(cue.lemma) else { return nil }
        // "…, though Y has reported that Z.": a clause with content of its own reports Z, not the words before it.
        if cue.end < hi, tokens[cue.end + 1].lower == "that" { return nil }
        return make(s, lo, comma - 1, found)
    }

    /// "According to X, content." / "content, according to X."
    private func accordingTo(_ s: Int, _ lo: Int, _ hi: Int, _ reader: PhraseReader) -> Quote? {
        guard let k = (lo..<hi).first(where: { tokens[$0].lower == "according" && tokens[$0 + 1].lower == "to" }),
              let p = reader.object(from: k + 2, hi: hi) else { return nil }
        let found = Attribution(phrase: p, cueWords: "according to")
        if k == lo, p.last < hi, let comma = (p.last + 1...hi).first(where: { tokens[$0].text == "," }), hi - comma >= 4 {
            return make(s, comma + 1, hi, found)
        }
        if k - 1 > lo, tokens[k - 1].text == "," { return make(s, lo, k - 2, found) }
        return nil
    }

    private func make(_ s: Int, _ a: Int, _ b: Int, _ found: Attribution) -> Quote? {
        guard a <= b else { return nil }
        let span = document.span(a, b)
        var q = Quote(sentence: s, span: span, text: document.text.string(span), kind: .indirect)
        attributor.apply(found, to: &q, at: span.start)
        return q.speaker == nil && q.mention == nil ? nil : q
    }
}
