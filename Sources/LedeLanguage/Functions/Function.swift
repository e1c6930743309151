/// A function callable in expressions: `lower(speaker)`, `year(date)`, `round(value, 1)`.
public struct Function: Sendable {
    public var name: String
    /// Parameter types; the last `optional` of them may be left out.
    public var parameters: [(name: String, type: ValueType)]
    public var optional: Int
    public var returns: ValueType
    public var help: HelpEntry
    /// Receives the arguments already evaluated; nulls pass through unless the function handles them.
    public var apply: @Sendable ([Value]) -> Value

    public init(_ name: String, _ parameters: [(String, ValueType)], optional: Int = 0, returns: ValueType,
                summary: String, example: String, apply: @escaping @Sendable ([Value]) -> Value) {
        self.name = name
        self.parameters = parameters.map { (name: $0.0, type: $0.1) }
        self.optional = optional
        self.returns = returns
        let signature = "\(name)(" + self.parameters.enumerated().map { i, p in
            i >= parameters.count - optional ? "[\(p.name)]" : p.name
        }.joined(separator: ", ") + ") -> \(returns)"
        self.help = HelpEntry(.function, name, syntax: signature, summary: summary, examples: [example])
        self.apply = apply
    }
}

/// Every built-in function, by name.
public enum Functions {
    public static let all: [Function] = TextFunctions.all + NumberFunctions.all + DateFunctions.all + ValueFunctions.all

    public static let byName: [String: Function] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
}
