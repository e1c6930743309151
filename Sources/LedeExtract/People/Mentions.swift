/// Finds the people named in an article: capitalised runs of two to four words that are not
/// places, organisations or outlets, with the title words in front of them; single words count
/// when a title precedes them ("President Trump") or they repeat part of a full name ("Zhao").
struct MentionFinder {
    let document: Document
    let vocabulary: Vocabulary

    private struct Candidate {
        var sentence: Int
        var phrase: Phrase
        var initial: Bool
        var followedByAttribution: Bool
    }

    func find() -> (mentions: [Mention], names: NameResolver) {
        let tokens = document.tokens
        let reader = PhraseReader(vocabulary: vocabulary, tokens: tokens)
        var candidates: [Candidate] = []
        var others: [Mention] = []
        for (s, range) in document.sentenceTokens.enumerated() {
            var i = range.lowerBound
            while i < range.upperBound {
                guard tokens[i].isCapitalised, !vocabulary.nameStopwords.contains(tokens[i].lower) || vocabulary.titles.contains(tokens[i].lower) else { i += 1; continue }
                var b = i
                while b + 1 < range.upperBound, tokens[b + 1].isCapitalised || isConnector(b + 1) {
                    if vocabulary.nameStopwords.contains(tokens[b + 1].lower) && !vocabulary.titles.contains(tokens[b + 1].lower)
                        && !vocabulary.isSurname(tokens, at: b + 1) { break }
                    // A possessive ends a name, except a firm's before its organisation word ("Foster's Group").
                    if tokens[b].bare != tokens[b].text, !vocabulary.organisationWords.contains(tokens[b + 1].lower) { break }
                    b += 1
                }
                // "The Scottish Conservative leader", "Tory leader Michael Howard": a run before a
                // role noun describes the role; it names nobody.
                let describesRole = b + 1 < range.upperBound && tokens[b + 1].isWord && !tokens[b + 1].isCapitalised
                    && (vocabulary.titles.contains(tokens[b + 1].lower) || vocabulary.personNouns.contains(tokens[b + 1].lower))
                if let n = vocabulary.outletLength(tokens, at: i) {
                    let name = tokens[i..<(i + n)].map(\.bare).joined(separator: " ")
                    others.append(Mention(sentence: s, span: document.span(i, i + n - 1), name: name, text: name, kind: .outlet,
                                          evidence: vocabulary.outlets[tokens[i].bare] != nil ? "outlet list" : "outlet word \(tokens[i + n - 1].bare)"))
                } else {
                    // "British Chambers of Commerce", "Ministry of Defence": an organisation's name
                    // goes on over "of" and "for".
                    var end = b
                    while end + 2 < range.upperBound, ["of", "for", "&"].contains(tokens[end + 1].lower), tokens[end + 2].isCapitalised {
                        end += 2
                        while end + 1 < range.upperBound, tokens[end + 1].isCapitalised, tokens[end].bare == tokens[end].text { end += 1 }
                    }
                    if let other = named(reader.phrase(i, end), sentence: s) ?? (end > b ? named(reader.phrase(i, b), sentence: s) : nil) {
                        others.append(other)
                        if other.span.end > tokens[b].end { b = end }
                    }
                }
                if !describesRole, vocabulary.outletLength(tokens, at: i) == nil, let p = reader.phrase(reader.clauseStart(range.lowerBound, b), b),
                   p.kind == .person, tokens[p.nameFirst].lower != "the" {
                    let next = b + 1 < range.upperBound ? b + 1 : nil
                    let attributed = next.map { vocabulary.cue(tokens, at: $0) != nil || tokens[$0].text == "," } ?? false
                    // A name right after an opening quote mark starts the quoted sentence.
                    let opensSentence = p.nameFirst == range.lowerBound
                        || tokens[p.nameFirst - 1].isQuoteOpener
                    candidates.append(Candidate(sentence: s, phrase: p, initial: opensSentence && p.title == nil,
                                                followedByAttribution: attributed))
                }
                i = b + 1
            }
        }
        var names = NameResolver()
        for o in others where o.kind == .organisation || o.kind == .outlet { names.addBody(o.name, at: o.span.start) }
        let nonInitial = Set(candidates.filter { !$0.initial }.map(\.phrase.name))
        // A sentence-initial name counts when the article refers back to it by its last word.
        let singles = Set(candidates.map(\.phrase.name).filter { !$0.hasSpace })
        var accepted: [Candidate] = []
        for c in candidates {
            let nameWords = c.phrase.name.words
            let words = nameWords.count
            let last = nameWords.last.map(String.init) ?? ""
            if words >= 2, !c.initial || c.followedByAttribution || nonInitial.contains(c.phrase.name) || singles.contains(last) {
                names.addFullName(c.phrase.name, at: tokens[c.phrase.nameFirst].start)
                accepted.append(c)
            } else if words == 1 {
                accepted.append(c)
            }
        }
        var mentions: [Mention] = []
        for c in accepted {
            let offset = tokens[c.phrase.nameFirst].start
            let canonical = names.canonical(c.phrase.name, at: offset)
            // A lone word is a person only with a title or honorific, or when it belongs to a full name.
            let honorific = c.phrase.nameFirst > 0 && vocabulary.isHonorific(tokens[c.phrase.nameFirst - 1]) ? tokens[c.phrase.nameFirst - 1].text : nil
            if !canonical.hasSpace && c.phrase.title == nil && honorific == nil { continue }
            let possessive = tokens[c.phrase.last].bare != tokens[c.phrase.last].text
            let aside = possessive && c.phrase.first > document.sentenceTokens[c.sentence].lowerBound
            names.addReference(canonical, at: offset, sentence: c.sentence, speaking: c.followedByAttribution, aside: aside)
            names.noteGender(vocabulary.gender(ofName: c.phrase.name.hasSpace ? c.phrase.name : canonical, honorific: honorific), of: canonical)
            if let title = c.phrase.title { names.addRole(title, of: canonical, at: offset) }
            mentions.append(Mention(sentence: c.sentence, span: document.span(c.phrase.nameFirst, c.phrase.last),
                                    name: canonical, text: c.phrase.name, title: c.phrase.title,
                                    evidence: evidence(c.phrase, canonical: canonical, honorific: honorific)))
        }
        names.sortReferences()
        return ((mentions + others).sorted { $0.span.start < $1.span.start }, names)
    }

