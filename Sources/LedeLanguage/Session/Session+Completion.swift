/// What the REPL's Tab completion asks of a session: the shape of a partial pipeline and the
/// values of a field. Kept apart from running statements: neither records anything.
extension Session {
    /// Articles a Tab may extract to offer values: a few seconds at most.
    static let completionExtractionLimit = 200

    /// The schema of the table `text` (one pipeline) produces, checked but not run; nil when it
    /// does not check.
    public func schema(ofPipeline text: String) -> Schema? {
        guard let (pipeline, context) = checkedPipeline(text) else { return nil }
        return try? planner(context).plan(pipeline).output
    }

    /// The distinct text values of `field` in the rows `text` (one pipeline) produces, most
    /// frequent first, at most `limit`; items of list fields count one by one. Runs the pipeline,
    /// so Ctrl-C (the cancellation) stops it; nothing comes back then, nor when it would have to
    /// extract more than `completionExtractionLimit` articles first.
    public func distinctValues(of field: String, inPipeline text: String, limit: Int) -> [String] {
        guard let (pipeline, context) = checkedPipeline(text) else { return [] }
        cancellation.reset()
        // A Tab must not stop to extract a large corpus: until a query has, values come only
        // from tables that need no extraction.
        extractionLimit = Self.completionExtractionLimit
        defer { extractionLimit = .max }
        guard let table = try? evaluate(pipeline, context: context), let column = table.column(field) else { return [] }
        var counts: [String: Int] = [:]
        func add(_ v: Value) {
            switch v {
            case .text(let s) where !s.isEmpty: counts[s, default: 0] += 1
            case .list(let items): items.forEach(add)
            default: break
            }
        }
        column.forEach(add)
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }

    private func checkedPipeline(_ text: String) -> (Pipeline, CheckContext)? {
        let source = Source(name: "<completion>", text: text)
        guard let statements = try? Parser.parse(source), statements.count == 1,
              case .pipeline(let pipeline) = statements[0].kind else { return nil }
        return (pipeline, CheckContext(source: source, arguments: arguments, cancellation: cancellation))
    }
}
