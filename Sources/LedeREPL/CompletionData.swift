import LedeCorpus
import LedeLanguage

/// What Tab completion may know about the session: names, schemas and values. A protocol so the
/// completer is a plain function, tested with fixed data instead of loaded articles.
public protocol CompletionData {
    /// Tables and variables a pipeline can start from.
    var sourceNames: [String] { get }
    /// The schema of the table a pipeline (whole stages, no trailing `|`) produces, or nil.
    func schema(ofPipeline pipeline: String) -> Schema?
    /// Distinct text values of `field` in the table a pipeline produces.
    func values(of field: String, inPipeline pipeline: String) -> [String]
    /// Which folders path completion may list.
    var fileAccess: FileAccess { get }
}

extension CompletionData {
    public var fileAccess: FileAccess { .unrestricted }
}

/// Completion data read from a live session. Values cost a query, so they are cached per
/// pipeline and field until the next statement runs (it may have loaded articles or changed a
/// variable).
public final class SessionCompletionData: CompletionData {
    let session: Session
    private var cache: [String: [String]] = [:]
    /// Enough for any name a person would Tab through; keeps a huge `text` column cheap.
    static let valueLimit = 5000

    public init(session: Session) {
        self.session = session
    }

    public var sourceNames: [String] { session.sourceNames }
    public var fileAccess: FileAccess { session.access }

    public func schema(ofPipeline pipeline: String) -> Schema? {
        session.schema(ofPipeline: pipeline)
    }

    public func values(of field: String, inPipeline pipeline: String) -> [String] {
        let key = pipeline + "\u{0}" + field
        if let hit = cache[key] { return hit }
        let values = session.distinctValues(of: field, inPipeline: pipeline, limit: Self.valueLimit)
        cache[key] = values
        return values
    }

    public func invalidate() {
        cache.removeAll()
    }
}
