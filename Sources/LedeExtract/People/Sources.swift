/// Who or what claims are attributed to: the speakers of quotes and reported speech, every
/// outlet named ("told CNN", "according to the New York Times", "spoke with A, B and C"), and
/// unnamed sources ("U.S. officials who spoke…", "one source familiar with", "the official said").
struct SourceFinder {
    let document: Document
    let vocabulary: Vocabulary

    private var tokens: [Token] { document.tokens }

    func sources(_ quotes: [Quote]) -> [SourceRef] {
        var out: [SourceRef] = []
        var seen = Set<String>()
        // One row per place in the text: an unnamed source found twice keeps its first reading.
        func add(_ ref: SourceRef) {
            let key = "\(ref.span.start):\(ref.name)"
            if out.contains(where: { $0.kind == ref.kind && $0.span.start < ref.span.end && ref.span.start < $0.span.end }) { return }
            if seen.insert(key).inserted { out.append(ref) }
        }
        for q in quotes {
            guard let name = q.speaker, let span = q.mentionSpan else { continue }
            let kind: SourceRef.Kind = q.anonymous ? .anonymous
                : vocabulary.outletLength(document.tokens, at: document.token(atOrAfter: span.start)) != nil ? .outlet
                : isOrganisation(name) ? .organisation : .person
            add(SourceRef(sentence: document.sentence(at: span.start), span: span, name: name, text: q.mention ?? name,
                          kind: kind, title: q.title, cue: q.cueText, cueSpan: q.cueSpan))
        }
        for (s, range) in document.sentenceTokens.enumerated() {
            var i = range.lowerBound
            while i < range.upperBound {
                if let n = vocabulary.outletLength(tokens, at: i) {
                    let words = tokens[i..<(i + n)].map(\.bare)
                    let name = words.first == "The" && n > 1 ? words.dropFirst().joined(separator: " ") : words.joined(separator: " ")
                    add(SourceRef(sentence: s, span: document.span(i, i + n - 1), name: name, text: words.joined(separator: " "),
                                  kind: .outlet, cue: cueWord(before: i, in: range)))
                    i += n
                    continue
                }
                if let ref = anonymous(at: i, sentence: s, range: range) { add(ref) }
                i += 1
            }
        }
        return out.sorted { $0.span.start < $1.span.start }
    }

    private func isOrganisation(_ name: String) -> Bool {
        name.words.contains { vocabulary.organisationWords.contains($0.lowercased()) }
    }

    /// The attribution words just before an outlet: "according to", "told", "spoke with", "for".
    private func cueWord(before i: Int, in range: Range<Int>) -> String? {
        var k = i - 1
        while k >= range.lowerBound, ["the", "and", ",", "with", "to"].contains(tokens[k].lower) == false || tokens[k].lower == "the" {
            if tokens[k].lower != "the" && !tokens[k].isCapitalised { break }
            k -= 1
        }
        guard k >= range.lowerBound else { return nil }
        if tokens[k].lower == "to", k > range.lowerBound, tokens[k - 1].lower == "according" { return "according to" }
        if tokens[k].lower == "with" || tokens[k].lower == "to", k > range.lowerBound, ["spoke", "speaking", "talked", "told"].contains(tokens[k - 1].lower) {
            return tokens[k - 1].text + " " + tokens[k].text
        }
        if let cue = vocabulary.cue(tokens, at: k) { return cue.lemma }
        if let next = (i..<range.upperBound).first(where: { vocabulary.cue(tokens, at: $0) != nil }), next - i <= 4 {
            return tokens[next].text
        }
        return nil
    }

    /// An unnamed source headed by `i` ("officials", "source"), when the words around it
    /// attribute something: a speech verb after it, "according to" before it, or "familiar
    /// with", "who spoke", "on condition of anonymity" after it.
    private func anonymous(at i: Int, sentence s: Int, range: Range<Int>) -> SourceRef? {
        // Read in place: a copy of the token (four strings) at every token of the article cost more than the test.
        guard tokens[i].isWord, !tokens[i].isCapitalised || i == range.lowerBound, vocabulary.anonymousHeads.contains(tokens[i].lower) else { return nil }
        // "the official Chinese state press agency": an adjective, not a source.
        if i + 1 < range.upperBound, tokens[i + 1].isCapitalised { return nil }
        var a = i
        while a - 1 >= range.lowerBound, a > i - 4, tokens[a - 1].isWord, !PhraseReader.pronouns.contains(tokens[a - 1].lower),
              vocabulary.cue(tokens, at: a - 1) == nil, !["to", "with", "of", "and", "that", "by", "from", "for", "as"].contains(tokens[a - 1].lower),
              !tokens[a - 1].isCapitalised || tokens[a - 1].lower == "u.s." || a - 1 == range.lowerBound || vocabulary.nameStopwords.contains(tokens[a - 1].lower) {
            a -= 1
            if ["a", "an", "the", "one", "two", "three", "several", "some", "other", "another", "many", "most"].contains(tokens[a].lower) { break }
        }
        var attributes = false
        if i + 2 < range.upperBound, tokens[i + 1].lower == "familiar", tokens[i + 2].lower == "with" { attributes = true }
        let b = PhraseReader(vocabulary: vocabulary, tokens: tokens).qualifierEnd(after: i, hi: range.upperBound - 1)
        let afterWords = tokens[(b + 1)..<min(range.upperBound, b + 7)].map(\.lower)
        if afterWords.first == "who" && afterWords.contains(where: { ["spoke", "requested", "asked", "declined", "were", "was"].contains($0) }) { attributes = true }
        if let c = (b + 1..<min(range.upperBound, b + 4)).first(where: { vocabulary.cue(tokens, at: $0) != nil }), c == b + 1 || tokens[b + 1].kind == .word {
            attributes = true
        }
        if a - 2 >= range.lowerBound, tokens[a - 1].lower == "to", tokens[a - 2].lower == "according" { attributes = true }
        if !attributes, PhraseReader(vocabulary: vocabulary, tokens: tokens).hasAnonymousPhrase(range.lowerBound, range.upperBound - 1, besides: "familiar") {
            attributes = true
        }
        guard attributes else { return nil }
        let span = document.span(a, b)
        let text = document.text.string(span)
        return SourceRef(sentence: s, span: span, name: text, text: text, kind: .anonymous)
    }
}
