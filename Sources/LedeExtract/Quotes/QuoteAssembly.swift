/// Turns the quotes found by their marks and the reported speech found by its cues into one row
/// per act of speech, the way a careful reader counts them:
/// - a quoted fragment inside someone's reported clause is part of that clause ("Trump said
///   Machado was “disgusting” and “a con”" is one row, not three);
/// - a quote interrupted by its attribution ("“…,” she said. “…”") is one quote;
/// - quoted words nobody is said to say are terms: scare quotes, coined words, titles.
struct QuoteAssembly {
    let document: Document
    let attributor: QuoteAttributor

    func assemble(marked: [Quote], reported: [Quote]) -> [Quote] {
        var marked = marked
        var reported = reported
        var covered = Set(reported.map(\.sentence))
        let speakers = Set((marked + reported).compactMap(\.speaker))
        for q in marked where q.kind == .partial && q.speaker == nil && q.mention == nil && !covered.contains(q.sentence) {
            if let clause = reportedClause(around: q, speakers: speakers) {
                reported.append(clause)
                covered.insert(q.sentence)
            }
        }
        fold(&marked, into: &reported)
        for i in marked.indices where marked[i].kind == .partial && marked[i].speaker == nil && marked[i].mention == nil {
            marked[i].kind = .term
        }
        return (joinInterrupted(marked) + reported).sorted { $0.span.start < $1.span.start }
    }

    /// Fragments inside a reported clause join it. The clause is `partial` when it opens or
    /// closes on the quoted words or is mostly them, and stays `indirect` when a word or two
    /// inside the reporter's paraphrase are in marks ("argued the system was “rigged” against him").
    private func fold(_ marked: inout [Quote], into reported: inout [Quote]) {
        var taken = Set<Int>()
        for r in reported.indices {
            let clause = reported[r].span
            let inside = marked.indices.filter { i in
                let q = marked[i]
                guard !taken.contains(i), q.kind == .partial, let marks = q.pieces.first else { return false }
                return q.sentence == reported[r].sentence && marks.start >= clause.start - 1 && q.span.end <= clause.end + 1
                    && !attributor.isTitle(open: document.token(atOrAfter: marks.start))
            }
            guard let first = inside.first, let last = inside.last,
                  let open = marked[first].pieces.first, let close = marked[last].pieces.last else { continue }
            taken.formUnion(inside)
            let span = TextSpan(min(clause.start, open.start), max(clause.end, close.end))
            let quoted = inside.reduce(0) { $0 + letters(marked[$1].text) }
            let edge = open.start <= clause.start || close.end >= clause.end
            if edge || quoted * 2 >= letters(document.text.string(span)) { reported[r].kind = .partial }
            reported[r].span = span
            reported[r].text = document.text.string(span)
        }
        marked = marked.indices.filter { !taken.contains($0) }.map { marked[$0] }
    }

    /// The clause a cue of someone's speech reports when an uncredited fragment sits in it ("Mr
    /// Blair insisted he had been involved in “all decisions” despite …", "Ban Ki-moon called it a
    /// “brazen breach” of the resolutions"): from the cue to the sentence's end, or to the fragment
    /// when a comma or semicolon follows it. Without a cue, a sentence whose subject speaks
    /// elsewhere in the article reports their words ("He names Russia as the “failing state”").
    /// A title after a preposition ("on “Meet the Press”") is no one's words.
    private func reportedClause(around fragment: Quote, speakers: Set<String>) -> Quote? {
        let tokens = document.tokens
        guard let marks = fragment.pieces.first else { return nil }
        let open = document.token(atOrAfter: marks.start)
        guard !attributor.isTitle(open: open) else { return nil }
        let range = document.sentenceTokens[fragment.sentence]
        let spoken = attributor.reportedSpeech(inSentence: fragment.sentence).flatMap { $0.cue.map { $0.end < open } == true ? $0 : nil }
            ?? attributor.characterization(before: open, sentenceStart: range.lowerBound)
        var a: Int
        let found: Attribution
        if let spoken, let cue = spoken.cue {
            found = spoken
            a = cue.end + 1
        } else if let subject = attributor.subject(ofSentence: fragment.sentence, upTo: open - 1), let p = subject.phrase {
            var probe = Quote(sentence: fragment.sentence, span: fragment.span, text: "", kind: .indirect)
            attributor.apply(subject, to: &probe, at: tokens[p.first].start)
            guard let speaker = probe.speaker, speakers.contains(speaker) else { return nil }
            found = subject
            a = p.last + 1
        } else {
            return nil
        }
        while a < open, [",", ":", "that"].contains(tokens[a].lower) { a += 1 }
        var b = range.upperBound - 1
        let close = document.token(atOrAfter: max(marks.start, marks.end - 1))
        if close + 1 < b, [",", ";"].contains(tokens[close + 1].text) { b = close }
        while b > a, tokens[b].kind == .punct { b -= 1 }
        guard a <= b else { return nil }
        let span = document.span(a, b)
        var clause = Quote(sentence: fragment.sentence, span: span, text: document.text.string(span), kind: .indirect)
        attributor.apply(found, to: &clause, at: span.start)
        return clause.speaker == nil && clause.mention == nil ? nil : clause
    }

    /// "“A,” she said. “B.”": two pieces that share the attribution between them are one quote.
    private func joinInterrupted(_ quotes: [Quote]) -> [Quote] {
        var out: [Quote] = []
        for q in quotes {
            if let previous = out.last, previous.kind == .direct, q.kind == .direct,
               let cue = previous.cueSpan, cue == q.cueSpan,
               cue.start >= previous.span.end, cue.end <= q.span.start,
               document.sentences[previous.lastSentence].paragraph == document.sentences[q.sentence].paragraph,
               let end = previous.text.unicodeScalars.last, Self.openEndings.contains(end) {
                var joined = previous
                joined.span = TextSpan(previous.span.start, q.span.end)
                joined.text = previous.text + " " + q.text
                joined.lastSentence = q.lastSentence
                joined.pieces = previous.pieces + q.pieces
                out[out.count - 1] = joined
            } else {
                out.append(q)
            }
        }
        return out
    }

    /// How a piece of quote ends when its sentence goes on after the attribution.
    private static let openEndings: Set<Unicode.Scalar> = [",", "?", "!", "\u{2014}", "\u{2013}", "\u{2015}", "-", "\u{2026}"]

    private func letters(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (ScalarClass.isAlnum($1) ? 1 : 0) }
    }
}
