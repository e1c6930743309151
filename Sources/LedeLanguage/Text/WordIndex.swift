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

    /// The words of `body`, read on a worker thread; `add` then files them in order.
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

    /// Files the next article's words.
    mutating func add(_ reading: Reading) {
        let article = Int32(truncatingIfNeeded: bodies.count)
        var body = Body(words: [], starts: reading.starts, ends: reading.ends, ascii: reading.ascii)
        body.words.reserveCapacity(reading.words.count)
        for (position, word) in reading.words.enumerated() {
            let id: UInt32
            if let known = ids[word] {
                id = known
            } else {
                id = UInt32(truncatingIfNeeded: vocabulary.count)
                ids[word] = id
                vocabulary.append(word)
                hasLetter.append(word.unicodeScalars.contains(where: Tokenizer.isLetter))
                articles.append([])
            }
            if articles[Int(id)].last != article { articles[Int(id)].append(article) }
            if reading.hasLetter[position] != hasLetter[Int(id)] { body.letterFlips.append(UInt32(truncatingIfNeeded: position)) }
            body.words.append(id)
        }
        bodies.append(body)
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
