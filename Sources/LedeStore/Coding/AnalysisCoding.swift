import LedeExtract

/// An `Analysis` as bytes: each table's rows in field order. A change to these fields changes
/// `Extractor.version`, so no row written in an older form is read with a newer one.
extension Analysis: StoredValue {
    func write(to w: inout ByteWriter) {
        w.values(sentences)
        w.values(quotes)
        w.values(figures)
        w.values(sources)
        w.values(hedges)
        w.values(mentions)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> Analysis {
        var analysis = Analysis()
        analysis.sentences = try r.values()
        analysis.quotes = try r.values()
        analysis.figures = try r.values()
        analysis.sources = try r.values()
        analysis.hedges = try r.values()
        analysis.mentions = try r.values()
        return analysis
    }

    /// The analysis as the store keeps it.
    var encoded: [UInt8] {
        var writer = ByteWriter()
        write(to: &writer)
        return writer.finished
    }

    /// Reads `encoded` back; nil for bytes that are not one whole analysis.
    init?(encoded bytes: [UInt8]) {
        guard var reader = try? ByteReader(bytes), let analysis = try? Analysis.read(from: &reader), reader.isAtEnd else { return nil }
        self = analysis
    }
}

extension TextSpan: StoredValue {
    func write(to w: inout ByteWriter) {
        w.int(start)
        w.int(end - start)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> TextSpan {
        let start = try r.int()
        return TextSpan(start, start + (try r.int()))
    }
}

extension Sentence: StoredValue {
    func write(to w: inout ByteWriter) {
        span.write(to: &w)
        w.int(paragraph)
        w.string(text)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> Sentence {
        Sentence(span: try .read(from: &r), paragraph: try r.int(), text: try r.string())
    }
}

extension Quote: StoredValue {
    func write(to w: inout ByteWriter) {
        w.int(sentence)
        w.int(lastSentence)
        span.write(to: &w)
        w.values(pieces)
        w.string(text)
        w.string(kind.rawValue)
        w.string(speaker)
        w.string(mention)
        w.value(mentionSpan)
        w.string(title)
        w.string(cue)
        w.string(cueText)
        w.value(cueSpan)
        w.string(addressee)
        w.bool(anonymous)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> Quote {
        let sentence = try r.int()
        let lastSentence = try r.int()
        let span = try TextSpan.read(from: &r)
        let pieces: [TextSpan] = try r.values()
        var quote = Quote(sentence: sentence, span: span, text: try r.string(), kind: try r.named(),
                          speaker: try r.optionalString(), mention: try r.optionalString(), mentionSpan: try r.value(),
                          title: try r.optionalString(), cue: try r.optionalString(), cueText: try r.optionalString(),
                          cueSpan: try r.value(), addressee: try r.optionalString(), anonymous: try r.bool())
        quote.lastSentence = lastSentence
        quote.pieces = pieces
        return quote
    }
}

extension Figure: StoredValue {
    func write(to w: inout ByteWriter) {
        w.int(sentence)
        span.write(to: &w)
        w.string(text)
        w.double(value)
        w.double(low)
        w.double(high)
        w.string(unit)
        w.string(category)
        w.string(categoryLemma)
        w.value(categorySpan)
        w.string(group)
        w.string(qualifier)
        w.value(qualifierSpan)
        w.string(claimant)
        w.value(claimantSpan)
        w.string(cue)
        w.value(cueSpan)
        w.bool(approximate)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> Figure {
        Figure(sentence: try r.int(), span: try .read(from: &r), text: try r.string(), value: try r.double(),
               low: try r.double(), high: try r.double(), unit: try r.optionalString(), category: try r.optionalString(),
               categoryLemma: try r.optionalString(), categorySpan: try r.value(), group: try r.optionalString(),
               qualifier: try r.optionalString(), qualifierSpan: try r.value(), claimant: try r.optionalString(),
               claimantSpan: try r.value(), cue: try r.optionalString(), cueSpan: try r.value(), approximate: try r.bool())
    }
}

extension SourceRef: StoredValue {
    func write(to w: inout ByteWriter) {
        w.int(sentence)
        span.write(to: &w)
        w.string(name)
        w.string(text)
        w.string(kind.rawValue)
        w.string(title)
        w.string(cue)
        w.value(cueSpan)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> SourceRef {
        SourceRef(sentence: try r.int(), span: try .read(from: &r), name: try r.string(), text: try r.string(),
                  kind: try r.named(), title: try r.optionalString(), cue: try r.optionalString(), cueSpan: try r.value())
    }
}

extension Hedge: StoredValue {
    func write(to w: inout ByteWriter) {
        w.int(sentence)
        span.write(to: &w)
        w.string(text)
        w.string(lemma)
        w.string(hedgeClass)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> Hedge {
        Hedge(sentence: try r.int(), span: try .read(from: &r), text: try r.string(), lemma: try r.string(), hedgeClass: try r.string())
    }
}

extension Mention: StoredValue {
    func write(to w: inout ByteWriter) {
        w.int(sentence)
        span.write(to: &w)
        w.string(name)
        w.string(text)
        w.string(title)
        w.string(kind.rawValue)
        w.string(evidence)
    }

    static func read(from r: inout ByteReader) throws(ByteReader.Malformed) -> Mention {
        Mention(sentence: try r.int(), span: try .read(from: &r), name: try r.string(), text: try r.string(),
                title: try r.optionalString(), kind: try r.named(), evidence: try r.string())
    }
}
