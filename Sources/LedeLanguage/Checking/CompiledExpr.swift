import LedeCorpus

/// An expression checked against a schema: its static type and a closure over a row.
public struct CompiledExpr: Sendable {
    public var type: ValueType
    public var eval: @Sendable ([Value]) -> Value
    /// Set when the expression does not depend on the row (literals, `arg(1)`).
    public var constant: Value?

    init(type: ValueType, eval: @escaping @Sendable ([Value]) -> Value) {
        self.type = type
        self.eval = eval
    }

    init(constant: Value) {
        self.type = constant.type
        self.eval = { _ in constant }
        self.constant = constant
    }
}

/// What checking needs beyond the schema: the source text for messages and the script's arguments.
public struct CheckContext: Sendable {
    public var source: Source
    public var arguments: [String]
    /// Tables a verb may read besides its input (`join losses on date`): loaded tables and
    /// variables, by name.
    public var tables: [String: Schema] = [:]
    /// What compiled expressions check in work that may run long (regular expression matching).
    public var cancellation: Cancellation

    public init(source: Source, arguments: [String], cancellation: Cancellation = .never) {
        self.source = source
        self.arguments = arguments
        self.cancellation = cancellation
    }

    public func error(_ message: String, at span: SourceSpan, help: String? = nil) -> Diagnostic {
        source.error(message, at: span, help: help)
    }
}
