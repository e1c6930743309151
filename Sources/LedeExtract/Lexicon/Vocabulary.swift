/// The lexicon lists the sentence, quote and source readers use, turned into lookup tables once.
struct Vocabulary: Sendable {
    /// Written form (lowercased) -> lemma.
    let speechVerbs: WordTable<String>
    let indirectVerbs: WordSet
    /// Written form (lowercased) -> lemma of verbs that credit a quoted label ("called it “a disaster”").
    let characterizationVerbs: WordTable<String>
    let titles: WordSet
    let anonymousHeads: WordSet
    let anonymousPhrases: [[String]]
    /// Outlet names as token sequences keyed by their first word, longest first.
    let outlets: WordTable<[[String]]>
    /// Last words of outlet names ("Daily", "Post", "Ledger"), as written.
    let outletWords: WordSet
    let organisationWords: WordSet
    let nameStopwords: WordSet
    let abbreviations: WordSet
    let sentenceStarters: WordSet
    /// Place names, lowercased and joined by one space: the look-alikes of `places.txt` and the
    /// countries, regions and cities of `gazetteer-places.txt`.
    let places: WordSet
    let placeWords: WordSet
    /// Nouns for people that are no titles ("woman", "resident"): "the woman said" refers back.
    let personNouns: WordSet
    /// Given names (lowercased) and the sex of most of their bearers.
    let givenNames: WordTable<Gender>
    /// "mr", "ms", "lord", ... (lowercased, no dot) and the sex they tell.
    let honorifics: WordTable<Gender>

    init(_ lexicons: Lexicons) {
        var verbs: [String: String] = [:]
        for line in lexicons.list("speech-verbs") {
            let forms = line.lowercased().split(separator: " ").map(String.init)
            guard let lemma = forms.first else { continue }
            for form in forms { verbs[form] = lemma }
        }
        speechVerbs = WordTable(verbs.map { ($0.key, $0.value) })
        var labels: [String: String] = [:]
        for line in lexicons.list("characterization-verbs") {
            let forms = line.lowercased().split(separator: " ").map(String.init)
            guard let lemma = forms.first else { continue }
            for form in forms { labels[form] = lemma }
        }
        characterizationVerbs = WordTable(labels.map { ($0.key, $0.value) })
        indirectVerbs = WordSet(lexicons.lowercasedSet("indirect-verbs"))
        titles = WordSet(lexicons.lowercasedSet("titles"))
        anonymousHeads = WordSet(lexicons.lowercasedSet("anonymous"))
        anonymousPhrases = lexicons.list("anonymous-phrases").map { $0.lowercased().split(separator: " ").map(String.init) }
        outlets = WordTable(Dictionary(grouping: lexicons.list("outlets").map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count },
                                       by: { $0[0] }).map { ($0.key, $0.value) })
        outletWords = WordSet(lexicons.list("outlet-words"))
        organisationWords = WordSet(lexicons.lowercasedSet("organisation-words"))
        nameStopwords = WordSet(lexicons.lowercasedSet("name-stopwords"))
        abbreviations = WordSet(lexicons.lowercasedSet("abbreviations"))
        sentenceStarters = WordSet(lexicons.lowercasedSet("sentence-starters"))
        places = WordSet((lexicons.list("places") + lexicons.list("gazetteer-places")).map { $0.lowercased() })
        placeWords = WordSet(lexicons.lowercasedSet("place-words"))
        personNouns = WordSet(lexicons.lowercasedSet("person-nouns"))
        givenNames = Self.genders(lexicons.list("given-names"))
        honorifics = Self.genders(lexicons.list("honorifics"))
    }

    func lemma(_ token: Token) -> String? { token.lemma }

    /// Length in tokens of the outlet name starting at `i`, nil when none does: a name of
    /// `outlets.txt`, else one the document found by its last word (`Token.outlet`).
    func outletLength(_ tokens: [Token], at i: Int) -> Int? {
        for name in outlets[tokens[i].bare] ?? [] where i + name.count <= tokens.count {
            var ok = true
            for (k, word) in name.enumerated() where tokens[i + k].bare != word { ok = false; break }
            if ok { return name.count }
        }
        return tokens[i].outlet
    }

    /// Words before a name that cite it as an outlet: "the X", "told X", "quoted by X", "a report
    /// in X", "spoke to X", "according to X", "an interview with X", "wrote for X".
    private static let outletCitations: WordSet = ["the", "told", "by", "in", "to", "with", "for"]
    /// Verbs after a name that cite it as an outlet: "X reported", "X has reported", "X understands".
    private static let outletVerbs: WordSet = ["reported", "reports", "understands", "revealed", "reveals", "published"]

    /// Outlets missing from `outlets.txt`, named by their last word (`outlet-words.txt`): a
    /// capitalised run of two to four words, after an optional "The", ending in an outlet word
    /// ("Harbour Daily", "The Marrowick Ledger"). The name is an outlet everywhere in the article
    /// once one place cites it ("told Harbour Daily", "according to the Northwind Post", "Harbour
    /// Daily has reported"), so a
    /// person called "Bill Press" who only speaks stays a person. Returns token index -> length,
    /// at "The" (when written) and at the name's first word.
    func namedOutlets(_ tokens: [Token], sentences: [Range<Int>]) -> [(Int, Int)] {
        guard !outletWords.isEmpty else { return [] }
        var runs: [(the: Int?, first: Int, last: Int, name: String)] = []
        var cited = Set<String>()
        for range in sentences {
            var i = range.lowerBound
            while i < range.upperBound {
                guard tokens[i].isCapitalised else { i += 1; continue }
                var b = i
                while b + 1 < range.upperBound, tokens[b + 1].isCapitalised, tokens[b].bare == tokens[b].text { b += 1 }
                defer { i = b + 1 }
                // "Yesterday the …", "Monday's …": openers are not part of the name.
                var a = i
                while a < b, tokens[a].lower != "the", nameStopwords.contains(tokens[a].bareLower) { a += 1 }
                let the: Int? = tokens[a].lower == "the" ? a : nil
                let first = the.map { $0 + 1 } ?? a
                guard first < b, b - first < 4, outletWords.contains(tokens[b].bare) else { continue }
                let name = tokens[first...b].map(\.bare).joined(separator: " ")
                var verb = b + 1
                while verb < range.upperBound, ["has", "have", "had", "first", "also"].contains(tokens[verb].lower) { verb += 1 }
                if the != nil || first > range.lowerBound && Self.outletCitations.contains(tokens[first - 1].lower)
                    || verb < range.upperBound && Self.outletVerbs.contains(tokens[verb].lower) {
                    cited.insert(name)
                }
                runs.append((the, first, b, name))
            }
        }
        var out: [(Int, Int)] = []
        for run in runs where cited.contains(run.name) {
            if let the = run.the { out.append((the, run.last - the + 1)) }
            out.append((run.first, run.last - run.first + 1))
        }
        return out
    }
}
