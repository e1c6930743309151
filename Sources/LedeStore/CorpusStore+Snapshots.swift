import LedeCorpus

/// A load's request and the answer it got, waiting for what the load reads anew.
struct PendingSnapshot: Sendable {
    var files: [FileStamp]
    var request: [UInt8]
    var answer: LoadSnapshot.Answer
    /// The answer came from a snapshot (with files it did not answer): kept as it is unless
    /// the load read some of them anew.
    var fromSnapshot: Bool
}

/// Load snapshots (`LoadSnapshot`) in `lede_snapshots`: part 0 of a snapshot is its request,
/// the parts after it the answer. Keyed by the fingerprint of the request, so a changed file,
/// a file more or less, or the same files given by another path make another snapshot.
extension CorpusStore {
    /// Snapshots kept: the newest few, so a store used for a handful of corpora in turn keeps
    /// the snapshot of each, and one that loads ever-changing files does not grow without end.
    static let snapshotsKept = 3

    /// The answer kept for exactly `request`; nil when there is none or it is not whole.
    func snapshot(_ request: [UInt8], files: Int) throws -> LoadSnapshot.Answer? {
        let decoder = SnapshotDecoder()
        var matches = false
        var parts = 0
        var whole = true
        try database.forEachRow("SELECT part, body FROM lede_snapshots WHERE digest = ? ORDER BY part",
                                [.text(Fingerprint(request).hex)]) { row in
            guard row.count == 2, let part = row[0].integer, let body = row[1].blob else { whole = false; return }
            if part == 0 {
                matches = body == request
            } else if matches, whole {
                parts += 1
                whole = part == Int64(parts)
                decoder.add(body)
            }
        }
        guard matches, whole, let answer = decoder.answer(), answer.count == files else { return nil }
        return answer
    }

    /// The snapshot the pending request makes with the files just read, in parts; nil when
    /// nothing is pending or the snapshot that answered it would not change. The request is
    /// done with either way.
    func snapshotToWrite(adding fresh: [(stamp: FileStamp, articles: [(article: Article, content: Fingerprint)])])
        -> (request: [UInt8], parts: [[UInt8]])? {
        guard var pending = pendingSnapshot.withLock({ pending in defer { pending = nil }; return pending }),
              !(pending.fromSnapshot && fresh.isEmpty) else { return nil }
        let index = Dictionary(pending.files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var added = 0
        for file in fresh {
            guard let i = index[file.stamp], pending.answer[i] == nil else { continue }
            pending.answer[i] = file.articles
            added += 1
        }
        guard !pending.fromSnapshot || added > 0 else { return nil }
        return (pending.request, LoadSnapshot.parts(pending.answer))
    }

    /// Replaces the snapshot of the same request and drops all but the newest few; called
    /// inside `save`'s transaction.
    func write(_ snapshot: (request: [UInt8], parts: [[UInt8]])) throws {
        let digest = SQLValue.text(Fingerprint(snapshot.request).hex)
        let made = try database.query("SELECT coalesce(max(made), 0) + 1 FROM lede_snapshots", []).first?.first?.integer ?? 1
        try database.execute("DELETE FROM lede_snapshots WHERE digest = ?", [digest])
        // One part a statement: each is up to a few megabytes of bodies.
        for (part, body) in ([snapshot.request] + snapshot.parts).enumerated() {
            try database.execute("INSERT INTO lede_snapshots (digest, part, made, body) VALUES (?, ?, ?, ?)",
                                 [digest, .integer(Int64(part)), .integer(made), .blob(body)])
        }
        // Two plain statements rather than a subquery in the delete: each stays one that a
        // distributed server (Citus) runs as it is.
        let oldestKept = try database.query("SELECT made FROM lede_snapshots WHERE part = 0 ORDER BY made DESC LIMIT 1 OFFSET ?",
                                            [.integer(Int64(Self.snapshotsKept - 1))]).first?.first
        if let oldestKept { try database.execute("DELETE FROM lede_snapshots WHERE made < ?", [oldestKept]) }
    }
}
