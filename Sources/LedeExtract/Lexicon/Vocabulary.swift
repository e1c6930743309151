/// The lexicon lists the sentence, quote and source readers use, turned into lookup tables once.
struct Vocabulary: Sendable {
    /// Written form (lowercased) -> lemma.
    let speechVerbs: [String: String]
    let indirectVerbs: Set<String>
    /// Written form (lowercased) -> lemma of verbs that credit a quoted label ("called it “a disaster”").
    let characterizationVerbs: [String: String]
    let titles: Set<String>
    let anonymousHeads: Set<String>
    let anonymousPhrases: [[String]]
    /// Outlet names as token sequences keyed by their first word, longest first.
    let outlets: [String: [[String]]]
    let organisationWords: Set<String>
    let nameStopwords: Set<String>
    let abbreviations: Set<String>
    let sentenceStarters: Set<String>
    /// Multi-word place names, lowercased and joined by one space.
    let places: Set<String>
    let placeWords: Set<String>

    init(_ lexicons: Lexicons) {
        var verbs: [String: String] = [:]
        for line in lexicons.list("speech-verbs") {
            let forms = line.lowercased().split(separator: " ").map(String.init)
            guard let lemma = forms.first else { continue }
            for form in forms { verbs[form] = lemma }
        }
        speechVerbs = verbs
        var labels: [String: String] = [:]
        for line in lexicons.list("characterization-verbs") {
            let forms = line.lowercased().split(separator: " ").map(String.init)
            guard let lemma = forms.first else { continue }
            for form in forms { labels[form] = lemma }
        }
        characterizationVerbs = labels
        indirectVerbs = lexicons.lowercasedSet("indirect-verbs")
        titles = lexicons.lowercasedSet("titles")
        anonymousHeads = lexicons.lowercasedSet("anonymous")
        anonymousPhrases = lexicons.list("anonymous-phrases").map { $0.lowercased().split(separator: " ").map(String.init) }
        outlets = Dictionary(grouping: lexicons.list("outlets").map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count },
                             by: { $0[0] })
        organisationWords = lexicons.lowercasedSet("organisation-words")
        nameStopwords = lexicons.lowercasedSet("name-stopwords")
        abbreviations = lexicons.lowercasedSet("abbreviations")
        sentenceStarters = lexicons.lowercasedSet("sentence-starters")
        places = lexicons.lowercasedSet("places")
        placeWords = lexicons.lowercasedSet("place-words")
    }

    func lemma(_ token: Token) -> String? { token.lemma }

    /// Length in tokens of the outlet name starting at `i`, nil when none does.
    func outletLength(_ tokens: [Token], at i: Int) -> Int? {
        for name in outlets[tokens[i].bare] ?? [] where i + name.count <= tokens.count {
            var ok = true
            for (k, word) in name.enumerated() where tokens[i + k].bare != word { ok = false; break }
            if ok { return name.count }
        }
        return nil
    }
}
