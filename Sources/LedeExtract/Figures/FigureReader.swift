import LedeCorpus

/// Reads figures (numbers that count, measure or cost something) out of an article's sentences:
/// value or range, unit, what is counted (category, lemma, taxonomy group), qualifier, and who
/// claims it (a quote's speaker, "according to X", or the subject of a claim verb).
///
/// Choices: a lone "one" or "a half" with no unit is not a figure ("one source said"); dates,
/// years, times, ordinals, phone numbers and labels are never figures (see `NumberReader`);
/// ages are figures with unit "years old".
public struct FigureReader: Sendable {
    public let lexicons: FigureLexicons
    let reader: NumberReader

    public init(lexicons: FigureLexicons = .standard) {
        self.lexicons = lexicons
        self.reader = NumberReader(lexicons: lexicons)
    }

    /// Figures in every sentence, in text order. Without sentences, each paragraph is read as one
    /// sentence (its index then counts paragraphs).
    public func read(_ article: Article, sentences: [Sentence], quotes: [Quote]) -> [Figure] {
        let body = Array(article.body.unicodeScalars)
        var units: [(Int, Int, Int)] = sentences.enumerated().map { ($0.offset, $0.element.span.start, $0.element.span.end) }
        if sentences.isEmpty {
            units = article.paragraphs.enumerated().map { ($0.offset, $0.element.start, $0.element.end) }
        }
        var out: [Figure] = []
        for (index, start, end) in units {
            let s = max(0, min(start, body.count)), e = max(s, min(end, body.count))
            out += read(scalars: Array(body[s..<e]), sentence: index, offset: s, quotes: quotes)
        }
        return out
    }

    /// Figures in one sentence given as text; `offset` is added to every span.
    public func read(sentence text: String, index: Int = 0, offset: Int = 0, quotes: [Quote] = []) -> [Figure] {
        read(scalars: Array(text.unicodeScalars), sentence: index, offset: offset, quotes: quotes)
    }

    static let stop: Set<String> = [
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
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "also", "had",
        "has", "did", "does", "do", "previously", "earlier", "repeatedly", "publicly", "reportedly",
        "officially", "already", "now", "not", "later", "recently", "separately", "shall", "may",
        "might", "could", "can", "should",
    ]

    func read(scalars: [Unicode.Scalar], sentence: Int, offset: Int, quotes: [Quote]) -> [Figure] {
        let toks = NTokenizer.tokenize(scalars)
        let matches = reader.scan(toks, scalars)
        if matches.isEmpty { return [] }
        func text(_ a: Int, _ b: Int) -> String { NumberParser.text(scalars, TextSpan(toks[a].start, toks[b - 1].end)) }
        func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(offset + toks[a].start, offset + toks[b - 1].end) }

