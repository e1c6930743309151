import LedeCorpus

/// One article prepared for the readers: scalars, sentences and tokens, with the maps between
/// them. Built once per article; every reader works from it.
struct Document {
    let text: BodyText
    let paragraphs: [Paragraph]
    let sentences: [Sentence]
    let tokens: [Token]
    /// Token index range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// Sentence index of each token.
    let tokenSentence: [Int]

    init(_ article: Article, _ vocabulary: Vocabulary) {
        text = BodyText(article.body)
        paragraphs = article.paragraphs
        sentences = SentenceSplitter(vocabulary: vocabulary).split(text, paragraphs)
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        var owner: [Int] = []
        // About one token for every six scalars of news text.
        tokens.reserveCapacity(text.scalars.count / 5)
        owner.reserveCapacity(text.scalars.count / 5)
        for (index, sentence) in sentences.enumerated() {
            let start = tokens.count
            Tokenizer.append(text, sentence.span.start, sentence.span.end, abbreviations: vocabulary.abbreviations, to: &tokens)
            ranges.append(start..<tokens.count)
            owner += repeatElement(index, count: tokens.count - start)
        }
        for i in tokens.indices where tokens[i].kind == .word {
            tokens[i].lemma = vocabulary.speechVerbs[tokens[i].lower]
        }
        for (i, length) in vocabulary.namedOutlets(tokens, sentences: ranges) { tokens[i].outlet = length }
        self.tokens = tokens
        sentenceTokens = ranges
        tokenSentence = owner
    }

    /// Index of the first token that starts at or after `offset`.
    func token(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Sentence holding `offset` (the nearest one before it when `offset` is between sentences).
    func sentence(at offset: Int) -> Int {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// Token range of paragraph `p`.
    func paragraphTokens(_ p: Int) -> Range<Int> {
        token(atOrAfter: paragraphs[p].start)..<token(atOrAfter: paragraphs[p].end)
    }

    func span(_ first: Int, _ last: Int) -> TextSpan { TextSpan(tokens[first].start, tokens[last].end) }
}
