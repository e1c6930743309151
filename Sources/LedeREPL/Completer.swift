import Foundation
import LedeCorpus
import LedeLanguage

/// The answer to a Tab: replace the characters at `range` of the line with one of `candidates`;
/// when there is exactly one, `suffix` follows it (a space after a word, the closing quote after
/// a value).
public struct Completion: Equatable, Sendable {
    /// Character offsets in the line.
    public var range: Range<Int>
    public var candidates: [String]
    public var suffix: String

    static func none(at cursor: Int) -> Completion { Completion(range: cursor..<cursor, candidates: [], suffix: "") }
}

/// Tab completion as a plain function of the text, the cursor and what the session knows:
/// statement keywords and table names at the start, verbs after `|`, fields of the table flowing
/// at the cursor, paths inside `load "`, and values inside `field ~ "`.
public enum Completer {
    static let keywords = Help.statements.map(\.name)
    static let helpTopics = ["verbs", "functions", "tables", "syntax"] + Help.entries.map(\.name)
    static let verbs = Verbs.all.map(\.help.name)
    static let functions = Functions.all.map(\.name)
    static let comparisons: Set<String> = ["~", "!~", "=", "==", "!="]
    /// Values shown for one Tab; more is noise on a terminal.
    static let maxCandidates = 200

    /// - Parameters:
    ///   - line: everything typed for the statement so far (earlier lines of a continued statement
    ///     joined with newlines).
    ///   - cursor: the cursor's position in `line`, in Characters.
    public static func complete(line: String, cursor: Int, data: CompletionData) -> Completion {
        let typed = String(line.prefix(cursor))
        let chars = Array(typed)
        let after = line.dropFirst(cursor).first
        guard let input = try? Lexer.partialTokens(typed) else { return .none(at: chars.count) }
        let statement = input.tokens.split(omittingEmptySubsequences: false) { $0.kind == .newline || $0.isSymbol(";") }.last ?? []
        var start = chars.count
        switch input.openEnd {
        case .comment, .regex:
            return .none(at: chars.count)
        case .string(let quoteOffset):
            let quote = characterOffset(quoteOffset, in: typed)
            let word = String(chars[(quote + 1)...])
            let tokens = Array(statement)
            let range = (quote + 1)..<chars.count
            let close = after == "\"" ? "" : "\""
            if isPathContext(tokens) {
                let paths = Paths.complete(word, access: data.fileAccess)
                return Completion(range: range, candidates: paths,
                                  suffix: paths.count == 1 && !paths[0].hasSuffix("/") ? close : "")
            }
            guard let (field, pipeline) = valueContext(tokens, text: typed) else { return .none(at: chars.count) }
            let values = matching(data.values(of: field, inPipeline: pipeline), word)
            return Completion(range: range, candidates: values, suffix: close)
        case .quotedName(let nameOffset):
            // A name begun with a backtick (`` `fuel ``) completes with its backticks.
            start = characterOffset(nameOffset, in: typed)
        case nil:
            while start > 0, isWordCharacter(chars[start - 1]) { start -= 1 }
        }
        let word = String(chars[start...])
        if word.first?.isNumber == true { return .none(at: chars.count) }
        let wordOffset = String(chars[..<start]).unicodeScalars.count
        let tokens = statement.filter { $0.endOffset <= wordOffset }
        let words = candidates(after: tokens, text: typed, data: data)
        var seen: Set<String> = []
        let found = words.names.filter { fold(unquoted($0)).hasPrefix(fold(unquoted(word))) && seen.insert($0).inserted }
        let suffix = found.count == 1 && after != " " && after != "(" ? words.suffix(found[0]) : ""
        return Completion(range: start..<chars.count, candidates: found, suffix: suffix)
    }

    /// Words that fit after `tokens` (the statement up to the word being typed), and what follows
    /// a chosen one.
    static func candidates(after tokens: [Token], text: String, data: CompletionData) -> (names: [String], suffix: (String) -> String) {
        let space: (String) -> String = { _ in " " }
        guard let first = tokens.first else { return (keywords + data.sourceNames, space) }
        if tokens.last?.isSymbol("|") == true { return (verbs, space) }
        if tokens.count == 1 {
            switch first.identifier {
            case "schema", "export": return (data.sourceNames, space)
            case "explain": return (["sql"], space)
            case "help": return (helpTopics, { _ in "" })
            case "format": return (OutputFormat.allCases.map(\.rawValue), { _ in "" })
            case "timer": return (["on", "off"], { _ in "" })
            default: break
            }
        }
        if tokens.count == 3, first.isWord("let"), tokens[2].isSymbol("=") { return (data.sourceNames, space) }
        if tokens.count == 2, first.isWord("explain"), tokens[1].isWord("sql") { return (data.sourceNames, space) }
        if tokens.last?.isWord("join") == true { return (data.sourceNames.map(Lexer.written), space) }
        guard let pipeline = flowingPipeline(tokens, text: text), let schema = data.schema(ofPipeline: pipeline) else { return ([], space) }
        let fields = schema.names.map(Lexer.written)
        let isField = Set(fields)
        return (fields + functions, { isField.contains($0) ? " " : "(" })
    }

