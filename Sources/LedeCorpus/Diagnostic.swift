/// A place in a source: a file (or `<command line>`, `<stdin>`), 1-based line and column, and a
/// length in characters for the caret underline.
public struct SourceSpan: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int
    public var length: Int

    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
    }
}

/// One message for a person: what went wrong, where, and what to do about it. Loaders, the checker
/// and the evaluator all report through this type; `DiagnosticRenderer` prints it.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    public var span: SourceSpan?
    /// The text of the line the span points into, when known (for the caret display).
    public var sourceLine: String?
    public var help: String?

    public init(_ severity: Severity = .error, _ message: String, at span: SourceSpan? = nil,
                sourceLine: String? = nil, help: String? = nil) {
        self.severity = severity
        self.message = message
        self.span = span
        self.sourceLine = sourceLine
        self.help = help
    }
}

/// Formats diagnostics in the compiler style: `file:line:col: error: message`, the source line,
/// a caret under the span, then `help:`. Control characters are written out (they may come from
/// file names and article text), and a long source line shows only the part around the caret.
public enum DiagnosticRenderer {
    /// Characters of a source line shown around the caret.
    static let window = 120

    public static func render(_ d: Diagnostic) -> String {
        var out = ""
        if let s = d.span { out += "\(s.file):\(s.line):\(s.column): " }
        out += "\(d.severity.rawValue): \(d.message)"
        if let s = d.span, let whole = d.sourceLine {
            // Spans count scalars; the caret is drawn under characters ("é" may be two scalars).
            let first = characterIndex(whole, scalar: s.column - 1)
            let length = max(1, characterIndex(whole, scalar: s.column - 1 + s.length) - first)
            let (line, column) = excerpt(whole, column: first + 1)
            let gutter = String(s.line)
            let pad = String(repeating: " ", count: gutter.count)
            // Tabs keep their width under the caret so it lines up in any terminal.
            let lead = line.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            let width = max(1, min(length, max(1, line.count - (column - 1))))
            out += "\n\(pad) |\n\(gutter) | \(line)\n\(pad) | \(lead)\(String(repeating: "^", count: width))"
        }
        if let help = d.help { out += "\n  help: \(help)" }
        return out.escapingControlCharacters
    }

    /// How many characters of `line` its first `scalar` Unicode scalars make.
    static func characterIndex(_ line: String, scalar: Int) -> Int {
        var scalars = 0, characters = 0
        for c in line {
            if scalars >= scalar { break }
            scalars += c.unicodeScalars.count
            characters += 1
        }
        return characters + max(0, scalar - scalars)
    }

    /// The line cut to `window` characters around `column` ("…" where cut), and the column in it.
    static func excerpt(_ line: String, column: Int) -> (String, Int) {
        let characters = Array(line)
        guard characters.count > window else { return (line, column) }
        let start = max(0, min(column - 1 - window / 2, characters.count - window))
        let end = min(characters.count, start + window)
        let text = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        return (text, column - start + (start > 0 ? 1 : 0))
    }
}
