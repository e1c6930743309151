/// Who claims a figure when no quote holds it: "according to X", or the subject (else the object)
/// of a claim verb from the figure-cues lexicon ("X estimated", "said X").
extension FigureReader {
    static let auxiliaries: WordSet = [
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "also", "had",
        "has", "did", "does", "do", "previously", "earlier", "repeatedly", "publicly", "reportedly",
        "officially", "already", "now", "not", "later", "recently", "separately", "shall", "may",
        "might", "could", "can", "should",
    ]

    struct Attribution {
        struct Item { var token: Int; var claimant: String?; var claimantSpan: TextSpan?; var cue: String; var cueSpan: TextSpan }
        var items: [Item] = []
        /// The nearest claim whose claimant does not hold the figure itself ("All three outlets reported").
        func nearest(to token: Int, span: TextSpan) -> Item? {
            items.filter { i in
                guard i.claimant != nil, let c = i.claimantSpan else { return false }
                return c.end <= span.start || c.start >= span.end
            }.min { abs($0.token - token) < abs($1.token - token) }
        }
    }

    /// "according to X", "X claimed", "X said", "said X" in a sentence.
    func attribution(_ toks: [NToken], text: (Int, Int) -> String, span: (Int, Int) -> TextSpan) -> Attribution {
        var att = Attribution()
        let n = toks.count
        func t(_ i: Int) -> String { i >= 0 && i < n ? toks[i].text : "" }
        var i = 0
        while i < n {
            if t(i) == "according", t(i + 1) == "to" {
                if let (a, b) = compiler(toks, after: i + 2) ?? nounPhrase(toks, from: i + 2, forward: true) {
                    att.items.append(.init(token: i, claimant: text(a, b), claimantSpan: span(a, b), cue: "according to",
                                           cueSpan: span(i, i + 2)))
                }
                i += 2
                continue
            }
            if toks[i].kind == .word, let lemma = lexicons.cues[t(i)] {
                // "an estimated 500": a qualifier, not a claim.
                if t(i - 1) == "an" || t(i - 1) == "a" || t(i - 1) == "the" { i += 1; continue }
                var j = i - 1
                while j >= 0, Self.auxiliaries.contains(t(j)) { j -= 1 }
                var who: (Int, Int)? = nil
                if j >= 0, let np = nounPhrase(toks, from: j, forward: false) { who = np }
                if who.map({ ["it", "which", "that", "who"].contains(text($0.0, $0.1).lowercased()) }) ?? true {
                    if let np = nounPhrase(toks, from: i + 1, forward: true), !["to", "that"].contains(t(i + 1)) { who = np } else { who = nil }
                }
                att.items.append(.init(token: i, claimant: who.map { text($0.0, $0.1) }, claimantSpan: who.map { span($0.0, $0.1) },
                                       cue: lemma, cueSpan: span(i, i + 1)))
            }
            i += 1
        }
        return att
    }

    /// Words for what was counted or written, whose maker claims the figure.
    static let records: WordSet = ["figures", "data", "report", "records", "estimates", "statistics", "numbers", "count", "documents", "study", "survey", "results"]

    /// The maker of a record after "according to": "figures gathered by rescue volunteers",
    /// "data from the health ministry", "a report published by the UN" -> the noun phrase after "by" or "from".
    func compiler(_ toks: [NToken], after from: Int) -> (Int, Int)? {
        func t(_ i: Int) -> String { i >= 0 && i < toks.count ? toks[i].text : "" }
        var k = from
        if ["the", "a", "an", "new", "official", "latest"].contains(t(k)) { k += 1 }
        guard Self.records.contains(t(k)) else { return nil }
        k += 1
        if t(k).hasSuffix("ed") { k += 1 }
        guard t(k) == "by" || t(k) == "from" else { return nil }
        return nounPhrase(toks, from: k + 1, forward: true)
    }

    /// A short noun phrase ("the Ukrainian side" -> "Ukrainian side", "U.S. officials", "the UN")
    /// starting at (forward) or ending at (backward) token `from`, without its determiner.
    func nounPhrase(_ toks: [NToken], from: Int, forward: Bool) -> (Int, Int)? {
        let n = toks.count
        func t(_ i: Int) -> String { i >= 0 && i < n ? toks[i].text : "" }
        func partOf(_ i: Int) -> Bool {
            guard i >= 0, i < n else { return false }
            let tk = toks[i]
            if tk.kind == .word {
                // "Russia's": the "s" after an apostrophe is no word; lone lower-case letters neither.
                if tk.text.count == 1, !tk.upperFirst { return false }
                // "-ly" words are adverbs, unless capitalised ("Harbour Daily", "Kelly", "Italy").
                return !Self.stop.contains(tk.text) && !Self.notClaimant.contains(tk.text) && (!tk.text.hasSuffix("ly") || tk.upperFirst)
                    && Self.verbs.contains(tk.text) == false
            }
            // "U.S." and "Russia's"
            if tk.text == ".", !tk.spaceBefore, i > 0, toks[i - 1].kind == .word, toks[i - 1].text.count == 1, toks[i - 1].upperFirst { return true }
            if tk.text == "-", !tk.spaceBefore, i + 1 < n, !toks[i + 1].spaceBefore { return true }
            return false
        }
        if forward {
            var a = from
            if Self.phraseDeterminers.contains(t(a)) { a += 1 }
            var b = a
            while b < n, b - a < 8, partOf(b) {
                if toks[b].kind == .word, Self.pronouns.contains(t(b)), b > a { break }
                b += 1
            }
            guard b > a else { return nil }
            return (a, b)
        } else {
            var a = from
            if a >= 0, Self.pronouns.contains(t(a)) { return (a, a + 1) }
            while a >= 0, from - a < 8, partOf(a) { a -= 1 }
            let s = a + 1
            // "the 41-page report": a compound's tail describes the record; it claims nothing.
            guard s <= from, t(s) != "-" else { return nil }
            return (s, from + 1)
        }
    }

    /// Words a noun phrase may open with, left out of the claimant.
    static let phraseDeterminers: WordSet = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"]
    static let pronouns: WordSet = ["he", "she", "they", "we", "i", "you"]
    /// Words that are never part of a claimant: days, time words, the medium of a statement.
    static let notClaimant: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "tomorrow", "statement", "interview", "week", "month", "year", "morning", "evening",
        "afternoon", "night", "earlier", "later", "recently", "previously", "separately", "however", "meanwhile",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "report", "figures", "data", "results", "study", "survey", "latest", "reports",
    ]
}
