import LedeCorpus

/// Who said a quote: the phrase that names the speaker, the cue, and where they were found.
struct Attribution {
    var phrase: Phrase?
    /// Speaker carried over from an earlier quote (continuation) instead of a phrase here.
    var inherited: Quote?
    /// Speaker named in the paragraph before a quote-only paragraph.
    var carried: String?
    var cue: Cue?
    /// "—" for dash attributions, "according to" for that pattern; otherwise the cue's words.
    var cueWords: String?
}

/// Attributes each quote span to a speaker with the patterns of news writing, then resolves
/// pronouns and last names against the article's people.
struct QuoteAttributor {
    let document: Document
    let vocabulary: Vocabulary
    let names: NameResolver
    /// First title given to each person in the article.
    let titles: [String: String]

    private var tokens: [Token] { document.tokens }
    private var reader: PhraseReader { PhraseReader(vocabulary: vocabulary, tokens: document.tokens) }

    func quotes(_ spans: [QuoteSpan]) -> [Quote] {
        var out: [Quote] = []
        // Each quote with every attribution found for it, uncredited fragments included: a later
        // quote continues the speaker of the words before it, whoever the fragment is credited to.
        var heard: [Quote] = []
        // Speakers become references as they are found, so a later "he" can point back to them.
        var context = names
        let opens = spans.map { document.token(atOrAfter: $0.open) }
        let closes = spans.map { document.token(atOrAfter: $0.close) }
        for (index, q) in spans.enumerated() {
            let openTok = opens[index], closeTok = closes[index]
            let paraRange = document.paragraphTokens(q.firstParagraph)
            let lastRange = document.paragraphTokens(q.lastParagraph)
            let sameParagraphBefore = index > 0 && spans[index - 1].lastParagraph == q.firstParagraph
            let sameParagraphAfter = index + 1 < spans.count && spans[index + 1].firstParagraph == q.lastParagraph
            let sentence = document.sentence(at: q.inner.start)
            let sentenceStart = document.sentenceTokens[document.sentence(at: q.open)].lowerBound
            let lo = max(sentenceStart, sameParagraphBefore ? closes[index - 1] + 1 : paraRange.lowerBound, paraRange.lowerBound)
            let before = (lo, openTok - 1)
            var afterEnd = (sameParagraphAfter ? opens[index + 1] : lastRange.upperBound) - 1
            // The sentence ends at its stop; a dot before "," or ")" ends an abbreviation ("(R-Fla.) said").
            if closeTok + 1 <= afterEnd, let stop = (closeTok + 1...afterEnd).first(where: {
                [".", "?", "!"].contains(tokens[$0].text) && !(tokens[$0].text == "." && $0 + 1 < tokens.count && [",", ")"].contains(tokens[$0 + 1].text))
            }) {
                afterEnd = stop
            }
            let after = (closeTok + 1, afterEnd)
            let inner = innerText(q)
            let endsOpen = inner.unicodeScalars.last.map { [",", "?", "!", "\u{2014}", "\u{2015}", "-"].contains($0) } ?? false
            var found: Attribution?
            if endsOpen { found = attributeAfter(after) ?? attributeBefore(before) } else { found = attributeBefore(before) ?? attributeAfter(after) }
            let atParagraphStart = openTok == paraRange.lowerBound
            if found == nil, let previous = heard.last,
               sameParagraphBefore || (atParagraphStart && previous.speaker != nil && document.sentences[previous.sentence].paragraph == q.firstParagraph - 1) {
                found = Attribution(phrase: nil, inherited: previous)
            }
            // "…, Schiff said. “The other factor …”": a quote opening a sentence with no cue of its own
            // continues the reported speech of the sentence before it in the paragraph.
            if found == nil, openTok == sentenceStart, !atParagraphStart, sentence > 0,
               document.sentences[sentence - 1].paragraph == q.firstParagraph,
               index == 0 || spans[index - 1].close < document.sentences[sentence - 1].span.start {
                found = reportedSpeech(inSentence: sentence - 1)
            }
            // "Breitbart News responded:" ending the paragraph before introduces this one.
            if found == nil, atParagraphStart, q.firstParagraph > 0 {
                let previous = document.paragraphTokens(q.firstParagraph - 1)
                if let last = previous.last, tokens[last].text == ":" {
                    found = attributeBefore((document.sentenceTokens[document.tokenSentence[last]].lowerBound, last))
                }
            }
            if found == nil, atParagraphStart, q.firstParagraph > 0, let name = lastPerson(inParagraph: q.firstParagraph - 1) {
                found = Attribution(phrase: nil, carried: name)
            }
            let words = WordCounter.count(inner)
            let trailing = before.1 >= before.0 ? tokens[before.1] : nil
            let opensClause = openTok == sentenceStart || atParagraphStart
                || trailing.map { [",", ":", "\u{2014}", "\u{2013}", "\u{2015}"].contains($0.text) || vocabulary.cue(tokens, at: before.1) != nil } ?? true
            // A quote that opens its clause ("…," he said / said, "…") is direct at any length;
            // inside a sentence it is partial when short or when no speech verb governs it.
            let governed = found?.cue != nil || found?.cueWords != nil
            let kind: Quote.Kind = opensClause || (words >= 5 && governed) ? .direct : .partial
            var quote = Quote(sentence: sentence, span: q.inner, text: inner, kind: kind)
            apply(found, to: &quote, at: q.open, names: context)
            var heardQuote = quote
            if kind == .partial {
                // A fragment is credited only when its words are what the cue reports:
                // "X called the plan “a disaster”", "Y said that “…”". A fragment inside a
                // paraphrase ("argued the system was “rigged”") is left to the reported speech
                // around it, and a scare quote to nobody.
                quote = Quote(sentence: sentence, span: q.inner, text: inner, kind: kind)
                apply(credited(found, open: openTok, close: closeTok, sentenceStart: sentenceStart), to: &quote, at: q.open, names: context)
                if quote.speaker != nil { heardQuote = quote }
            }
            // A short quote nobody is credited with is a title or a phrase ("Saturday Night Live").
            if quote.kind == .direct, quote.speaker == nil, quote.mention == nil, words < 5 { quote.kind = .partial }
            if let speaker = heardQuote.speaker, speaker.contains(" "), !heardQuote.anonymous {
                context.addReference(speaker, at: q.open)
                context.sortReferences()
            }
            out.append(quote)
            heard.append(heardQuote)
        }
        return out
    }

