/// The reference text of one verb, function, table or statement. `help`, the REPL's completion
/// and the language reference all read these, and the test suite runs every example.
public struct HelpEntry: Sendable {
    public enum Kind: String, Sendable { case statement, table, verb, function }
    public var kind: Kind
    public var name: String
    /// How it is written: `where CONDITION`.
    public var syntax: String
    /// One line saying what it does.
    public var summary: String
    /// Programs that run on the sample articles.
    public var examples: [String]

    public init(_ kind: Kind, _ name: String, syntax: String, summary: String, examples: [String]) {
        self.kind = kind; self.name = name; self.syntax = syntax; self.summary = summary; self.examples = examples
    }
}