    /// `load "`, `open "`, `save "`, `export ... to "`: the string is a file name.
    static func isPathContext(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first?.identifier else { return false }
        if first == "load" { return tokens.last?.isWord("with") == true || tokens.count == 1 || tokens.last?.isSymbol(",") == true }
        if first == "save" || first == "open" { return tokens.count == 1 }
        return first == "export" && tokens.last?.isWord("to") == true
    }

    /// The field a value is being typed for (`speaker ~ "`, `outlet in ["a", "`) and the pipeline
    /// whose rows hold it.
    static func valueContext(_ tokens: [Token], text: String) -> (String, String)? {
        var i = tokens.count - 1
        if i >= 1, tokens[i].isSymbol("["), tokens[i - 1].isWord("in") {
            i -= 2
        } else if i >= 0, tokens[i].isSymbol(",") {
            // Inside a list: walk back over the values already typed to `field in [`.
            while i >= 0, !tokens[i].isSymbol("[") { i -= 1 }
            guard i >= 1, tokens[i - 1].isWord("in") else { return nil }
            i -= 2
        } else if i >= 1, case .symbol(let s) = tokens[i].kind, comparisons.contains(s) {
            i -= 1
        } else {
            return nil
        }
        guard i >= 0, let field = tokens[i].name, let pipeline = flowingPipeline(tokens, text: text) else { return nil }
        return (field, pipeline)
    }

    /// The text of the pipeline before the stage being typed, whose table flows into it: from the
    /// pipeline's start (after `let NAME =` or `export`) to the last `|`.
    static func flowingPipeline(_ tokens: [Token], text: String) -> String? {
        var depth = 0
        var lastPipe: Token?
        for t in tokens {
            if t.isSymbol("(") || t.isSymbol("[") { depth += 1 }
            if t.isSymbol(")") || t.isSymbol("]") { depth -= 1 }
            if depth == 0, t.isSymbol("|") { lastPipe = t }
        }
        guard let lastPipe else { return nil }
        var startToken = 0
        if tokens.first?.isWord("let") == true { startToken = 3 }
        if tokens.first?.isWord("export") == true { startToken = 1 }
        if tokens.first?.isWord("explain") == true, tokens.count > 1, tokens[1].isWord("sql") { startToken = 2 }
        guard startToken < tokens.count, tokens[startToken].offset < lastPipe.offset else { return nil }
        let scalars = Array(text.unicodeScalars)[tokens[startToken].offset..<lastPipe.offset]
        return String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Values that start with the typed text, or have a word that does (`Bra` finds "Ilse
    /// Brandvold"); those starting with it first.
    static func matching(_ values: [String], _ typed: String) -> [String] {
        let t = fold(typed)
        guard !t.isEmpty else { return Array(values.sorted().prefix(maxCandidates)) }
        var starts: [String] = []
        var inside: [String] = []
        for v in values {
            let l = fold(v)
            if l.hasPrefix(t) { starts.append(v) } else if l.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: { $0.hasPrefix(t) }) || l.contains(" " + t) { inside.append(v) }
        }
        return Array((starts.sorted() + inside.sorted()).prefix(maxCandidates))
    }

    /// The Character offset in `text` of a Unicode-scalar offset from the lexer.
    static func characterOffset(_ scalarOffset: Int, in text: String) -> Int {
        let scalars = text.unicodeScalars
        let index = scalars.index(scalars.startIndex, offsetBy: scalarOffset, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return text.distance(from: text.startIndex, to: index)
    }

    /// A name without the backtick that opens it, to match what is typed with or without one.
    static func unquoted(_ name: String) -> String { name.first == "`" ? String(name.dropFirst()) : name }

    /// Typing "bras" finds "Brás", "zoe" finds "Zoë".
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "$" || c == "-"
    }
}

/// File and folder names for `load "` and friends, relative to the current folder; `~/` is the
/// home folder. A folder the session may not read (the sandbox) is not listed.
enum Paths {
    static func complete(_ typed: String, access: FileAccess = .unrestricted) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let name = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        // `~` names the home folder through $HOME: the sandbox reads no environment.
        let listed = folder.isEmpty ? "." : access.isRestricted ? folder : (folder as NSString).expandingTildeInPath
        guard access.check(listed, for: .read) == nil else { return [] }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        return entries.filter { $0.hasPrefix(name) && (name.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { entry in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listed as NSString).appendingPathComponent(entry), isDirectory: &isFolder)
            return folder + entry + (isFolder.boolValue ? "/" : "")
        }
    }
}
