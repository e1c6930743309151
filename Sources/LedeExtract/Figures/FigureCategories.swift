/// What a figure counts: the noun phrase after it, cut at stop words, adverbs and verbs.
extension FigureReader {
    /// Words that end a noun phrase, here and in a claimant (`nounPhrase`).
    static let stop: WordSet = [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "since", "that",
        "which", "who", "whom", "whose", "were", "was", "are", "is", "be", "been", "being", "have",
        "has", "had", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "do",
        "does", "did", "the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our",
        "your", "my", "as", "than", "then", "if", "when", "while", "where", "after", "before", "during",
        "into", "over", "under", "about", "per", "each", "every", "last", "next", "this", "ago", "so",
        "said", "says", "say", "told", "according", "more", "less", "fewer", "up", "down", "out", "off",
        "not", "no", "also", "only", "just", "even", "still", "there", "here", "it", "they", "he", "she",
        "we", "you", "i", "them", "him", "us", "me", "all", "both", "some", "any", "such", "between",
        "against", "through", "across", "around", "via", "because", "although", "though", "until",
        "unless", "whether", "what", "how", "why", "including", "like", "among", "amid", "despite",
        "within", "without", "toward", "towards", "upon", "onto", "apiece", "each", "respectively",
        "alone", "already", "now", "yet", "ever", "again", "too", "very", "being", "per", "versus", "vs",
    ]

    /// What a figure counts: the words after it ("armored vehicles" in "1,205 armored vehicles of
    /// various types"), after "of" for vague figures, fractions and percentages ("hundreds of
    /// people", "12% of voters", "a quarter of its troops"), and what money is "in", "for" or "of"
    /// ("$33bn in extra funding").
    func category(_ toks: [NToken], after m: NumberMatch) -> (a: Int, b: Int, words: [(text: String, capitalised: Bool)])? {
        var k = m.endToken
        let n = toks.count
        func t(_ i: Int) -> String { i < n ? toks[i].text : "" }
        if m.unitKind == .percent || m.unitKind == .measure || m.unitKind == .age || m.kind == .vague || m.fractionOnly {
            guard t(k) == "of" else { return nil }
            k += 1
            if Self.determiners.contains(t(k)) { k += 1 }
        } else if m.unitKind == .currency, ["in", "for", "of"].contains(t(k)) {
            // "in March", "in total", "for the first time" say when or how, not what for.
            var j = k + 1
            if Self.determiners.contains(t(j)) { j += 1 }
            guard j < n, toks[j].kind == .word, !toks[j].upperFirst, !Self.notWhatFor.contains(t(j)) else { return nil }
            k = j
        } else if t(k) == "of", ["the", "them", "those", "these", "their", "its", "our"].contains(t(k + 1)) {
            return nil
        }
        var words: [(text: String, capitalised: Bool)] = []
        let a = k
        var b = k
        while k < n, words.count < 5 {
            let tk = toks[k]
            guard tk.kind == .word, !Self.stop.contains(tk.text) else { break }
            // Words that stop a noun phrase: adverbs and finite verbs.
            if tk.text.hasSuffix("ly"), tk.text.count > 4 { break }
            if !words.isEmpty, tk.upperFirst, !toks[k - 1].upperFirst, tk.spaceBefore { break }
            var word = tk.text
            var j = k + 1
            var cap = tk.upperFirst
            // Hyphenated compounds: "multiple-launch", "anti-aircraft".
            while j + 1 < n, toks[j].text == "-", !toks[j].spaceBefore, toks[j + 1].kind == .word, !toks[j + 1].spaceBefore {
                word += "-" + toks[j + 1].text
                j += 2
            }
            if tk.allUpper, tk.text.count > 1 { cap = true }
            words.append((word, cap))
            k = j
            b = j
            // A plural ends the phrase: "soldiers near the border", "children born in the war".
            if !cap, Self.isPlural(word) { break }
        }
        // A participle or verb right after the noun ends the phrase: "58 people died" -> "people".
        var cut = words.count
        for (i, w) in words.enumerated() {
            let ing = w.text.hasSuffix("ing") && !Self.ingNouns.contains(w.text)
            if i > 0, w.text.hasSuffix("ed") && lexicons.taxonomy[w.text] == nil || Self.verbs.contains(w.text) || ing {
                cut = i; break
            }
            if i == 0, Self.verbs.contains(w.text) || ing { return nil }
        }
        if words.count == 1, words[0].text.hasSuffix("ed"), lexicons.taxonomy[words[0].text] == nil { return nil }
        if cut < words.count {
            // Recompute the end token for the kept words.
            var kept = 0
            var j = a
            while kept < cut, j < n {
                j += 1
                while j + 1 < n, toks[j].text == "-", !toks[j].spaceBefore, toks[j + 1].kind == .word, !toks[j + 1].spaceBefore { j += 2 }
                kept += 1
            }
            b = j
            words = Array(words.prefix(cut))
        }
        guard !words.isEmpty, b > a else { return nil }
        // Time words after a money amount are not what it counts ("$5 a year" stops at "a").
        return (a, b, words)
    }

    private static let notWhatFor: WordSet = ["total", "all", "first", "last", "time", "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "period", "value", "fact"]
    private static let determiners: WordSet = ["the", "its", "their", "all", "his", "her", "our", "those", "these"]

    /// "soldiers", "children", "months": a plural noun, which heads the phrase it ends.
    static func isPlural(_ word: String) -> Bool {
        let w = word.lowercased()
        if let s = Taxonomy.irregular[w] { return s != w }
        return w.count > 3 && Vocabulary.hasPluralEnding(w) && !w.hasSuffix("'s")
            && !ingNouns.contains(w)
    }

    /// Common verbs that end a category: "three top bosses stood down" -> "top bosses".
    static let verbs: WordSet = [
        "died", "fled", "killed", "remain", "remained", "left", "stood", "went", "came", "took", "made", "got",
        "saw", "lost", "won", "fell", "rose", "grew", "ran", "met", "paid", "sold", "bought", "held", "kept",
        "became", "began", "thought", "found", "gave", "knew", "brought", "spent", "built", "sent", "hit",
        "use", "uses", "say", "go", "goes", "come", "comes", "get", "gets", "make", "makes", "take", "takes",
        "need", "needs", "want", "wants", "live", "lives", "work", "works", "face", "faces", "remains", "see",
        "sees", "own", "owns", "play", "plays", "voted", "vote", "attend", "attended", "joined", "signed",
    ]
    static let ingNouns: WordSet = [
        "building", "meeting", "housing", "funding", "spending", "training", "clothing", "offering", "rating",
        "ranking", "earning", "bombing", "shooting", "killing", "hearing", "ceiling", "wedding", "setting",
        "recording", "painting", "warning", "landing", "crossing", "opening", "saving", "savings", "listing",
        "booking", "filing", "holding", "lending", "borrowing", "pricing", "dwelling", "morning", "evening",
        "string", "thing", "king", "ring", "wing", "sibling", "offspring", "spring", "outing", "sitting",
    ]
}