    /// The quoted words without the continuation marks of a multi-paragraph quote.
    private func innerText(_ q: QuoteSpan) -> String {
        guard !q.innerMarks.isEmpty else { return document.text.string(q.inner) }
        var parts: [String] = []
        var a = q.inner.start
        for mark in q.innerMarks {
            parts.append(document.text.string(a, mark))
            a = mark + 1
        }
        parts.append(document.text.string(a, q.inner.end))
        return parts.map { $0.trimmingSpaces }.joined(separator: " ")
    }

    /// `"…," X said` / `"…," said X` / `"…" — X` / `"…," according to X`.
    func attributeAfter(_ range: (Int, Int)) -> Attribution? {
        var (k, hi) = range
        while k <= hi, tokens[k].text == "," { k += 1 }
        guard k <= hi else { return nil }
        if reader.isDash(k) {
            // "— Paul Kern", "— a senior official"; not "— the balloons cascaded down".
            guard let p = reader.object(from: k + 1, hi: hi),
                  p.kind != .person || tokens[p.first...p.last].contains(where: \.isCapitalised) else { return nil }
            return Attribution(phrase: p, cueWords: "\u{2014}")
        }
        if let cue = vocabulary.cue(tokens, at: k, lowerBound: k) {
            guard let p = reader.object(from: cue.end + 1, hi: hi) else { return nil }
            return Attribution(phrase: p, cue: cue)
        }
        if tokens[k].lower == "according", k + 1 <= hi, tokens[k + 1].lower == "to", let p = reader.object(from: k + 2, hi: hi) {
            return Attribution(phrase: p, cueWords: "according to")
        }
        for v in k...min(k + 20, hi) {
            guard let cue = vocabulary.cue(tokens, at: v, lowerBound: k) else { continue }
            // The subject opens the clause, or follows a short lead-in: "another friend, Mariam
            // Emara told", "former FBI agent Timothy Gill explained" (the lead-in is then the title).
            // "…," Nate Silver, the polling guru who founded the site, tweeted: a name right after the
            // quote is the subject however long its aside.
            let named = reader.leading(from: k, hi: v - 1).flatMap { p in
                p.kind != .pronoun && p.nameFirst + 1 <= p.last && p.last + 1 < v && tokens[p.last + 1].text == "," ? p : nil
            }
            guard var p = reader.subject(lo: k, verb: v) ?? named else { return nil }
            if p.first > k + (["and", "but"].contains(tokens[k].lower) ? 1 : 0) {
                if let named { return Attribution(phrase: named, cue: cue) }
                guard p.first - k <= 6, tokens[k..<p.first].allSatisfy({ $0.isWord || $0.text == "," }) else { return nil }
                if p.kind == .person, p.title == nil, tokens[p.first - 1].isWord {
                    let skip = ["a", "an", "the"].contains(tokens[k].lower) ? 1 : 0
                    if k + skip < p.first { p.title = reader.text(k + skip, p.first - 1) }
                }
            }
            return Attribution(phrase: p, cue: cue)
        }
        return nil
    }

