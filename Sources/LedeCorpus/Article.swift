/// One news article as loaded from a file or a record: metadata, body text and where it came from.
///
/// Offsets (`Paragraph.start`/`end`, and every offset derived rows carry) count Unicode scalars
/// (code points) into `body`, so they agree with annotations made by Python-based tools.
public struct Article: Sendable, Hashable {
    /// Stable id: 16 hex digits of a hash of the source bytes and, for records, the record index.
    public var id: String
    /// Path as given to `load` (relative paths stay relative); records add `#N`.
    public var path: String
    /// Base name of the file.
    public var file: String
    public var outlet: String?
    public var headline: String?
    public var date: Day?
    public var authors: [String]
    public var url: String?
    /// Body paragraphs joined by a blank line ("\n\n").
    public var body: String { didSet { words = WordCounter.count(body) } }
    public var paragraphs: [Paragraph]
    /// Lines that are not part of the story: promotional lines, photo captions, credits.
    public var boilerplate: [String]
    /// Every field the source had beyond the ones above, in source order (JSON key, CSV column,
    /// front-matter key, metadata-table column).
    public var extra: [(key: String, value: String)]

    public init(id: String, path: String, file: String, outlet: String? = nil, headline: String? = nil,
                date: Day? = nil, authors: [String] = [], url: String? = nil, body: String,
                paragraphs: [Paragraph]? = nil, boilerplate: [String] = [],
                extra: [(key: String, value: String)] = [], words: Int? = nil) {
        self.id = id
        self.path = path
        self.file = file
        self.outlet = outlet
        self.headline = headline
        self.date = date
        self.authors = authors
        self.url = url
        self.body = body
        // A store passes the count it kept, sparing a pass over every body it reads back.
        self.words = words ?? WordCounter.count(body)
        self.paragraphs = paragraphs ?? Paragraph.split(body)
        self.boilerplate = boilerplate
        self.extra = extra
    }

    /// Number of words in the body (runs of letters or digits), counted once when the body is
    /// set: filters such as `where words > 500` read it for every article on every query.
    public private(set) var words: Int

    public static func == (a: Article, b: Article) -> Bool {
        a.id == b.id && a.path == b.path && a.body == b.body && a.headline == b.headline
            && a.outlet == b.outlet && a.date == b.date
    }

    public func hash(into h: inout Hasher) { h.combine(id); h.combine(path) }
}

/// A paragraph of an article's body, as a range of Unicode-scalar offsets into `Article.body`.
public struct Paragraph: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }

    /// Splits a body whose paragraphs are separated by blank lines.
    public static func split(_ body: String) -> [Paragraph] {
        var result: [Paragraph] = []
        var offset = 0
        for piece in body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = piece.count
            if length > 0 { result.append(Paragraph(start: offset, end: offset + length)) }
            offset += length + 1
        }
        return result
    }
}
