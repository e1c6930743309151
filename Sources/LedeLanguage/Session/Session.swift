import Foundation
import LedeCorpus
import LedeExtract
import LedeStore

/// One analysis session: the loaded articles, what was extracted from them, variables and
/// settings. The REPL, the script runner and `-e` all feed text to a Session and show what
/// comes back.
public final class Session: RunContext {
    public internal(set) var corpus = Corpus() { didSet { builtTables.removeAll(); keptValues.removeAll(); sqlBackend?.forget() } }
    /// The database pipelines from built-in tables run in, as far as SQL runs them exactly; nil
    /// (the default) runs everything in Lede.
    public var sqlBackend: SQLBackend?
    /// The built-in tables as built for the articles loaded now, so a query reads them instead
    /// of building every row again; emptied whenever the articles change.
    var builtTables: [String: Table] = [:]
    /// What verbs made from the articles and keep (`kept(_:_:)`), by type; emptied with `builtTables`.
    var keptValues: [ObjectIdentifier: any Sendable] = [:]
    /// The words of the loaded bodies, for `kwic`; grows with the articles (`wordIndex()`).
    var words = WordIndex()
    var analysisCache: [Analysis?] = []
    /// The most articles a query may extract before it runs; completion lowers it, so that a
    /// query needing more fails at once instead of extracting them.
    var extractionLimit = Int.max
    /// The analyses under the names the whole corpus gives people (`CorpusNames`), made again
    /// when articles are added.
    var namedAnalyses: (names: CorpusNames, analyses: [Analysis])?
    let aliases: [String: String]
    /// Tables loaded with `load table`: rows that are not articles, to join with.
    public private(set) var loadedTables: [String: Table] = [:]
    public private(set) var loadedTableOrder: [String] = []
    public private(set) var variables: [String: Table] = [:]
    public private(set) var variableOrder: [String] = []
    public var settings = Settings()
    /// The classroom sandbox, once entered (`enter(_:)`); never left.
    public internal(set) var sandbox: Sandbox?
    /// The statements that ran without error, as typed, for `save`.
    public private(set) var transcript: [String] = []
    /// The statements that ran without error with their outputs, for `save notebook`.
    public private(set) var notebookLog: [LoggedCell] = []
    /// Writes a notebook's Markdown from logged cells (the notebook layer sets it).
    public var notebookWriter: (@Sendable ([LoggedCell]) -> String)?
    /// Arguments after a script's name, read with `arg(1)`.
    public var arguments: [String] = []
    public let cancellation = Cancellation()
    /// Told how a `load` is going, from the loading threads (the REPL draws a progress line).
    public var loadProgress: (@Sendable (LoadProgress) -> Void)?
    /// Told how an extraction is going, from the extracting threads (the REPL draws a progress line).
    public var extractionProgress: (@Sendable (ExtractionProgress) -> Void)?
    public var usesColor = false
    let analyze: @Sendable (Article) -> Analysis
    public let stopWords: StopWords
    let lexicons: Lexicons
    /// Where articles and analyses are kept between sessions (`--store`, `open`); nil for none.
    public var store: CorpusStore?
    /// What the store files analyses under: the extractor's version and these lexicons.
    public private(set) lazy var extractorFingerprint = ExtractorFingerprint.of(lexicons)

    /// - Parameters:
    ///   - lexicons: the word lists: the extractor's and the stop words; `Lexicons.load(overrides:)`
    ///     for a user's own.
    ///   - analyze: reads an article's structure, by default `Extractor(lexicons:)`; tests pass
    ///     their own to fix the input of the verbs they check.
    public init(lexicons: Lexicons = .standard, analyze: (@Sendable (Article) -> Analysis)? = nil) {
        self.analyze = analyze ?? Extractor(lexicons: lexicons).analyze
        self.lexicons = lexicons
        aliases = CorpusNames.aliases(lexicons)
        stopWords = StopWords(lexicons)
    }

    public var articles: [Article] { corpus.articles }