    /// `X said, "…"` / `X said: "…"` / `X told CNN, "…"` / `X — "…"` / `according to X, "…"`.
    func attributeBefore(_ range: (Int, Int)) -> Attribution? {
        let (lo, hi) = range
        guard lo <= hi else { return nil }
        var e = hi
        let dash = reader.isDash(e)
        if [",", ":"].contains(tokens[e].text) || dash { e -= 1 }
        if e >= lo, tokens[e].lower == "that" { e -= 1 }
        guard e >= lo else { return nil }
        for v in stride(from: e, through: lo, by: -1) {
            guard let cue = vocabulary.cue(tokens, at: v, lowerBound: lo) else { continue }
            guard e - cue.end <= 10 else { break }
            // "said Clinton: “…”" names the speaker after the verb, but after "told" comes the addressee;
            // "Carson …, but told his supporters, “…”" takes the clause's subject.
            let after = cue.lemma == "tell" ? nil : reader.object(from: cue.end + 1, hi: e)
            if let p = reader.subject(lo: lo, verb: v) ?? after ?? (v > lo ? clauseSubject(lo, v - 1) : nil) {
                return Attribution(phrase: p, cue: cue)
            }
            break
        }
        // "Trump returned the compliment, telling Reuters, “…”": the clause's subject speaks.
        if let g = (lo...e).last(where: { tokens[$0].lemma != nil && tokens[$0].lower.hasSuffix("ing") }),
           g > lo, tokens[g - 1].text == ",", e - g <= 10, let p = clauseSubject(lo, g - 1) {
            var cue = Cue(lemma: vocabulary.lemma(tokens[g])!, first: g, last: g, addressee: nil, end: g)
            if cue.lemma == "tell", g + 1 <= e, tokens[g + 1].isWord { cue.addressee = tokens[g + 1].text }
            return Attribution(phrase: p, cue: cue)
        }
        for k in lo..<e where tokens[k].lower == "according" && tokens[k + 1].lower == "to" {
            if let p = reader.object(from: k + 2, hi: e) { return Attribution(phrase: p, cueWords: "according to") }
        }
        if dash, let p = reader.phrase(reader.clauseStart(lo, e), e), reader.clauseStart(lo, e) == lo {
            return Attribution(phrase: p, cueWords: "\u{2014}")
        }
        // "Trump leaned in and boomed: “…”", "The email goes on: “…”": the clause's subject.
        if tokens[hi].text == ":", let p = reader.leading(from: lo, hi: e), p.kind != .anonymous || p.first == lo {
            return Attribution(phrase: p, cueWords: ":")
        }
        // "… doesn’t surprise Republican pollster Daron Shaw: “…”": a name just before the colon.
        if tokens[hi].text == ":", let p = reader.phrase(reader.clauseStart(lo, e), e), p.kind == .person, p.name.contains(" ") {
            return Attribution(phrase: p, cueWords: ":")
        }
        return nil
    }

    /// The attribution of a partial quote (tokens `open`...`close` are its marks) when its cue
    /// governs it: a speech verb right before it ("said that", "told CNN:"), or a
    /// characterization verb at most five words before it in its sentence ("called Trump a",
    /// "described it as"), and the quote ends the clause. Otherwise nil.
    private func credited(_ found: Attribution?, open: Int, close: Int, sentenceStart: Int) -> Attribution? {
        let next = close + 1 < tokens.count ? tokens[close + 1] : nil
        let endsClause = next.map { [".", ",", ";", "?", "!", ")"].contains($0.text) || $0.lower == "and" || $0.lower == "but" || $0.start >= document.sentences[document.tokenSentence[close]].span.end } ?? true
        guard endsClause, !isTitle(open: open) else { return nil }
        // A speech verb's complement is a clause: the fragment is all of it only right after the
        // verb (and its addressee), "that" or a colon.
        if let found, found.inherited == nil, found.carried == nil, let cue = found.cue, cue.first < open,
           cue.first >= sentenceStart, cue.end < open, tokens[(cue.end + 1)..<open].allSatisfy({ [",", ":", "that"].contains($0.lower) }) {
            return found
        }
        for v in stride(from: open - 1, through: max(sentenceStart, open - 6), by: -1) {
            guard let lemma = vocabulary.characterizationVerbs[tokens[v].lower], v > sentenceStart,
                  !["was", "were", "is", "are", "be", "been", "being"].contains(tokens[v - 1].lower) || tokens[v].lower.hasSuffix("ing") else { continue }
            let p: Phrase?
            if tokens[v].lower.hasSuffix("ing") {
                p = tokens[v - 1].text == "," ? clauseSubject(sentenceStart, v - 2) : nil
            } else {
                p = reader.subject(lo: sentenceStart, verb: v)
            }
            guard let p else { return nil }
            return Attribution(phrase: p, cue: Cue(lemma: lemma, first: v, last: v, addressee: nil, end: v))
        }
        return nil
    }

