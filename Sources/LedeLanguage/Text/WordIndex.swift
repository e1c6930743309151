import LedeCorpus

/// The words of every article body, read once for the loaded articles so that `kwic` looks a
/// word up instead of reading every body again: each body as word ids into one vocabulary with
/// where each word stands, and for each word the articles it occurs in.
public struct WordIndex: Sendable {
    /// One body's words as `Tokenizer` reads them.
    struct Body: Sendable {
        /// Vocabulary id of each word's normalised form.
        var words: [UInt32] = []
        /// UTF-8 offsets of each word as written: a body's UTF-8 view turns them into indices at once.
        var starts: [UInt32] = []
        var ends: [UInt32] = []
        /// True when the body is all ASCII, so UTF-8 offsets are also scalar offsets.
        var ascii = true
        /// Positions of the words whose letters are not their normal form's ("1990's" has a
        /// letter, "1990" none), ascending; nearly always empty.
        var letterFlips: [UInt32] = []
    }

    private(set) var vocabulary: [String] = []
    /// For each vocabulary id, whether the normal form has a letter.
    private(set) var hasLetter: [Bool] = []
    private var ids: [String: UInt32] = [:]
    /// For each vocabulary id, the articles it occurs in, ascending.
    private(set) var articles: [[Int32]] = []
    private(set) var bodies: [Body] = []

    /// The words of one body as `Tokenizer` reads them, for `add` to file.
    struct Reading: Sendable {
        var words: [String]
        var starts: [UInt32]
        var ends: [UInt32]
        var ascii: Bool
        var hasLetter: [Bool]
    }

    static func read(_ body: String) -> Reading {
        let tokens = Tokenizer.tokens(body)
        // Offsets fit in 32 bits: articles over 4 MB of text are never loaded.
        return Reading(words: tokens.map(\.norm), starts: tokens.map { UInt32(truncatingIfNeeded: $0.start) },
                       ends: tokens.map { UInt32(truncatingIfNeeded: $0.end) }, ascii: body.utf8.allSatisfy { $0 < 0x80 },
                       hasLetter: tokens.map(\.hasLetter))
    }

    /// Files the next article's words; `lastArticle` holds, per id, the last article filed
    /// under it, so that the end of each id's own list of articles is not read for every word.
    private mutating func add(_ reading: Reading, lastArticle: inout [Int32]) {
        let article = Int32(truncatingIfNeeded: bodies.count)
        var body = Body(words: [], starts: reading.starts, ends: reading.ends, ascii: reading.ascii)
        body.words.reserveCapacity(reading.words.count)
        for (position, word) in reading.words.enumerated() {
            let id = file(word) { word.unicodeScalars.contains(where: Tokenizer.isLetter) }
            if Int(id) == lastArticle.count { lastArticle.append(-1) }
            if lastArticle[Int(id)] != article {
                lastArticle[Int(id)] = article
                articles[Int(id)].append(article)
            }
            if reading.hasLetter[position] != hasLetter[Int(id)] { body.letterFlips.append(UInt32(truncatingIfNeeded: position)) }
            body.words.append(id)
        }
        bodies.append(body)
    }

    /// The index of `bodies`, read and filed on a worker thread: each run of bodies gets a
    /// vocabulary of its own, so that hashing every word runs in parallel, and `append` then
    /// hashes each of the run's distinct words once to merge it.
    static func run(_ bodies: [String]) -> WordIndex {
        var index = WordIndex()
        var lastArticle: [Int32] = []
        for body in bodies { index.add(read(body), lastArticle: &lastArticle) }
        return index
    }

    /// Files the articles of `run`, an index of the bodies that follow this one's.
    mutating func append(_ run: WordIndex) {
        let first = bodies.count
        let ids = run.vocabulary.indices.map { local in file(run.vocabulary[local]) { run.hasLetter[local] } }
        for (local, id) in ids.enumerated() {
            for article in run.articles[local] { articles[Int(id)].append(Int32(truncatingIfNeeded: first + Int(article))) }
        }
        // A word the run first spelt otherwise (a decomposed "é" for a composed one) is one word
        // here, which might differ in having a letter: its positions then flip the other way.
        let flipped = ids.indices.map { run.hasLetter[$0] != hasLetter[Int(ids[$0])] }
        let anyFlipped = flipped.contains(true)
        for body in run.bodies {
            var merged = body
            merged.words = body.words.map { ids[Int($0)] }
            if anyFlipped {
                merged.letterFlips = body.words.indices.filter { flipped[Int(body.words[$0])] != body.letterFlips.contains(UInt32(truncatingIfNeeded: $0)) }
                    .map { UInt32(truncatingIfNeeded: $0) }
            }
            bodies.append(merged)
        }
    }

    /// The id of `word`, added to the vocabulary with `letter()` telling whether it has a
    /// letter when it is new.
    private mutating func file(_ word: String, letter: () -> Bool) -> UInt32 {
        if let known = ids[word] { return known }
        let id = UInt32(truncatingIfNeeded: vocabulary.count)
        ids[word] = id
        vocabulary.append(word)
        hasLetter.append(letter())
        articles.append([])
        return id
    }

    func id(of word: String) -> UInt32? { ids[word] }

    /// True when the word at `position` of `body` has a letter, as `WordToken.hasLetter`.
    func hasLetter(_ body: Body, at position: Int) -> Bool {
        let normal = hasLetter[Int(body.words[position])]
        return body.letterFlips.isEmpty ? normal : normal != body.letterFlips.contains(UInt32(truncatingIfNeeded: position))
    }

    /// The ids of every word starting with `prefix` ("invad" for "invad*").
    func ids(withPrefix prefix: String) -> Set<UInt32> {
        Set(vocabulary.indices.filter { vocabulary[$0].hasPrefix(prefix) }.map { UInt32(truncatingIfNeeded: $0) })
    }
}
