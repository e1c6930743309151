/// A speech verb found in the tokens: its lemma, the words as written ("responded by saying")
/// and, for "tell", who was spoken to.
struct Cue {
    var lemma: String
    /// Token range of the cue words.
    var first: Int
    var last: Int
    var addressee: String?
    /// Last token of the addressee phrase (equal to `last` when none).
    var end: Int
}

extension Vocabulary {
    /// Words before a speech verb that make it passive or an adjective ("was asked", "the alleged"),
    /// so it does not introduce the speaker's words.
    /// Words before a verb form that make it passive, an infinitive or a noun ("the latest
    /// reports", "the following comment", "her remarks"); so does a compound with a number
    /// ("a 41-page report").
    private static let passiveMarkers: WordSet = [
        "was", "were", "is", "are", "be", "been", "being", "the", "a", "an", "to", "latest", "new", "recent",
        "annual", "initial", "preliminary", "final", "following", "his", "her", "its", "their", "our", "my", "your",
    ]
    /// "by" and "with" before a gerund ("began by saying"); tested at nearly every token, where
    /// two comparisons cost less than a table look-up.
    private static func isGerundLink(_ word: String) -> Bool { word == "by" || word == "with" }

    /// The cue starting at token `i`, if that token is a speech verb used actively.
    func cue(_ tokens: [Token], at i: Int, lowerBound: Int = 0) -> Cue? {
        guard i < tokens.count, tokens[i].isWord, tokens[i].lemma != nil || tokens[i].lower == "went"
                || i + 1 < tokens.count && Self.isGerundLink(tokens[i + 1].lower) else {
            return nil
        }
        // "began by saying": any verb followed by "by" and a speech gerund is a cue.
        let byGerund = i + 2 < tokens.count && Self.isGerundLink(tokens[i + 1].lower) && tokens[i + 2].lower.hasSuffix("ing")
            && self.lemma(tokens[i + 2]) != nil
        // "Trump went on, …", "Bryne went on to say, …"
        if tokens[i].lower == "went", i + 1 < tokens.count, tokens[i + 1].lower == "on" {
            let last = i + 3 < tokens.count && tokens[i + 2].lower == "to" && self.lemma(tokens[i + 3]) != nil ? i + 3 : i + 1
            return Cue(lemma: "continue", first: i, last: last, addressee: nil, end: last)
        }
        guard let lemma = lemma(tokens[i]) ?? (byGerund ? self.lemma(tokens[i + 2]) : nil) else { return nil }
        // Gerunds and participles alone ("saying", "written") do not open attribution.
        if tokens[i].lower.hasSuffix("ing") || tokens[i].lower == "written" { return nil }
        // "it's said" is passive and "Russia's alleged requests" an adjective; "Sainsbury's said"
        // is a company's name.
        if i > lowerBound, Self.passiveMarkers.contains(tokens[i - 1].lower)
            || tokens[i - 1].text.first?.isNumber == true && tokens[i - 1].text.contains("-" as Character)
            || tokens[i - 1].bare != tokens[i - 1].text
            && (!tokens[i - 1].isCapitalised || QuoteAttributor.contractedIs.contains(tokens[i - 1].bareLower) || !["say", "tell"].contains(lemma)) {
            return nil
        }
        // A capitalised verb only opens a sentence ("Said Dorothy Poynter, …"); "United States" is a name.
        if tokens[i].isCapitalised, i > lowerBound, tokens[i - 1].kind == .word { return nil }

        var last = i
        // "responded by saying", "answered with saying": the lemma stays the first verb.
        if byGerund { last = i + 2 }
        var cue = Cue(lemma: lemma, first: i, last: last, addressee: nil, end: last)
        if lemma == "tell", last + 1 < tokens.count {
            let a = last + 1
            var b = a
            if let n = outletLength(tokens, at: a), n > 0 {
                b = a + n - 1
            } else if tokens[a].isCapitalised {
                while b + 1 < tokens.count, tokens[b + 1].isCapitalised { b += 1 }
            } else if tokens[a].isWord, ["reporters", "journalists", "me", "us", "him", "her", "them", "supporters", "the"].contains(tokens[a].lower) {
                // "told the Northwind Post", "told the Senate Armed Services Committee": the whole name.
                if tokens[a].lower == "the", a + 1 < tokens.count, let n = outletLength(tokens, at: a + 1) {
                    b = a + n
                } else if tokens[a].lower == "the", a + 1 < tokens.count, tokens[a + 1].isCapitalised {
                    b = a + 1
                    while b + 1 < tokens.count, tokens[b + 1].isCapitalised, tokens[b].bare == tokens[b].text { b += 1 }
                } else if tokens[a].lower == "the", a + 1 < tokens.count, tokens[a + 1].isWord { b = a + 1 }
            } else {
                return cue
            }
            cue.addressee = tokens[a...b].map(\.text).joined(separator: " ")
            cue.end = b
        }
        return cue
    }

    func cueText(_ tokens: [Token], _ cue: Cue) -> String {
        tokens[cue.first...cue.last].map(\.text).joined(separator: " ")
    }
}