    /// "said on “Meet the Press”", "told ABC’s “This Week”": a name after a preposition or a
    /// possessive is a title ("it’s", "he’s" are not possessives). `open` is the token of the
    /// opening mark.
    func isTitle(open: Int) -> Bool {
        guard open > 0 else { return false }
        let previous = tokens[open - 1]
        return ["on", "in", "at", "from", "of", "with", "for", "about", "into", "by"].contains(previous.lower)
            || (previous.bare != previous.text && !Self.contractedIs.contains(previous.bareLower))
    }

    /// Words whose "’s" is "is" or "has": "it’s “all about management”".
    static let contractedIs: Set<String> = ["it", "he", "she", "that", "there", "here", "what", "who", "where", "this", "everything", "nothing", "everyone", "nobody", "somebody", "someone"]

    /// The first speaker of reported speech in sentence `s`: "Lazar said he welcomed …",
    /// "…, Schiff said.", "Miller, a retired engineer, said pleasantly into the phone."
    private func reportedSpeech(inSentence s: Int) -> Attribution? {
        let range = document.sentenceTokens[s]
        guard !range.isEmpty else { return nil }
        let lo = range.lowerBound
        for v in range {
            guard let cue = vocabulary.cue(tokens, at: v, lowerBound: lo) else { continue }
            if let p = reader.subject(lo: lo, verb: v), p.kind != .anonymous || p.first == lo || tokens[p.first - 1].text == "," {
                return Attribution(phrase: p, cue: cue)
            }
        }
        return nil
    }

    /// The subject opening a clause, past a lead-in of up to a dozen words ("Hours later, Trump
    /// returned …", "Speaking at a town hall in Salem, New Hampshire, Trump went after …"). A name
    /// inside the lead-in, followed by its comma, is a place or an aside, not the subject.
    private func clauseSubject(_ lo: Int, _ hi: Int) -> Phrase? {
        let starts = [lo] + (lo..<min(hi, lo + 12)).filter { tokens[$0].text == "," }.map { $0 + 1 }
        for start in starts {
            guard let p = reader.leading(from: start, hi: hi) else { continue }
            if start != lo, start != starts.last, p.last + 1 <= hi, tokens[p.last + 1].text == "," { continue }
            let known = p.kind != .person || p.title != nil || names.canonical(p.name, at: tokens[p.first].start).contains(" ")
            if known || start == starts.last { return p }
        }
        return nil
    }

    private func lastPerson(inParagraph p: Int) -> String? {
        let range = document.paragraphs[p]
        return names.references.last(where: { $0.offset >= range.start && $0.offset < range.end })?.name
    }

    /// Fills speaker, mention, title, cue and addressee, resolving names and pronouns.
    func apply(_ found: Attribution?, to quote: inout Quote, at offset: Int, names: NameResolver? = nil) {
        let names = names ?? self.names
        guard let found else { return }
        if let previous = found.inherited {
            quote.speaker = previous.speaker
            quote.mention = previous.mention
            quote.mentionSpan = previous.mentionSpan
            quote.title = previous.title
            quote.cue = previous.cue
            quote.cueText = previous.cueText
            quote.cueSpan = previous.cueSpan
            quote.addressee = previous.addressee
            quote.anonymous = previous.anonymous
            return
        }
        if let cue = found.cue {
            quote.cue = cue.lemma
            quote.cueText = vocabulary.cueText(tokens, cue)
            quote.cueSpan = document.span(cue.first, cue.last)
            quote.addressee = cue.addressee
        } else if let words = found.cueWords {
            quote.cue = words == "\u{2014}" ? "dash" : words
            quote.cueText = words
        }
        if let name = found.carried {
            quote.speaker = name
            quote.title = titles[name]
            return
        }
        guard let p = found.phrase else { return }
        quote.mentionSpan = document.span(p.nameFirst, p.last)
        quote.mention = p.name
        quote.title = p.title
        switch p.kind {
        case .person:
            quote.speaker = names.canonical(p.name, at: offset)
        case .pronoun:
            quote.speaker = ["he", "she", "they"].contains(p.name.lowercased()) ? names.nearestPerson(before: offset) : nil
        case .organisation, .outlet:
            quote.speaker = p.name
        case .anonymous:
            quote.speaker = p.name
            quote.anonymous = true
        }
        // "Zhao" and "he" keep the title the person was given where first named.
        if p.kind == .person || p.kind == .pronoun, quote.title == nil, let speaker = quote.speaker { quote.title = titles[speaker] }
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let a = scalars.firstIndex(where: { !ScalarClass.isSpace($0) }),
              let b = scalars.lastIndex(where: { !ScalarClass.isSpace($0) }) else { return "" }
        return String(scalars[a...b])
    }
}