    /// Parses and runs a program. Stops at the first error (reported through `emit`) and
    /// returns false; everything done before the error stays done.
    @discardableResult
    public func run(_ text: String, name: String = "<input>", emit: (SessionEvent) -> Void) -> Bool {
        let source = Source(name: name, text: text)
        let statements: [Statement]
        do { statements = try Parser.parse(source) } catch {
            emit(.diagnostic(error))
            return false
        }
        let context = CheckContext(source: source, arguments: arguments, cancellation: cancellation)
        for statement in statements {
            cancellation.reset(timeLimit: settings.timeLimit)
            let started = Date()
            if settings.echo { emit(.text("\n── " + statement.text.trimmingCharacters(in: .whitespacesAndNewlines))) }
            var output: [String] = []
            let logging: (SessionEvent) -> Void = { event in
                emit(event)
                if self.notebookWriter != nil, let text = self.notebookText(event) { output.append(text.hasSuffix("\n") ? String(text.dropLast()) : text) }
            }
            do {
                let quit = try execute(statement, context: context, emit: logging)
                if !Self.unrecorded(statement) {
                    transcript.append(statement.text)
                    notebookLog.append(LoggedCell(code: statement.text.trimmingCharacters(in: .whitespacesAndNewlines), output: output.joined(separator: "\n")))
                }
                if settings.timer { emit(.status("time: \(Self.duration(Date().timeIntervalSince(started)))")) }
                if quit { emit(.quit); return true }
            } catch {
                if cancellation.isPastDeadline {
                    emit(.diagnostic(timedOut(statement, context: context)))
                } else {
                    emit(cancellation.isCancelled ? .interrupted : .diagnostic(error))
                }
                return false
            }
        }
        return true
    }

    /// Names of the tables and variables a pipeline can start from.
    public var sourceNames: [String] { Tables.names + loadedTableOrder + variableOrder }

    /// The schema of a table or variable, for `schema`, completion and checking.
    public func schema(of name: String) -> Schema? {
        if let v = variables[name] ?? loadedTables[name] { return v.schema }
        if let built = builtTables[name] { return built.schema }
        return Tables.byName[name]?.schema(for: corpus.articles)
    }

    /// Produces a table or variable's rows.
    public func table(named name: String) throws(Diagnostic) -> Table {
        if let v = variables[name] ?? loadedTables[name] { return v }
        guard let table = Tables.byName[name] else {
            throw Diagnostic(.error, "unknown table or variable `\(name)`")
        }
        if let built = builtTables[name] { return built }
        let built = try table.table(self)
        builtTables[name] = built
        return built
    }

    public func kept<T: Sendable>(_ type: T.Type, _ make: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        if let known = keptValues[ObjectIdentifier(type)] as? T { return known }
        let made = try make()
        keptValues[ObjectIdentifier(type)] = made
        return made
    }

    func define(_ name: String, _ table: Table) {
        if variables[name] == nil { variableOrder.append(name) }
        variables[name] = table
        sqlBackend?.forget(SQLTableLayout.name(ofJoined: name))
    }

    func defineLoaded(_ name: String, _ table: Table) {
        if loadedTables[name] == nil { loadedTableOrder.append(name) }
        loadedTables[name] = table
        sqlBackend?.forget(SQLTableLayout.name(ofJoined: name))
    }

    func clear() {
        loadedTables.removeAll()
        loadedTableOrder.removeAll()
        corpus.removeAll()
        analysisCache.removeAll()
        words = WordIndex()
        namedAnalyses = nil
        variables.removeAll()
        variableOrder.removeAll()
    }

    private func timedOut(_ statement: Statement, context: CheckContext) -> Diagnostic {
        let limit = settings.timeLimit ?? 0
        if sandbox != nil {
            return context.error("stopped after the sandbox's time limit of \(LoadReport.grouped(limit)) s", at: statement.span,
                                 help: "start lede with `--sandbox --time-limit SECONDS` to allow longer; everything before this statement is kept")
        }
        return context.error("stopped after the time limit of \(LoadReport.grouped(limit)) s", at: statement.span,
                             help: "`timeout \(LoadReport.grouped(limit * 10).replacingOccurrences(of: ",", with: ""))` allows longer, `timeout 0` removes the limit; everything before this statement is kept")
    }

    static func unrecorded(_ s: Statement) -> Bool {
        switch s.kind {
        case .save, .saveNotebook, .quit, .help, .schema, .variables, .clearCache: true
        default: false
        }
    }

    public static func duration(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }
}
