import LedeCorpus

/// A range of Unicode-scalar offsets into `Article.body`.
public struct TextSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
}

/// Everything read out of one article. Every item names the sentence it came from (an index into
/// `sentences`) and its offsets, so any answer can be traced back and shown.
public struct Analysis: Sendable {
    public var sentences: [Sentence] = []
    public var quotes: [Quote] = []
    public var figures: [Figure] = []
    public var sources: [SourceRef] = []
    public var hedges: [Hedge] = []
    public var mentions: [Mention] = []
    public init() {}
}

public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    public var paragraph: Int
    /// The sentence's words: a slice of the article's body once `sharingSentenceText(with:)`
    /// made it one, so that a corpus holds its text once and not again in its sentences.
    fileprivate var words: Substring
    public var text: String {
        get { String(words) }
        set { words = Substring(newValue) }
    }
    public init(span: TextSpan, paragraph: Int, text: String) {
        self.span = span; self.paragraph = paragraph; words = Substring(text)
    }
}

extension Analysis {
    /// This analysis with each sentence's text a slice of `body`, the text it was read from,
    /// where the slice holds the same bytes, instead of a copy: sentences cover nearly all of
    /// a body, so their copies would hold a corpus's text twice.
    public func sharingSentenceText(with body: String) -> Analysis {
        var shared = self
        let scalars = body.unicodeScalars
        var index = scalars.startIndex, offset = 0
        for i in shared.sentences.indices {
            let span = shared.sentences[i].span
            guard span.start >= offset, span.end >= span.start else { continue }
            guard let start = scalars.index(index, offsetBy: span.start - offset, limitedBy: scalars.endIndex),
                  let end = scalars.index(start, offsetBy: span.end - span.start, limitedBy: scalars.endIndex) else { break }
            let slice = Substring(scalars[start..<end])
            if slice.utf8.elementsEqual(shared.sentences[i].words.utf8) { shared.sentences[i].words = slice }
            index = end
            offset = span.end
        }
        return shared
    }
}

public struct Quote: Sendable, Hashable {
    /// `direct`: someone's words in quote marks. `partial`: reported speech that opens or closes
    /// on the speaker's own quoted words, or is mostly them ("called it “a disaster”").
    /// `indirect`: reported speech in the reporter's words. `term`: words in quote marks that
    /// nobody is said to say: scare quotes, coined terms, titles of works.
    public enum Kind: String, Sendable, CaseIterable { case direct, partial, indirect, term }
    public var sentence: Int
    /// The last sentence the quote reaches; `sentence` when it stays in one.
    public var lastSentence: Int
    /// The quoted words, without the marks; for reported speech, the clause reported.
    public var span: TextSpan
    /// The stretches in quote marks, marks included: one for a quote, two for one its
    /// attribution interrupts ("“…,” she said. “…”"), none for reported speech.
    public var pieces: [TextSpan] = []
    public var text: String
    public var kind: Kind
    /// Canonical full name ("Lijian Zhao"), or the organisation or group.
    public var speaker: String?
    /// The speaker as written here ("Zhao", "he", "a senior official").
    public var mention: String?
    public var mentionSpan: TextSpan?
    /// The role kept apart from the name: "National Security Advisor".
    public var title: String?
    /// Lemma of the speech verb: "say", "respond", "repeat".
    public var cue: String?
    /// The cue as written: "responded by saying".
    public var cueText: String?
    public var cueSpan: TextSpan?
    /// Who was spoken to: "CNN" in "told CNN".
    public var addressee: String?
    public var anonymous: Bool
    public init(sentence: Int, span: TextSpan, text: String, kind: Kind, speaker: String? = nil,
                mention: String? = nil, mentionSpan: TextSpan? = nil, title: String? = nil,
                cue: String? = nil, cueText: String? = nil, cueSpan: TextSpan? = nil,
                addressee: String? = nil, anonymous: Bool = false) {
        self.sentence = sentence; self.lastSentence = sentence; self.span = span; self.text = text; self.kind = kind
        self.speaker = speaker; self.mention = mention; self.mentionSpan = mentionSpan
        self.title = title; self.cue = cue; self.cueText = cueText; self.cueSpan = cueSpan
        self.addressee = addressee; self.anonymous = anonymous
    }
}

public struct Figure: Sendable, Hashable {
    public var sentence: Int
    /// The number as written, with its unit: "1,205", "$2.5bn", "between 10 and 15".
    public var span: TextSpan
    public var text: String
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// "%", "$", "£", "km", "tonnes", ...
    public var unit: String?
    /// What is counted, as written ("armored vehicles") and as a lemma ("armored vehicle").
    public var category: String?
    public var categoryLemma: String?
    public var categorySpan: TextSpan?
    /// The taxonomy group the lemma belongs to ("aircraft" for plane, helicopter, drone).
    public var group: String?
    /// about, at least, more than, up to, nearly ...
    public var qualifier: String?
    public var qualifierSpan: TextSpan?
    /// Who claims it: "Ukrainian side", a quote's speaker, "UN".
    public var claimant: String?
    public var claimantSpan: TextSpan?
    public var cue: String?
    public var cueSpan: TextSpan?
    /// True for "hundreds of", "about", ranges: figures that are not exact.
    public var approximate: Bool
    public init(sentence: Int, span: TextSpan, text: String, value: Double?, low: Double? = nil,
                high: Double? = nil, unit: String? = nil, category: String? = nil,
                categoryLemma: String? = nil, categorySpan: TextSpan? = nil, group: String? = nil,
                qualifier: String? = nil, qualifierSpan: TextSpan? = nil, claimant: String? = nil,
                claimantSpan: TextSpan? = nil, cue: String? = nil, cueSpan: TextSpan? = nil,
                approximate: Bool = false) {
        self.sentence = sentence; self.span = span; self.text = text; self.value = value
        self.low = low; self.high = high; self.unit = unit; self.category = category
        self.categoryLemma = categoryLemma; self.categorySpan = categorySpan; self.group = group
        self.qualifier = qualifier; self.qualifierSpan = qualifierSpan; self.claimant = claimant
        self.claimantSpan = claimantSpan; self.cue = cue; self.cueSpan = cueSpan
        self.approximate = approximate
    }
}