    /// An organisation or a place the phrase names, with the capitalised words before it
    /// ("British Chambers of Commerce"); nil for anything else.
    private func named(_ p: Phrase?, sentence s: Int) -> Mention? {
        let tokens = document.tokens
        guard let p, p.kind == .organisation, tokens[p.nameFirst].isCapitalised else { return nil }
        var first = p.nameFirst
        while first > document.sentenceTokens[s].lowerBound, tokens[first - 1].isWord, tokens[first - 1].isCapitalised,
              tokens[first - 1].lower != "the", tokens[first - 1].bare == tokens[first - 1].text {
            first -= 1
        }
        let words = tokens[first...p.last]
        let place = vocabulary.places.contains(words.map { $0.bare.lowercased() }.joined(separator: " "))
        let word = words.first { vocabulary.organisationWords.contains($0.lower) }?.bare ?? words.last?.bare ?? ""
        let name = PhraseReader(vocabulary: vocabulary, tokens: tokens).text(first, p.last)
        return Mention(sentence: s, span: document.span(first, p.last), name: name, text: name,
                       kind: place ? .place : .organisation, evidence: place ? "place list" : "organisation word \(word)")
    }

    /// Why a name was read as a person's.
    private func evidence(_ p: Phrase, canonical: String, honorific: String?) -> String {
        if let title = p.title { return "title \(title)" }
        if let honorific { return "honorific \(honorific)" }
        if let first = p.name.words.first, p.name.hasSpace, vocabulary.givenNames[first.lowercased()] != nil {
            return "given name \(first)"
        }
        if canonical != p.name { return "surname of \(canonical)" }
        return "capitalised name that speaks or returns"
    }

    private func isConnector(_ i: Int) -> Bool {
        PhraseReader.nameConnectors.contains(document.tokens[i].lower)
            && i + 1 < document.tokens.count && document.tokens[i + 1].isCapitalised
    }
}
