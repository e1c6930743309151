import LedeCorpus
import LedeExtract

/// A column with how to read it from one extracted item: a table's schema and its rows come
/// from one list of these.
struct Field<Item>: Sendable {
    let column: Column
    let value: @Sendable (Item) -> Value

    init(_ name: String, _ type: ValueType, _ doc: String, _ value: @escaping @Sendable (Item) -> Value) {
        column = Column(name, type, doc)
        self.value = value
    }
}

/// Where an item sits in its article: the sentences it spans and its offsets.
struct Place {
    var sentence: Int
    var lastSentence: Int
    var span: TextSpan
}

/// A table read out of the articles' text, one row per extracted item (a quote, a figure, ...).
/// Every row starts with its article's id, file, outlet and date, the sentence it came from and
/// its offsets, so any answer can be traced back.
protocol ItemTable: LedeTable {
    associatedtype Item
    var fields: [Field<Item>] { get }
    /// All items of this kind in an article; a row's origin indexes into this list.
    func items(of analysis: Analysis) -> [Item]
    /// Whether the item makes a row (`quotes` leaves out terms; `all_quotes` keeps them).
    func keeps(_ item: Item) -> Bool
    func place(of item: Item, at index: Int) -> Place
    func marks(of item: Item) -> [MarkedSpan]
    /// The item's reading in words, under its sentence in `explain`.
    func reading(of item: Item) -> [String]
}

extension ItemTable {
    func keeps(_ item: Item) -> Bool { true }

    static var provenance: [Column] {
        [Column("id", .text, "the article's id"), Column("file", .text, "the article's file"),
         Column("outlet", .text, "the article's outlet"), Column("date", .date, "the article's date"),
         Column("sentence", .text, "the sentence it came from"),
         Column("start", .number, "offset of its first character in the article body"),
         Column("end", .number, "offset just past its last character")]
    }

    var schema: Schema { Schema(Self.provenance + fields.map(\.column), table: name) }

    func schema(for articles: [Article]) -> Schema { schema }

    func table(_ context: RunContext) throws(Diagnostic) -> Table {
        let analyses = try context.analyses()
        let values = fields.map(\.value)
        var built = TableBuilder(width: Self.provenance.count + values.count)
        var row: [Value] = []
        var origins: [RowOrigin] = []
        for (a, (article, analysis)) in zip(context.articles, analyses).enumerated() {
            let head: [Value] = [.text(article.id), .text(article.file), Value(article.outlet), Value(article.date)]
            for (i, item) in items(of: analysis).enumerated() where keeps(item) {
                let place = place(of: item, at: i)
                // One row reused: the table keeps columns (`TableBuilder`), never the row.
                row.removeAll(keepingCapacity: true)
                row += head
                row.append(Self.text(of: place, in: analysis))
                row.append(Value(place.span.start))
                row.append(Value(place.span.end))
                for value in values { row.append(value(item)) }
                built.add(row)
                if let kind = rowOrigin { origins.append(RowOrigin(kind, article: a, item: i)) }
            }
        }
        return Table(schema, storage: built.storage, origins: origins)
    }

    func explanation(of item: Int, in analysis: Analysis) -> Explanation? {
        let all = items(of: analysis)
        guard all.indices.contains(item) else { return nil }
        let place = place(of: all[item], at: item)
        return Explanation(sentence: place.sentence, lastSentence: place.lastSentence,
                           marks: marks(of: all[item]), reading: reading(of: all[item]))
    }

    /// The text of the sentences an item spans, or null when the extractor placed it nowhere.
    /// One sentence's is its text as the analysis holds it, shared rather than copied.
    static func text(of place: Place, in analysis: Analysis) -> Value {
        let sentences = analysis.sentences
        guard sentences.indices.contains(place.sentence) else { return .null }
        let last = max(place.sentence, min(place.lastSentence, sentences.count - 1))
        if last == place.sentence { return .text(sentences[last].text) }
        return .text(sentences[place.sentence...last].map(\.text).joined(separator: " "))
    }
}
