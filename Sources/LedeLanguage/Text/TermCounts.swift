/// Word and phrase counts of article bodies, for `terms` and `keyness`.
struct TermCounts {
    /// Term -> occurrences.
    var counts: [String: Int] = [:]
    /// Term -> articles it occurs in.
    var documents: [String: Int] = [:]
    /// All words, stop words included: the denominator of "per 1,000 words".
    var words = 0

    let stopWords: StopWords

    init(stopWords: StopWords) { self.stopWords = stopWords }

    /// A word worth counting: a content word of more than one character.
    func counts(_ t: WordToken) -> Bool { stopWords.isContent(t) && t.norm.count > 1 }

    /// Adds an article's body. `n` = 1 counts content words; 2 or more counts phrases of n words
    /// that start and end with a content word and do not cross a sentence or clause break.
    mutating func add(_ text: String, n: Int) {
        let tokens = Tokenizer.tokens(text)
        words += tokens.count
        var seen = Set<String>()
        let scalars = text.unicodeScalars
        for i in tokens.indices where i + n <= tokens.count {
            guard counts(tokens[i]), counts(tokens[i + n - 1]) else { continue }
            var term = tokens[i].norm
            var ok = true
            for k in 1..<max(n, 1) {
                let gap = scalars[tokens[i + k - 1].range.upperBound..<tokens[i + k].range.lowerBound]
                if gap.contains(where: { ".,!?;:()[]\"“”\n".unicodeScalars.contains($0) }) || !tokens[i + k].hasLetter { ok = false; break }
                term += " " + tokens[i + k].norm
            }
            guard ok else { continue }
            counts[term, default: 0] += 1
            if seen.insert(term).inserted { documents[term, default: 0] += 1 }
        }
    }
}
