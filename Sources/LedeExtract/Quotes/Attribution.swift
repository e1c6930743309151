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

    var tokens: [Token] { document.tokens }
    var reader: PhraseReader { PhraseReader(vocabulary: vocabulary, tokens: document.tokens) }

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
            // A quoted sentence closed by its stop ("… routes.") is not attributed by the next
            // sentence of the text ("Filippo Bagnato, chief executive, said …").
            let closedSentence = inner.unicodeScalars.last == "." && closeTok + 1 < tokens.count
                && tokens[closeTok + 1].isCapitalised && vocabulary.cue(tokens, at: closeTok + 1) == nil
            let afterward = closedSentence ? nil : attributeAfter(after)
            var found: Attribution?
            if endsOpen { found = afterward ?? attributeBefore(before) } else { found = attributeBefore(before) ?? afterward }
            let atParagraphStart = openTok == paraRange.lowerBound
            // A fragment nobody is credited with, or a title, hands nothing on to the next quote.
            // Only a quote standing alone carries a speaker over from the paragraph before: one
            // whose own sentence has a speech verb we could not read ("…,” said one source on the
            // panel.) is that speaker's, not the last one named.
            // Read only for a quote nothing else attributed: it looks up every word after the quote.
            func citesOwnSpeaker() -> Bool {
                !closedSentence && after.0 <= after.1 && (after.0...after.1).contains { vocabulary.cue(tokens, at: $0, lowerBound: after.0) != nil }
            }
            if found == nil, let previous = heard.last,
               sameParagraphBefore && !isTitle(open: opens[index - 1]) && (previous.speaker != nil || previous.kind == .direct)
                || (atParagraphStart && !citesOwnSpeaker() && previous.speaker != nil
                    && document.sentences[previous.lastSentence].paragraph == q.firstParagraph - 1) {
                found = Attribution(phrase: nil, inherited: previous)
            }
            // "…, Schiff said. “The other factor …”": a quote opening a sentence with no cue of its own
            // continues the reported speech or the verdict of the sentence before it in the paragraph,
            // unless that sentence had a quote of its own (a title such as “Face the Nation” is none).
            if found == nil, openTok == sentenceStart, !atParagraphStart, sentence > 0,
               document.sentences[sentence - 1].paragraph == q.firstParagraph,
               index == 0 || spans[index - 1].close < document.sentences[sentence - 1].span.start || isTitle(open: opens[index - 1]) {
                found = reportedSpeech(inSentence: sentence - 1) ?? verdict(inSentence: sentence - 1)
            }
            // "“… increasingly outmoded”. Mr Johnson said his department …": a quote standing in its
            // paragraph without a cue is the words of the one whose reported speech follows it,
            // named at the start of the next sentence.
            if found == nil, openTok == sentenceStart,
               case let following = document.sentence(at: max(q.inner.start, q.inner.end - 1)) + 1,
               following < document.sentences.count, document.sentences[following].paragraph == q.lastParagraph,
               index + 1 == spans.count || spans[index + 1].open >= document.sentences[following].span.end,
               let spoken = reportedSpeech(inSentence: following), let p = spoken.phrase,
               p.kind == .person, tokens[document.sentenceTokens[following].lowerBound..<p.first].allSatisfy(vocabulary.isHonorific) {
                found = spoken
            }
            // "Breitbart News responded:" ending the paragraph before introduces this one.
            if found == nil, atParagraphStart, q.firstParagraph > 0 {
                let previous = document.paragraphTokens(q.firstParagraph - 1)
                if let last = previous.last, tokens[last].text == ":" {
                    found = attributeBefore((document.sentenceTokens[document.tokenSentence[last]].lowerBound, last))
                }
            }
            if found == nil, atParagraphStart, q.firstParagraph > 0, !citesOwnSpeaker(), let name = lastPerson(inParagraph: q.firstParagraph - 1) {
                found = Attribution(phrase: nil, carried: name)
            }
            let words = WordCounter.count(inner)
            let trailing = before.1 >= before.0 ? tokens[before.1] : nil
            let opensClause = openTok == sentenceStart || atParagraphStart
                || trailing.map { [",", ":", "\u{2014}", "\u{2013}", "\u{2015}"].contains($0.text) || vocabulary.cue(tokens, at: before.1) != nil } ?? true
            // A quote that opens its clause ("…," he said / said, "…") is direct at any length;
            // inside a sentence it is partial when short or when no speech verb governs it.
            // Inside a sentence, words whose sentence ends after the closing mark ("… was “at the
            // end of its working life”.") are a fragment of the reporter's sentence: a quoted
            // sentence keeps its stop inside the marks.
            let next = closeTok + 1 < tokens.count ? tokens[closeTok + 1] : nil
            let stopOutside = next.map { [".", ";"].contains($0.text) } ?? false
                && !(inner.unicodeScalars.last.map { [".", "?", "!", ",", ";", ":"].contains($0) } ?? false)
            let governed = (found?.cue != nil || found?.cueWords != nil) && !stopOutside
            // Words that run on into the reporter's clause ("said “several hundred” households
            // had …", "said it “does not come from us” and that …") are part of it, not a statement.
            let runsOn = next.map { $0.isWord && !$0.isCapitalised && vocabulary.cue(tokens, at: closeTok + 1) == nil } ?? false
                && openTok != sentenceStart && !atParagraphStart
                && !(inner.unicodeScalars.last.map { [".", "?", "!", ",", ";", ":"].contains($0) } ?? false)
            let fragment = runsOn || stopOutside && openTok != sentenceStart && !atParagraphStart
            let kind: Quote.Kind = !fragment && (opensClause || (words >= 5 && governed)) ? .direct : .partial
            var quote = Quote(sentence: sentence, span: q.inner, text: inner, kind: kind)
            quote.lastSentence = max(sentence, document.sentence(at: max(q.inner.start, q.inner.end - 1)))
            // An unclosed quote ends with its paragraph, at no mark.
            let closed = q.close < document.text.scalars.count && QuoteMarks.isCloser(document.text.scalars[q.close])
            quote.pieces = [TextSpan(q.open, closed ? q.close + 1 : q.close)]
            apply(found, to: &quote, at: q.open, names: context)
            var heardQuote = quote
            if kind == .partial {
                // A fragment is credited only when its words are what the cue reports:
                // "X called the plan “a disaster”", "Y said that “…”". A fragment inside a
                // paraphrase ("argued the system was “rigged”") is left to the reported speech
                // around it, and a scare quote to nobody.
                quote.speaker = nil; quote.mention = nil; quote.mentionSpan = nil; quote.title = nil
                quote.cue = nil; quote.cueText = nil; quote.cueSpan = nil; quote.addressee = nil; quote.anonymous = false
                apply(credited(found, open: openTok, close: closeTok, sentenceStart: sentenceStart), to: &quote, at: q.open, names: context)
                if quote.speaker != nil { heardQuote = quote }
            }
            // A short quote nobody is credited with is a title or a phrase ("Saturday Night Live").
            if quote.kind == .direct, quote.speaker == nil, quote.mention == nil, words < 5 { quote.kind = .partial }
            Self.hear(heardQuote, at: q.open, in: &context)
            out.append(quote)
            heard.append(heardQuote)
        }
        return out
    }

    /// This attributor with the speakers of `quotes` known as people who spoke where they spoke,
    /// so reported speech after them resolves "the Liberal Democrat leader" and "he" as a reader does.
    func hearing(_ quotes: [Quote]) -> QuoteAttributor {
        var names = self.names
        for q in quotes { Self.hear(q, at: q.pieces.first?.start ?? q.span.start, in: &names) }
        return QuoteAttributor(document: document, vocabulary: vocabulary, names: names, titles: titles)
    }

    /// Files the speaker of `q` as someone who spoke at `offset`: a named person for a later "he"
    /// or "the chancellor", a group named in the plural ("The Conservatives say") for a later "they".
    private static func hear(_ q: Quote, at offset: Int, in names: inout NameResolver) {
        guard let speaker = q.speaker, !q.anonymous else { return }
        if isNamed(speaker) {
            names.addReference(speaker, at: offset, sentence: q.sentence, speaking: true)
            names.sortReferences()
            if let title = q.title { names.addRole(title, of: speaker, at: offset) }
        } else if let mention = q.mention, Vocabulary.isPlural(mention.lowercased()) {
            names.addGroup(speaker, at: offset)
        }
    }

    /// A full name "he" can point back to; "one questioner" and "Zhao" alone are not.
    private static func isNamed(_ speaker: String) -> Bool {
        speaker.hasSpace && speaker.first?.isUppercase == true
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

    private func lastPerson(inParagraph p: Int) -> String? {
        let range = document.paragraphs[p]
        return names.references.last(where: { $0.offset >= range.start && $0.offset < range.end })?.name
    }

    /// "the mum-of-one", "the former senator", "the Liberal Democrat leader", "The Spectator
    /// editor", "the Home Secretary": "the", up to four words, the last in lower case or a role.
    private func isDescription(_ p: Phrase) -> Bool {
        p.nameFirst < p.last && p.last - p.nameFirst <= 4 && tokens[p.nameFirst].lower == "the"
            && tokens[(p.nameFirst + 1)...p.last].allSatisfy(\.isWord) && (!tokens[p.last].isCapitalised || vocabulary.titles.contains(tokens[p.last].lower))
    }

    /// "said the statement" after "In a statement, the party said …": a document speaks for
    /// whoever issued it ("a letter from X", "an open letter from X", "In a statement, X said").
    private func documentAuthor(_ p: Phrase, names: NameResolver) -> String? {
        guard p.last - p.first <= 2, Self.documents.contains(tokens[p.last].lower), ["the", "this"].contains(tokens[p.first].lower) else { return nil }
        let head = tokens[p.last].lower
        var k = p.first - 1
        while k > 0 {
            defer { k -= 1 }
            guard tokens[k].lower == head,
                  (max(0, k - 3)..<k).contains(where: { ["a", "an", "his", "her", "its", "their"].contains(tokens[$0].lower) }) else { continue }
            var probe = Quote(sentence: document.tokenSentence[k], span: document.span(k, k), text: "", kind: .indirect)
            if k + 2 < tokens.count, ["from", "by"].contains(tokens[k + 1].lower),
               let from = reader.object(from: k + 2, hi: min(tokens.count - 1, k + 12)) {
                guard !Self.documents.contains(tokens[from.last].lower) else { return nil }
                apply(Attribution(phrase: from), to: &probe, at: tokens[from.first].start, names: names)
            } else if let found = reportedSpeech(inSentence: document.tokenSentence[k]), let issuer = found.phrase {
                guard !Self.documents.contains(tokens[issuer.last].lower) else { return nil }
                apply(found, to: &probe, at: tokens[issuer.first].start, names: names)
            }
            return probe.speaker
        }
        return nil
    }

    /// The news lead's delayed name: "…, a Labour backbencher has said." then, opening the next
    /// paragraph, "Derek Wyatt said …": the description in the first paragraph is that person.
    private func namedNext(_ p: Phrase, names: NameResolver) -> String? {
        guard ["a", "an"].contains(tokens[p.first].lower), let first = document.sentences.first else { return nil }
        let paragraph = document.sentences[document.tokenSentence[p.first]].paragraph
        guard paragraph == first.paragraph,
              let next = document.sentences.indices.first(where: { document.sentences[$0].paragraph == paragraph + 1 }),
              let found = reportedSpeech(inSentence: next), let named = found.phrase, named.kind == .person,
              named.first == document.sentenceTokens[next].lowerBound, named.name.hasSpace else { return nil }
        return names.canonical(named.name, at: tokens[named.first].start)
    }

    private static let documents: WordSet = ["statement", "letter", "memo", "email", "e-mail", "note", "release", "document"]

    /// "the spokeswoman said" after "a BaFin spokeswoman said": the unnamed source introduced
    /// earlier with the same head noun, named as it was introduced.
    private func introducedSource(_ p: Phrase) -> String? {
        guard tokens[p.first].lower == "the", p.last - p.first <= 2 else { return nil }
        let head = tokens[p.last].lower
        var k = p.first - 1
        while k > 0 {
            defer { k -= 1 }
            guard tokens[k].lower == head,
                  let det = (max(0, k - 4)..<k).last(where: { ["a", "an", "one"].contains(tokens[$0].lower) }),
                  tokens[det..<k].allSatisfy(\.isWord) else { continue }
            let end = reader.qualifierEnd(after: k, hi: min(tokens.count - 1, k + 8))
            return reader.text(det, end)
        }
        return nil
    }

    /// The person who spoke or was described last before `offset` ("Zoë Márquez, whose bakery
    /// was wrecked, said"), in the same paragraph or the one before.
    private func recentPerson(before offset: Int, names: NameResolver) -> String? {
        // Someone who spoke, or the subject opening a sentence ("Gordon Brown has issued a
        // rallying cry … The chancellor said").
        guard let last = names.nearestReference(before: offset),
              let r = names.references[...last].lastIndex(where: { $0.speaking || opensSentence($0.offset) }) else { return nil }
        let paragraph = document.sentences[document.sentence(at: offset)].paragraph
        let named = document.sentences[document.sentence(at: names.references[r].offset)].paragraph
        return paragraph - named <= 1 ? names.references[r].name : nil
    }

    private func opensSentence(_ offset: Int) -> Bool {
        let s = document.sentence(at: offset)
        return document.sentences[s].span.start == offset
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
        if let author = documentAuthor(p, names: names) ?? namedNext(p, names: names) {
            quote.speaker = author
            return
        }
        switch p.kind {
        case .person where isDescription(p) && vocabulary.isPersonNoun(tokens[p.last].lower):
            // "the chancellor said": the last person the text gave that role; "the mum-of-one
            // said": else the person who just spoke or was described. Unresolved, it stays
            // unnamed, the description kept as the mention.
            // "the critics said": a group is named by its description.
            let description = tokens[(p.nameFirst + 1)...p.last].map(\.lower)
            quote.speaker = Vocabulary.isPlural(description.last ?? "") ? p.name
                : names.holder(of: description, before: tokens[p.first].start) ?? recentPerson(before: tokens[p.first].start, names: names)
        case .person:
            // A lone word no full name explains may be a firm's short name ("Daiwa said").
            let name = names.canonical(p.name, at: offset)
            quote.speaker = name.hasSpace || p.title != nil ? name : names.fullBody(name)
        case .pronoun:
            // A pronoun refers back from where it is written: in "He said Mr Blair had spoken with
            // “…”, adding: “…”", he is someone named before Mr Blair.
            let at = min(offset, tokens[p.first].start)
            switch p.name.lowercased() {
            case "they": quote.speaker = names.nearestGroup(before: at) ?? names.nearestPerson(before: at)
            case "he", "she": quote.speaker = names.nearestPerson(before: at, gender: Gender(pronoun: p.name))
            case "it": quote.speaker = names.nearestBody(before: at)
            default: quote.speaker = nil
            }
        case .organisation:
            quote.speaker = names.fullBody(p.name)
        case .outlet:
            quote.speaker = p.name
        case .anonymous:
            quote.speaker = introducedSource(p) ?? p.name
            quote.anonymous = true
        }
        // "Zhao" and "he" keep the title the person was given where first named.
        if p.kind == .person || p.kind == .pronoun, quote.title == nil, let speaker = quote.speaker { quote.title = titles[speaker] }
    }
}
