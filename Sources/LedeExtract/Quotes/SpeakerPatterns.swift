/// The patterns of news writing that name a quote's speaker: a cue or a dash after the quote or
/// before it, "according to X", a colon after the speaker, a characterization verb over a fragment
/// ("called it “a disaster”"), and the speaker of the sentence before.
extension QuoteAttributor {
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
            guard let p = reader.object(from: cue.end + 1, hi: hi),
                  p.last == hi || !PhraseReader.auxiliaries.contains(tokens[p.last + 1].lower) else { return nil }
            return Attribution(phrase: p, cue: cue)
        }
        if tokens[k].lower == "according", k + 1 <= hi, tokens[k + 1].lower == "to", let p = reader.object(from: k + 2, hi: hi) {
            return Attribution(phrase: p, cueWords: "according to")
        }
        // "“American Skin” was written by Springsteen": a passive names its speaker after "by".
        if k + 3 <= hi, ["was", "were"].contains(tokens[k].lower), let lemma = vocabulary.lemma(tokens[k + 1]),
           tokens[k + 2].lower == "by", let p = reader.object(from: k + 3, hi: hi), p.kind != .pronoun {
            return Attribution(phrase: p, cue: Cue(lemma: lemma, first: k + 1, last: k + 2, addressee: nil, end: k + 2))
        }
        for v in k...min(k + 20, hi) {
            guard let cue = vocabulary.cue(tokens, at: v, lowerBound: k) else { continue }
            // The subject opens the clause, or follows a short lead-in: "another friend, Mariam
            // Emara told", "former FBI agent Timothy Gill explained" (the lead-in is then the title).
            // "…," Nate Silver, the polling guru who founded the site, tweeted: a name right after the
            // quote is the subject however long its aside.
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": a party and state in
            // brackets may sit between the name and its aside.
            let named = reader.leading(from: k, hi: v - 1).flatMap { p in
                let comma = reader.skippingBrackets(from: p.last + 1, hi: v - 1)
                return p.kind != .pronoun && p.nameFirst + 1 <= p.last && comma < v && tokens[comma].text == "," ? p : nil
            }
            guard var p = reader.subject(lo: k, verb: v) ?? named else { return nil }
            // "…", while the Liberal Democrats said it was misdirected: a cue with a clause of its
            // own after it reports that clause, not the quote.
            // "said this month" is when, not what.
            if cue.lemma != "tell", cue.end < hi, Self.clauseOpeners.contains(tokens[cue.end + 1].lower),
               !(cue.end + 2 <= hi && tokens[cue.end + 1].lower == "this" && Self.periods.contains(tokens[cue.end + 2].lower)) { return nil }
            if p.first > k + (["and", "but"].contains(tokens[k].lower) ? 1 : 0) {
                if let named { return Attribution(phrase: named, cue: cue) }
                guard p.first - k <= 6, tokens[k..<p.first].allSatisfy({ $0.isWord || $0.text == "," }) else { return nil }
                if p.kind == .person, p.title == nil, tokens[p.first - 1].isWord, !vocabulary.isHonorific(tokens[p.first - 1]) {
                    let skip = ["a", "an", "the"].contains(tokens[k].lower) ? 1 : 0
                    if k + skip < p.first { p.title = reader.text(k + skip, p.first - 1) }
                }
            }
            return Attribution(phrase: p, cue: cue)
        }
        return nil
    }

    /// Words that open a clause of content after a speech verb ("said it was", "said the plan").
    /// ("assured the workers" names who was told, so determiners are not among them).
    static let clauseOpeners: WordSet = ["that", "it", "he", "she", "they", "we", "i", "you", "this", "there"]

    /// Stretches of time after "this": "said this month", "told reporters this week".
    static let periods: WordSet = [
        "morning", "afternoon", "evening", "week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// `X said, "…"` / `X said: "…"` / `X told CNN, "…"` / `X — "…"` / `according to X, "…"`.
    func attributeBefore(_ range: (Int, Int)) -> Attribution? {
        let (lo, hi) = range
        guard lo <= hi else { return nil }
        var e = hi
        let dash = reader.isDash(e)
        if [",", ":"].contains(tokens[e].text) || dash { e -= 1 }
        if e >= lo, tokens[e].lower == "that" { e -= 1 }
        guard e >= lo else { return nil }
        // "The ad uses footage of Hillary Clinton asking, “…”", "footage of Trump saying during the
        // debate last week, “…”": the name right before the -ing form, whatever verb
        // governs the clause ("The spot concludes with …").
        if let g = (max(lo + 1, e - 8)...max(lo + 1, e)).last(where: { tokens[$0].lower.hasSuffix("ing") && tokens[$0 - 1].isCapitalised }),
           g <= e, let lemma = vocabulary.lemma(tokens[g]) {
            var start = g - 1
            while start > lo, tokens[start - 1].isCapitalised, tokens[start - 1].bare == tokens[start - 1].text { start -= 1 }
            if let p = reader.phrase(start, g - 1), p.kind == .person {
                return Attribution(phrase: p, cue: Cue(lemma: lemma, first: g, last: g, addressee: nil, end: g))
            }
        }
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
        // "Trump returned the compliment, telling Reuters, “…”": the clause's subject speaks. Right
        // after an earlier quote ("He said Mr Blair had spoken with “such sincerity”, adding: “…”")
        // it is the subject opening the sentence.
        if let g = (lo...e).last(where: { tokens[$0].lemma != nil && tokens[$0].lower.hasSuffix("ing") }),
           g > lo, tokens[g - 1].text == ",", e - g <= 10, let lemma = vocabulary.lemma(tokens[g]),
           let p = clauseSubject(lo, g - 1) ?? sentenceSubject(before: lo) {
            var cue = Cue(lemma: lemma, first: g, last: g, addressee: nil, end: g)
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
        if tokens[hi].text == ":", let p = reader.phrase(reader.clauseStart(lo, e), e), p.kind == .person, p.name.hasSpace,
           tokens[p.last].isCapitalised {
            return Attribution(phrase: p, cueWords: ":")
        }
        // "On July 6, Sanders made the following comment: “…”": a named person opening the clause.
        if tokens[hi].text == ":", let p = clauseSubject(lo, e), p.kind == .person, tokens[p.last].isCapitalised {
            return Attribution(phrase: p, cueWords: ":")
        }
        return nil
    }

    /// The attribution of a partial quote (tokens `open`...`close` are its marks) when its cue
    /// governs it: a speech verb right before it ("said that", "told CNN:"), or a
    /// characterization verb at most five words before it in its sentence ("called Trump a",
    /// "described it as"), and the quote ends the clause. Otherwise nil: a fragment inside a
    /// clause is part of the clause (`QuoteAssembly`).
    func credited(_ found: Attribution?, open: Int, close: Int, sentenceStart: Int) -> Attribution? {
        let next = close + 1 < tokens.count ? tokens[close + 1] : nil
        let endsClause = next.map { [".", ",", ";", "?", "!", ")"].contains($0.text) || $0.lower == "and" || $0.lower == "but" || $0.start >= document.sentences[document.tokenSentence[close]].span.end } ?? true
        guard endsClause, !isTitle(open: open) else { return nil }
        // A speech verb's complement is a clause: the fragment is all of it only right after the
        // verb (and its addressee), "that" or a colon.
        if let found, found.inherited == nil, found.carried == nil, let cue = found.cue, cue.first < open,
           cue.first >= sentenceStart, cue.end < open, tokens[(cue.end + 1)..<open].allSatisfy({ [",", ":", "that"].contains($0.lower) }) {
            return found
        }
        return characterization(before: open, sentenceStart: sentenceStart)
    }

    /// A characterization verb at most five words before the opening mark `open` and its subject:
    /// "Ban Ki-moon called it a “brazen breach”", "…, describing the plan as “a disaster”".
    func characterization(before open: Int, sentenceStart: Int) -> Attribution? {
        // "accused the prime minister and Mr Brown of “squabbling”": "of" and "as" tie the label
        // to a verb further back.
        let reach = open > 0 && ["of", "as"].contains(tokens[open - 1].lower) ? 10 : 6
        for v in stride(from: open - 1, through: max(sentenceStart, open - reach), by: -1) {
            // "Mr Brand" is a name, not the verb "brand".
            guard let lemma = vocabulary.characterizationVerbs[tokens[v].lower], v > sentenceStart, !tokens[v].isCapitalised,
                  !["was", "were", "is", "are", "be", "been", "being"].contains(tokens[v - 1].lower) || tokens[v].lower.hasSuffix("ing") else { continue }
            let p: Phrase?
            if tokens[v].lower.hasSuffix("ing") {
                // "…, calling it “a disaster”"; "with Alan Milburn accusing him of “…”".
                if tokens[v - 1].text == "," {
                    p = clauseSubject(sentenceStart, v - 2)
                } else if let with = (max(sentenceStart, v - 6)..<v).last(where: { tokens[$0].lower == "with" }), with + 1 < v {
                    p = reader.phrase(with + 1, v - 1)
                } else {
                    p = nil
                }
            } else {
                p = reader.subject(lo: sentenceStart, verb: v)
            }
            guard let p else { return nil }
            return Attribution(phrase: p, cue: Cue(lemma: lemma, first: v, last: v, addressee: nil, end: v))
        }
        return nil
    }

    /// "said on “Meet the Press”", "told ABC’s “This Week”": a name after a preposition or a
    /// possessive is a title ("it’s", "he’s" are not possessives); "involved in “all decisions”"
    /// is not a name. `open` is the token of the opening mark.
    func isTitle(open: Int) -> Bool {
        guard open > 0, open + 1 < tokens.count, tokens[open + 1].isCapitalised else { return false }
        let previous = tokens[open - 1]
        return ["on", "in", "at", "from", "of", "with", "for", "about", "into", "by"].contains(previous.lower)
            || (previous.bare != previous.text && !Self.contractedIs.contains(previous.bareLower))
    }

    /// Words whose "’s" is "is" or "has": "it’s “all about management”".
    static let contractedIs: WordSet = ["it", "he", "she", "that", "there", "here", "what", "who", "where", "this", "everything", "nothing", "everyone", "nobody", "somebody", "someone"]

    /// The first speaker of reported speech in sentence `s`: "Lazar said he welcomed …",
    /// "…, Schiff said.", "Miller, a retired engineer, said pleasantly into the phone."
    func reportedSpeech(inSentence s: Int) -> Attribution? {
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

    /// The person whose verdict sentence `s` reports: "Lawrence B. Cummings called him a master
    /// at deals." A quote opening the next sentence ("“He showed …”") is theirs.
    func verdict(inSentence s: Int) -> Attribution? {
        let range = document.sentenceTokens[s]
        guard !range.isEmpty else { return nil }
        let lo = range.lowerBound
        for v in range where v > lo && !tokens[v].isCapitalised {
            guard let lemma = vocabulary.characterizationVerbs[tokens[v].lower] else { continue }
            guard let p = reader.subject(lo: lo, verb: v), p.kind == .person else { return nil }
            return Attribution(phrase: p, cue: Cue(lemma: lemma, first: v, last: v, addressee: nil, end: v))
        }
        return nil
    }

    /// The subject opening a clause, past a lead-in of up to a dozen words ("Hours later, Trump
    /// returned …", "Speaking at a town hall in Salem, New Hampshire, Trump went after …"). A name
    /// inside the lead-in, followed by its comma, is a place or an aside, not the subject.
    /// The subject opening sentence `s`, read up to token `hi`: "Mr Learmount pointed out …",
    /// "He names Russia as …", "Tony Blair has hailed a deal …".
    func subject(ofSentence s: Int, upTo hi: Int) -> Attribution? {
        let lo = document.sentenceTokens[s].lowerBound
        guard hi > lo, let p = clauseSubject(lo, hi), p.kind != .anonymous, p.last < hi else { return nil }
        return Attribution(phrase: p)
    }

    /// The subject opening the sentence of token `lo`, when the sentence starts before it.
    private func sentenceSubject(before lo: Int) -> Phrase? {
        let start = document.sentenceTokens[document.tokenSentence[lo]].lowerBound
        return start < lo ? clauseSubject(start, lo - 1) : nil
    }

    private func clauseSubject(_ lo: Int, _ hi: Int) -> Phrase? {
        let starts = [lo] + (lo..<min(hi, lo + 12)).filter { tokens[$0].text == "," }.map { $0 + 1 }
        for start in starts {
            guard let p = reader.leading(from: start, hi: hi) else { continue }
            if start != lo, start != starts.last, p.last + 1 <= hi, tokens[p.last + 1].text == "," { continue }
            let known = p.kind != .person || p.title != nil || names.canonical(p.name, at: tokens[p.first].start).hasSpace
            if known || start == starts.last { return p }
        }
        return nil
    }
}