        struct Cat { var a: Int; var b: Int; var words: [(text: String, capitalised: Bool)] }
        var kept: [NumberMatch] = []
        var cats: [Cat?] = []
        for m in matches {
            if m.unit == nil, m.kind == .number, m.qualifier == nil {
                // "one source", "a half": not figures.
                if m.inWords, m.value == 1, m.text.lowercased() == "one" || m.text.lowercased() == "a" { continue }
                if m.fractionOnly, m.text.lowercased().hasSuffix("half") { continue }
            }
            kept.append(m)
            cats.append(category(toks, after: m).map { Cat(a: $0.a, b: $0.b, words: $0.words) })
        }
        // Carry a category along a list: "5, 6 and 7 tanks" -> every number counts tanks.
        func listGap(_ a: NumberMatch, _ b: NumberMatch) -> Bool {
            let from = a.endToken, to = b.qualifierToken ?? b.firstToken
            guard from <= to, to - from <= 2 else { return false }
            return (from..<to).allSatisfy { [",", "and", "or", "to", "-"].contains(toks[$0].text) }
        }
        if kept.count > 1 {
            for k in stride(from: kept.count - 2, through: 0, by: -1) where cats[k] == nil && cats[k + 1] != nil {
                if listGap(kept[k], kept[k + 1]), kept[k].unitKind == kept[k + 1].unitKind { cats[k] = cats[k + 1] }
            }
            for k in 1..<kept.count where cats[k] == nil && cats[k - 1] != nil {
                if listGap(kept[k - 1], kept[k]), kept[k].unitKind == kept[k - 1].unitKind,
                   kept[k].endToken >= toks.count || toks[kept[k].endToken].kind != .word {
                    cats[k] = cats[k - 1]
                }
            }
        }
        let claim = attribution(toks, text: text, span: span)
        var out: [Figure] = []
        for (k, m) in kept.enumerated() {
            var f = Figure(sentence: sentence, span: TextSpan(offset + m.span.start, offset + m.span.end), text: m.text,
                           value: m.value, low: m.low, high: m.high, unit: m.unit,
                           qualifier: m.qualifier, approximate: m.approximate)
            if let q = m.qualifierSpan { f.qualifierSpan = TextSpan(offset + q.start, offset + q.end) }
            if let c = cats[k] {
                f.category = text(c.a, c.b)
                f.categorySpan = span(c.a, c.b)
                if let (lemma, group) = Taxonomy.lemma(words: c.words, lexicons: lexicons) {
                    f.categoryLemma = lemma
                    f.group = group
                }
            }
            if m.unitKind == .age, f.group == nil { f.group = "age" }
            // Claimant: the speaker of a quote holding the figure, else the sentence's attribution.
            if let q = quotes.first(where: { $0.span.start <= f.span.start && f.span.end <= $0.span.end }) {
                f.claimant = q.speaker ?? q.mention
                f.claimantSpan = q.mentionSpan
                f.cue = q.cue ?? "say"
                f.cueSpan = q.cueSpan
            } else if let c = claim.nearest(to: m.firstToken, span: f.span) {
                f.claimant = c.claimant
                f.claimantSpan = c.claimantSpan
                f.cue = c.cue
                f.cueSpan = c.cueSpan
            }
            out.append(f)
        }
        return out
    }

    /// What a figure counts: the words after it ("armored vehicles" in "1,205 armored vehicles of
    /// various types"), after "of" for vague figures and percentages ("hundreds of people",
    /// "12% of voters").
    func category(_ toks: [NToken], after m: NumberMatch) -> (a: Int, b: Int, words: [(text: String, capitalised: Bool)])? {
        var k = m.endToken
        let n = toks.count
        func t(_ i: Int) -> String { i < n ? toks[i].text : "" }
        if m.unitKind == .percent || m.unitKind == .measure || m.unitKind == .age || m.kind == .vague {
            guard t(k) == "of" else { return nil }
            k += 1
            if ["the", "its", "their", "all"].contains(t(k)) { k += 1 }
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
                if let (a, b) = nounPhrase(toks, from: i + 2, forward: true) {
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
                if who == nil || ["it", "which", "that", "who"].contains(text(who!.0, who!.1).lowercased()) {
                    if let np = nounPhrase(toks, from: i + 1, forward: true), !["to", "that"].contains(t(i + 1)) { who = np } else { who = nil }
                }
                att.items.append(.init(token: i, claimant: who.map { text($0.0, $0.1) }, claimantSpan: who.map { span($0.0, $0.1) },
                                       cue: lemma, cueSpan: span(i, i + 1)))
            }
            i += 1
        }
        return att
    }

    /// A short noun phrase ("the Ukrainian side" -> "Ukrainian side", "U.S. officials", "the UN")
    /// starting at (forward) or ending at (backward) token `from`, without its determiner.
    func nounPhrase(_ toks: [NToken], from: Int, forward: Bool) -> (Int, Int)? {
        let n = toks.count
        func t(_ i: Int) -> String { i >= 0 && i < n ? toks[i].text : "" }
        let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"]
        func partOf(_ i: Int) -> Bool {
            guard i >= 0, i < n else { return false }
            let tk = toks[i]
            if tk.kind == .word {
                // "Russia's": the "s" after an apostrophe is no word; lone lower-case letters neither.
                if tk.text.count == 1, !tk.upperFirst { return false }
                return !Self.stop.contains(tk.text) && !Self.notClaimant.contains(tk.text) && !tk.text.hasSuffix("ly")
                    && Self.verbs.contains(tk.text) == false
            }
            // "U.S." and "Russia's"
            if tk.text == ".", !tk.spaceBefore, i > 0, toks[i - 1].kind == .word, toks[i - 1].text.count == 1, toks[i - 1].upperFirst { return true }
            if tk.text == "-", !tk.spaceBefore, i + 1 < n, !toks[i + 1].spaceBefore { return true }
            return false
        }
        if forward {
            var a = from
            if determiners.contains(t(a)) { a += 1 }
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
            guard s <= from else { return nil }
            return (s, from + 1)
        }
    }
    /// Common verbs that end a category: "three top bosses stood down" -> "top bosses".
    static let verbs: Set<String> = [
        "died", "fled", "killed", "remain", "remained", "left", "stood", "went", "came", "took", "made", "got",
        "saw", "lost", "won", "fell", "rose", "grew", "ran", "met", "paid", "sold", "bought", "held", "kept",
        "became", "began", "thought", "found", "gave", "knew", "brought", "spent", "built", "sent", "hit",
        "use", "uses", "say", "go", "goes", "come", "comes", "get", "gets", "make", "makes", "take", "takes",
        "need", "needs", "want", "wants", "live", "lives", "work", "works", "face", "faces", "remains", "see",
        "sees", "own", "owns", "play", "plays", "voted", "vote", "attend", "attended", "joined", "signed",
    ]
    static let ingNouns: Set<String> = [
        "building", "meeting", "housing", "funding", "spending", "training", "clothing", "offering", "rating",
        "ranking", "earning", "bombing", "shooting", "killing", "hearing", "ceiling", "wedding", "setting",
        "recording", "painting", "warning", "landing", "crossing", "opening", "saving", "savings", "listing",
        "booking", "filing", "holding", "lending", "borrowing", "pricing", "dwelling", "morning", "evening",
        "string", "thing", "king", "ring", "wing", "sibling", "offspring", "spring", "outing", "sitting",
    ]
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "you"]
    /// Words that are never part of a claimant: days, time words, the medium of a statement.
    static let notClaimant: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "tomorrow", "statement", "interview", "week", "month", "year", "morning", "evening",
        "afternoon", "night", "earlier", "later", "recently", "previously", "separately", "however", "meanwhile",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "report", "figures", "data", "results", "study", "survey",
    ]
}
