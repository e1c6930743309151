/// What loading one file produced; `Corpus.load` merges these in file order.
struct LoadedFile {
    /// Each article with the fingerprint of its own bytes, for duplicate detection.
    var articles: [(article: Article, content: Fingerprint)] = []
    var skipped: [Diagnostic] = []
    var notes: [Diagnostic] = []
    var bytes = 0
    /// The metadata table that had a row for this file.
    var attachedTable: String?

    /// One article per record. Paths get `#N` (1-based) when the file holds several; their ids
    /// hash the file's bytes and the record number, and a lone record's id is its own hash.
    mutating func addRecords(_ records: [(fields: ArticleFields, content: Fingerprint, line: Int)],
                             path: String, file: String, fileBytes: [UInt8]) {
        let numbered = records.count > 1
        let fileHash = numbered ? Fingerprint(fileBytes) : nil
        for (n, record) in records.enumerated() {
            let recordPath = numbered ? "\(path)#\(n + 1)" : path
            guard record.fields.hasAnyField else {
                skipped.append(Diagnostic(.error, numbered ? "record \(n + 1) is empty" : "record is empty",
                                          at: SourceSpan(file: path, line: record.line, column: 1)))
                continue
            }
            var id = record.content
            if var numberedID = fileHash {
                numberedID.add(Array(String(n + 1).utf8)[...])
                id = numberedID
            }
            add(record.fields.article(id: id.hex, path: recordPath, file: file), content: record.content, line: record.line)
        }
    }

    /// Adds an article, or reports it skipped when its text is past `LoadLimits.articleBytes`.
    mutating func add(_ article: Article, content: Fingerprint, line: Int) {
        let size = article.body.utf8.count
        guard size <= LoadLimits.articleBytes else {
            skipped.append(Diagnostic(.error, "skipped: this article's text is \(LoadLimits.megabytes(size)); articles over \(LoadLimits.megabytes(LoadLimits.articleBytes)) are not loaded",
                                      at: SourceSpan(file: article.path, line: line, column: 1)))
            return
        }
        articles.append((article, content))
    }
}
