import LedeCorpus

/// A sentence's scalars and its number-reader tokens (`NTokenizer`): tokenized once per article
/// and shared by the figure and hedge readers, which both read every sentence this way.
struct ScannedSentence {
    /// Index of the sentence (of the paragraph when the article has no sentences).
    let index: Int
    /// Scalar offset of the sentence in the body: token offsets are relative to it.
    let offset: Int
    let scalars: [Unicode.Scalar]
    let tokens: [NToken]

    init(index: Int, offset: Int, scalars: [Unicode.Scalar]) {
        self.index = index
        self.offset = offset
        self.scalars = scalars
        tokens = NTokenizer.tokenize(scalars)
    }

    /// Every sentence of a body, or every paragraph when there are no sentences.
    static func all(_ body: [Unicode.Scalar], sentences: [Sentence], paragraphs: [Paragraph]) -> [ScannedSentence] {
        let spans = sentences.isEmpty ? paragraphs.map { ($0.start, $0.end) } : sentences.map { ($0.span.start, $0.span.end) }
        return spans.enumerated().map { index, span in
            let start = max(0, min(span.0, body.count)), end = max(start, min(span.1, body.count))
            return ScannedSentence(index: index, offset: start, scalars: Array(body[start..<end]))
        }
    }
}
