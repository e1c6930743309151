import LedeCorpus

/// A store's whole answer to one `articles(_:)` request, kept so that the same request (an
/// unchanged corpus loaded again) is answered without a query per file and an object per row:
/// reading rows one by one made a second load of 85,000 articles mostly allocation.
///
/// The answer is kept in parts of about `partWeight` articles, each a `ByteWriter` record of
/// its own, so parts decode in parallel, while the next are read (`SnapshotDecoder`), and no
/// single value grows past what a database holds in one cell. A record's string table keeps a
/// text repeated within its part once.
enum LoadSnapshot {
    typealias Answer = [[(article: Article, content: Fingerprint)]?]

    /// Bumped when the form of a part changes: it is part of every request, so a snapshot in
    /// another form is never found, let alone misread.
    static let version = 1

    /// Articles (a file that missed counts as one) per part.
    static let partWeight = 1024

    /// The request as bytes: every field of every stamp, in order. Its fingerprint keys the
    /// snapshot and the bytes themselves are kept with it, so a snapshot answers only the very
    /// list it was made from, never another list with the same fingerprint.
    static func request(_ files: [FileStamp]) -> [UInt8] {
        var w = ByteWriter()
        w.int(version)
        w.array(files) { w, stamp in
            w.string(stamp.key)
            // Nil for the common case of a path given whole: one string fewer to look up.
            w.string(stamp.path == stamp.key ? nil : stamp.path)
            w.int(Int(stamp.size))
            w.int(Int(stamp.modified))
            w.string(stamp.context)
        }
        return w.finished
    }

    /// The answer in parts, encoded in parallel.
    static func parts(_ answer: Answer) -> [[UInt8]] {
        var ranges: [Range<Int>] = []
        var start = 0
        var weight = 0
        for (i, file) in answer.enumerated() {
            weight += max(1, file?.count ?? 0)
            if weight >= partWeight || i == answer.count - 1 {
                ranges.append(start..<(i + 1))
                start = i + 1
                weight = 0
            }
        }
        return parallelMap(ranges.count) { [ranges] i in
            var w = ByteWriter()
            w.array(Array(answer[ranges[i]])) { w, file in
                w.bool(file != nil)
                guard let file else { return }
                w.array(file) { w, item in write(item.article, content: item.content, to: &w) }
            }
            return w.finished
        }.compactMap { $0 }
    }

    /// One part's files; nil for bytes that are not a part this version wrote whole.
    static func files(_ part: [UInt8]) -> Answer? {
        guard var r = try? ByteReader(part),
              let files = try? r.array({ (r: inout ByteReader) throws(ByteReader.Malformed) in try readFile(&r) }),
              r.isAtEnd
        else { return nil }
        return files
    }

    private static func readFile(_ r: inout ByteReader) throws(ByteReader.Malformed) -> [(article: Article, content: Fingerprint)]? {
        guard try r.bool() else { return nil }
        return try r.array { (r: inout ByteReader) throws(ByteReader.Malformed) in try read(&r) }
    }

    private static func write(_ article: Article, content: Fingerprint, to w: inout ByteWriter) {
        w.string(article.id)
        w.string(article.path)
        w.string(article.file)
        w.string(article.outlet)
        w.string(article.headline)
        w.string(article.date?.description)
        w.string(article.url)
        w.string(article.body)
        w.int(article.words)
        ArticleRow.writeDetail(article, to: &w)
        w.varint(content.value)
    }

    private static func read(_ r: inout ByteReader) throws(ByteReader.Malformed) -> (article: Article, content: Fingerprint) {
        let id = try r.string(), path = try r.string(), file = try r.string()
        let outlet = try r.optionalString(), headline = try r.optionalString()
        var date: Day?
        if let text = try r.optionalString() {
            guard let day = Day(iso: text[...]) else { throw ByteReader.Malformed() }
            date = day
        }
        let url = try r.optionalString(), body = try r.string(), words = try r.int()
        let detail = try ArticleRow.readDetail(&r)
        let article = Article(id: id, path: path, file: file, outlet: outlet, headline: headline, date: date,
                              authors: detail.authors, url: url, body: body, paragraphs: detail.paragraphs,
                              boilerplate: detail.boilerplate, extra: detail.extra, words: words)
        return (article, Fingerprint(value: try r.varint()))
    }
}
