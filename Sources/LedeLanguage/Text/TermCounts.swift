import LedeCorpus

/// Word and phrase counts of article bodies, for `terms` and `keyness`, read from the word index
/// (`WordIndex`) so that no body is tokenized again.
struct TermCounts {
    /// Term -> occurrences.
    private(set) var counts: [String: Int] = [:]
    /// Term -> articles it occurs in.
    private(set) var documents: [String: Int] = [:]
    /// All words, stop words included: the denominator of "per 1,000 words".
    private(set) var words = 0

    /// Counts the articles `members` (indices into `articles` and the index). `n` = 1 counts
    /// content words; 2 or more counts phrases of n words that start and end with a content word
    /// and do not cross a sentence or clause break.
    init(_ members: [Int], of articles: [Article], index: WordIndex, stopWords: StopWords, n: Int,
         cancellation: Cancellation) throws(Diagnostic) {
        // Whether each vocabulary id is a content word of more than one character, decided once.
        var content = [Bool?](repeating: nil, count: index.vocabulary.count)
        func isContent(_ body: WordIndex.Body, _ position: Int) -> Bool {
            guard index.hasLetter(body, at: position) else { return false }
            let id = Int(body.words[position])
            if let known = content[id] { return known }
            let word = index.vocabulary[id]
            let answer = !stopWords.words.contains(word) && word.count > 1
            content[id] = answer
            return answer
        }
        // Single words are counted by id and named once at the end.
        var wordCounts = [Int](repeating: 0, count: n == 1 ? index.vocabulary.count : 0)
        var wordDocuments = wordCounts
        var lastArticle = [Int](repeating: -1, count: wordCounts.count)
        for a in members where index.bodies.indices.contains(a) {
            if cancellation.isCancelled { throw Interrupted.diagnostic }
            let body = index.bodies[a]
            let count = body.words.count
            words += count
            if n == 1 {
                for i in 0..<count where isContent(body, i) {
                    let id = Int(body.words[i])
                    wordCounts[id] += 1
                    if lastArticle[id] != a { lastArticle[id] = a; wordDocuments[id] += 1 }
                }
                continue
            }
            var seen = Set<String>()
            let utf8 = Array(articles[a].body.utf8)
            for i in 0..<count where i + n <= count {
                guard isContent(body, i), isContent(body, i + n - 1) else { continue }
                var term = index.vocabulary[Int(body.words[i])]
                var ok = true
                for k in 1..<n {
                    if Self.breaks(utf8, from: Int(body.ends[i + k - 1]), to: Int(body.starts[i + k])) || !index.hasLetter(body, at: i + k) {
                        ok = false
                        break
                    }
                    term += " " + index.vocabulary[Int(body.words[i + k])]
                }
                guard ok else { continue }
                counts[term, default: 0] += 1
                if seen.insert(term).inserted { documents[term, default: 0] += 1 }
            }
        }
        for id in wordCounts.indices where wordCounts[id] > 0 {
            counts[index.vocabulary[id]] = wordCounts[id]
            documents[index.vocabulary[id]] = wordDocuments[id]
        }
    }

    /// True when the UTF-8 bytes between two words hold a sentence or clause break: one of
    /// `.,!?;:()[]"` or a newline, or a curly double quote mark (E2 80 9C, E2 80 9D).
    static func breaks(_ utf8: [UInt8], from: Int, to: Int) -> Bool {
        var i = max(0, from)
        let end = min(to, utf8.count)
        while i < end {
            switch utf8[i] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "\n"):
                return true
            case 0xE2 where i + 2 < end && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0x9C || utf8[i + 2] == 0x9D):
                return true
            default:
                i += 1
            }
        }
        return false
    }
}