/// Who or what a claim is attributed to.
public struct SourceRef: Sendable, Hashable {
    public enum Kind: String, Sendable { case person, organisation, outlet, anonymous }
    public var sentence: Int
    public var span: TextSpan
    /// Canonical name ("Lijian Zhao", "New York Times", "U.S. officials").
    public var name: String
    /// As written.
    public var text: String
    public var kind: Kind
    public var title: String?
    /// The words that tie the claim to the source: "according to", "told", "said".
    public var cue: String?
    public var cueSpan: TextSpan?
    public init(sentence: Int, span: TextSpan, name: String, text: String, kind: Kind,
                title: String? = nil, cue: String? = nil, cueSpan: TextSpan? = nil) {
        self.sentence = sentence; self.span = span; self.name = name; self.text = text
        self.kind = kind; self.title = title; self.cue = cue; self.cueSpan = cueSpan
    }
}

/// A word or phrase of doubt, distance or certainty.
public struct Hedge: Sendable, Hashable {
    public var sentence: Int
    public var span: TextSpan
    public var text: String
    /// The lexicon entry it matched ("allege" for "alleged").
    public var lemma: String
    /// "doubt", "distance", "certainty", "possibility", ... (from the lexicon).
    public var hedgeClass: String
    public init(sentence: Int, span: TextSpan, text: String, lemma: String, hedgeClass: String) {
        self.sentence = sentence; self.span = span; self.text = text; self.lemma = lemma
        self.hedgeClass = hedgeClass
    }
}

/// A name in the article, typed: a person, an organisation, a place or an outlet, with the
/// evidence the type was read from, so a reader can see why "Red Deer" is no person.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable { case person, organisation, place, outlet }
    public var sentence: Int
    public var span: TextSpan
    /// Canonical full name.
    public var name: String
    /// As written ("Zhao").
    public var text: String
    public var title: String?
    public var kind: Kind
    /// Why it was read as that kind: "given name Patricia", "title Chancellor", "surname of
    /// Patricia Hewitt", "organisation word Ministry", "place list" (places.txt and the gazetteer), "outlet list".
    public var evidence: String
    public init(sentence: Int, span: TextSpan, name: String, text: String, title: String? = nil,
                kind: Kind = .person, evidence: String = "") {
        self.sentence = sentence; self.span = span; self.name = name; self.text = text; self.title = title
        self.kind = kind; self.evidence = evidence
    }
}

extension Quote {
    /// The words of each stretch in quote marks, without the marks: the spans a reader counts.
    public func pieceTexts(in body: String) -> [String] {
        let scalars = Array(body.unicodeScalars)
        return pieces.map { piece in
            let a = min(piece.start + 1, scalars.count), b = max(a, min(piece.end - 1, scalars.count))
            return String(String.UnicodeScalarView(scalars[a..<b])).trimmingSpaces
        }
    }
}

/// A stretch of the article with what it was read as, so a reader can see why an item was
/// found: the quote, its speaker and cue; a figure's number, category and claimant.
public struct MarkedSpan: Sendable, Hashable {
    /// What the stretch plays in the item; a display picks its colour by this.
    public enum Role: Sendable, Hashable {
        /// The item itself: the quoted words, the number, the hedge.
        case item
        /// Who says or claims it: a speaker, a claimant, a source or person named.
        case who
        /// The words that tie it to who: "said", "according to".
        case cue
        /// What qualifies it: a figure's category or qualifier.
        case detail
    }

    public var label: String
    public var role: Role
    public var span: TextSpan

    /// The parts that are present and not empty, in order.
    static func present(_ parts: [(String, Role, TextSpan?)]) -> [MarkedSpan] {
        parts.compactMap { label, role, span in
            guard let span, span.end > span.start else { return nil }
            return MarkedSpan(label: label, role: role, span: span)
        }
    }
}

extension Quote {
    public var marks: [MarkedSpan] {
        MarkedSpan.present([("quote", .item, span), ("speaker", .who, mentionSpan), ("cue", .cue, cueSpan)])
    }
}

extension Figure {
    public var marks: [MarkedSpan] {
        MarkedSpan.present([("number", .item, span), ("category", .detail, categorySpan), ("qualifier", .detail, qualifierSpan),
                            ("claimant", .who, claimantSpan), ("cue", .cue, cueSpan)])
    }
}

extension SourceRef {
    public var marks: [MarkedSpan] { MarkedSpan.present([(kind.rawValue, .who, span), ("cue", .cue, cueSpan)]) }
}

extension Hedge {
    public var marks: [MarkedSpan] { MarkedSpan.present([(hedgeClass, .item, span)]) }
}

extension Mention {
    public var marks: [MarkedSpan] { MarkedSpan.present([("person", .who, span)]) }
}
