/// `kwic` with the database's full-text index (`SQLWordTable`).
extension SQLStages {
    /// The rows `kwic` reads for `stage`: the first row of each article in the rows that the
    /// full-text query finds, in order. `kwic` then cuts its lines in Lede from these articles
    /// alone, which are all of its input's articles that can hold a match.
    func kwicInput(_ relation: SQLRelation, _ stage: Stage) -> SQLRelation? {
        var patterns: [Kwic.Pattern] = []
        for item in stage.items {
            guard case .literal(.text(let text)) = item.expr.kind, let pattern = Kwic.Pattern(text) else { return nil }
            patterns.append(pattern)
        }
        // Rows without origins make `kwic` fail in Lede (unless there are none): it stays there.
        guard relation.pendingKeys == 0, relation.keepsOrigins, !patterns.isEmpty,
              let query = SQLWordTable.query(patterns, dialect) else { return nil }
        let article = SQLTableLayout.article
        return firstRows(relation, partition: { "\($0).\(article)" },
                         filter: { " WHERE \($0).\(article) IN (" + SQLWordTable.matching(dialect, query) + ")" })
    }
}
