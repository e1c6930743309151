/// Expected output that may stand for varying text: `[..]` in a line matches any text within
/// that line (a time, an absolute path), and a line that is only `...` matches any number of
/// lines (the middle of a long listing).
///
///     loaded 10 articles from 8 files in [..]
public struct OutputPattern: Sendable {
    public static let anyText = "[..]"
    public static let anyLines = "..."

    let lines: [String]

    public init(_ expected: String) {
        lines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    public func matches(_ actual: String) -> Bool {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Self.matches(lines[...], actualLines[...])
    }

    /// The new output to write where this pattern no longer matches: the actual text, but
    /// with each line that still matches its pattern line kept as written, so accepting one
    /// changed number does not lose the `[..]` beside it. Only line for line: where the line
    /// count changed, or `...` is used, the actual text as it is.
    public func merged(into actual: String) -> String {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard actualLines.count == lines.count, !lines.contains(Self.anyLines) else { return actual }
        return zip(lines, actualLines).map { Self.lineMatches($0, $1) ? $0 : $1 }.joined(separator: "\n")
    }

    /// Whether the pattern has anything to match loosely; a plain expected output is compared
    /// as it is.
    public var isLiteral: Bool { !lines.contains { $0 == Self.anyLines || $0.contains(Self.anyText) } }

    private static func matches(_ pattern: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return actual.isEmpty }
        if first == anyLines {
            // Try the rest of the pattern at each remaining line, fewest lines skipped first.
            return (actual.startIndex ... actual.endIndex).contains { matches(pattern.dropFirst(), actual[$0...]) }
        }
        guard let line = actual.first, lineMatches(first, line) else { return false }
        return matches(pattern.dropFirst(), actual.dropFirst())
    }

    /// One line: the text between `[..]`s must appear in order, the first piece at the start and
    /// the last at the end.
    static func lineMatches(_ pattern: String, _ line: String) -> Bool {
        let pieces = pattern.components(separatedBy: anyText)
        guard pieces.count > 1 else { return pattern == line }
        guard line.hasPrefix(pieces[0]) else { return false }
        var rest = line.dropFirst(pieces[0].count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = rest.range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        guard let last = pieces.last else { return true }
        return rest.count >= last.count && rest.hasSuffix(last)
    }
}
