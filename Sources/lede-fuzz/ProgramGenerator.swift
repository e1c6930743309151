import LedeLanguage

/// Random programs for the whole command line, one a line: pipelines built from the language's
/// own tables, fields, verbs and functions with well-typed expressions, salted with the inputs
/// hostile users try (huge and odd numbers, deep nesting, regular expressions that backtrack for
/// ever, control characters), and the help examples mutated.
struct ProgramGenerator {
    var random: SplitMix

    static let tables = ["articles", "sentences", "quotes", "figures", "sources", "hedges", "mentions"]
    static let schemas: [String: Schema] = {
        let session = Session()
        return Dictionary(uniqueKeysWithValues: tables.compactMap { name in session.schema(of: name).map { (name, $0) } })
    }()
    static let examples = Help.entries.flatMap(\.examples).filter { !$0.contains("\n") }
    static let oddNumbers = ["0", "-0", "1", "-1", "0.5", "1e308", "1.7976931348623157e308", "1e19", "9223372036854775807",
                             "9223372036854775808", "9007199254740993", "1e-320", "4.9e-324", "1_000_000", "1e15", "1e12",
                             "99999999999999999999999999", "3.14159", "1e300 * 1e300", "1e300 * 1e300 - 1e300 * 1e300", "2147483648"]
    static let regexBombs = ["(.*a){25}", "(a+)+$", "((a|aa)+)*b", "(x+x+)+y", "(.*){1,32000}[bc]", "^(\\w+\\s?)*$", "[", "a{99999}"]
    static let regexes = ["war|dam", "^the", "\\d+", "[A-Z][a-z]+ said", "é|東京", "(", "a{2,}"]

    /// A regular expression: now and then one that backtracks for ever (each costs the run a
    /// whole time limit, so they are kept rare).
    mutating func regex() -> String {
        random.below(8) == 0 ? random.pick(Self.regexBombs) : random.pick(Self.regexes)
    }
    static let words = ["dam", "said", "Brandvold", "inquiry", "million", "the", "Ukraine", "", " ", "é", "東京", "\\u001b]0;x", "\\\"", "%s%n"]

    mutating func program() -> String {
        switch random.below(10) {
        case 0, 1: return mutated(random.pick(Self.examples))
        case 2: return statement()
        default: return pipeline()
        }
    }

    mutating func statement() -> String {
        switch random.below(8) {
        case 0: return "let v\(random.below(3)) = " + pipeline()
        case 1: return "v\(random.below(3)) | " + stage(Self.schemas["articles"] ?? Schema([]))
        case 2: return random.pick(["rows", "width"]) + " " + random.pick(Self.oddNumbers + ["5", "2"])
        case 3: return "format " + random.pick(["table", "csv", "tsv", "json", "jsonl", "markdown", "nope"])
        case 4: return "export " + pipeline() + " to \"out." + random.pick(["csv", "json", "md", "txt", "pdf"]) + "\" overwrite"
        case 5: return "help " + random.pick(Help.entries.map(\.name) + ["verbs", "syntax", "nope"])
        case 6: return "schema " + random.pick(Self.tables + ["v0", "nope"])
        default: return "save \"session.lede\" overwrite"
        }
    }

    mutating func pipeline() -> String {
        let table = random.pick(Self.tables)
        let schema = Self.schemas[table] ?? Schema([])
        var text = table
        for _ in 0..<random.below(4) { text += " | " + stage(schema) }
        return text
    }

    /// One verb with arguments typed against the table's own fields (later verbs may not fit
    /// what earlier ones produced: that is checked too).
    mutating func stage(_ schema: Schema) -> String {
        switch random.below(20) {
        case 0, 1, 2: return "where " + expression(.bool, schema, depth: 0)
        case 3: return "select " + (0...random.below(3)).map { "\(expression(random.pick([.text, .number, .date, .bool]), schema, depth: 0)) as c\($0)" }.joined(separator: ", ")
        case 4: return "sort " + field(schema) + (random.below(2) == 0 ? " desc" : "")
        case 5: return random.pick(["take", "skip"]) + " " + number()
        case 6: return "top " + number() + " by " + expression(.number, schema, depth: 0)
        case 7: return "group by " + field(schema) + random.pick(["", " with count", " with sum(value) as s"])
        case 8: return random.pick(["count", "distinct", "explain", "chart", "disagreements", "compare outlets", "stories"])
        case 9: return random.pick(["sum", "avg", "min", "max", "median", "distinct_count"]) + " " + expression(.number, schema, depth: 0)
        case 10: return "timeline by " + random.pick(["day", "week", "month", "year", "hour"]) + random.pick(["", ", outlet"])
        case 11: return "kwic \"" + random.pick(Self.words) + "\" window " + number()
        case 12: return "terms " + number() + random.pick(["", " by outlet"])
        case 13: return "stories by text window " + number() + " with " + random.pick(["0.2", "one_per_outlet", "2"])
        case 14: return "keyness " + expression(.bool, schema, depth: 0) + " vs " + expression(.bool, schema, depth: 0) + " with " + number()
        case 15: return "where " + field(schema) + " ~ /" + regex() + "/"
        case 16: return "where " + deep(schema)
        default: return "select " + field(schema) + ", " + expression(.text, schema, depth: 0) + " as t"
        }
    }

    /// A well-typed expression; `depth` keeps ordinary ones small.
    mutating func expression(_ type: ValueType, _ schema: Schema, depth: Int) -> String {
        let leaf = depth > 2 || random.below(3) == 0
        switch type {
        case .number:
            if leaf { return random.below(2) == 0 ? field(schema, .number) : number() }
            return random.pick([
                "\(expression(.number, schema, depth: depth + 1)) \(random.pick(["+", "-", "*", "/", "%"])) \(expression(.number, schema, depth: depth + 1))",
                "\(random.pick(["abs", "floor", "ceil", "round"]))(\(expression(.number, schema, depth: depth + 1)))",
                "len(\(expression(.text, schema, depth: depth + 1)))", "year(\(expression(.date, schema, depth: depth + 1)))",
                "days_between(\(expression(.date, schema, depth: depth + 1)), \(expression(.date, schema, depth: depth + 1)))",
                "-(\(expression(.number, schema, depth: depth + 1)))",
            ])
        case .text:
            if leaf { return random.below(2) == 0 ? field(schema, .text) : "\"" + random.pick(Self.words) + "\"" }
            return random.pick([
                "lower(\(expression(.text, schema, depth: depth + 1)))", "text(\(expression(.number, schema, depth: depth + 1)))",
                "left(\(expression(.text, schema, depth: depth + 1)), \(expression(.number, schema, depth: depth + 1)))",
                "replace(\(expression(.text, schema, depth: depth + 1)), \"a\", \"\(random.pick(Self.words))\")",
                "\(expression(.text, schema, depth: depth + 1)) + \(expression(.text, schema, depth: depth + 1))",
            ])
        case .date:
            if leaf { return random.below(2) == 0 ? field(schema, .date) : random.pick(["2022-03-14", "0001-01-01", "9999-12-31", "2024-02-29"]) }
            return random.pick(["\(expression(.date, schema, depth: depth + 1)) \(random.pick(["+", "-"])) \(expression(.number, schema, depth: depth + 1))",
                                "week(\(expression(.date, schema, depth: depth + 1)))", "date(\(expression(.text, schema, depth: depth + 1)))"])
        default:
            if leaf { return random.pick(["true", "false", "null", "is_null(\(field(schema)))"]) }
            let kind = random.pick([ValueType.number, .text, .date])
            return random.pick([
                "\(expression(kind, schema, depth: depth + 1)) \(random.pick(["=", "!=", "<", "<=", ">", ">="])) \(expression(kind, schema, depth: depth + 1))",
                "\(expression(.text, schema, depth: depth + 1)) ~ \(random.below(2) == 0 ? "/" + regex() + "/" : "\"" + random.pick(Self.words) + "\"")",
                "\(expression(.bool, schema, depth: depth + 1)) \(random.pick(["and", "or"])) \(expression(.bool, schema, depth: depth + 1))",
                "not \(expression(.bool, schema, depth: depth + 1))", "\(field(schema)) in [\(number()), \"a\", null]",
            ])
        }
    }

    /// Nesting around and past the parser's limit.
    mutating func deep(_ schema: Schema) -> String {
        let n = random.pick([50, Parser.maxNesting - 2, Parser.maxNesting, Parser.maxNesting + 1, 5_000])
        switch random.below(4) {
        case 0: return String(repeating: "(", count: n) + "true" + String(repeating: ")", count: n)
        case 1: return String(repeating: "not ", count: n) + "true"
        case 2: return "1" + String(repeating: " + 1", count: n) + " > 0"
        default: return "[" + String(repeating: "[", count: n) + String(repeating: "]", count: n) + "] = null"
        }
    }

    mutating func field(_ schema: Schema, _ type: ValueType? = nil) -> String {
        let fitting = schema.columns.filter { type == nil || $0.type == type }.map(\.name)
        return fitting.isEmpty ? random.pick(schema.names + ["nope"]) : random.pick(fitting)
    }

    mutating func number() -> String {
        random.below(3) == 0 ? random.pick(Self.oddNumbers) : String(random.below(12))
    }

    /// A help example with a few of: a number swapped for an odd one, a stage repeated, a span
    /// cut out, a character put in, the end cut off.
    mutating func mutated(_ example: String) -> String {
        var text = Array(example)
        for _ in 0...random.below(3) {
            guard !text.isEmpty else { break }
            let at = random.below(text.count)
            switch random.below(6) {
            case 0:
                if let digit = text.firstIndex(where: \.isNumber) { text.replaceSubrange(digit...digit, with: random.pick(Self.oddNumbers)) }
            case 1:
                let stage = String(text[at...]).split(separator: "|").first.map { String($0).strippingSpaces() } ?? "count"
                text += Array(" | " + stage)
            case 2: text.removeSubrange(at..<min(text.count, at + 1 + random.below(8)))
            case 3: text.insert(random.pick(Array("()[]|\"/~,;-*\u{1B}\u{7F}#\\é")), at: at)
            case 4: text = Array(text[..<at])
            default: text.insert(contentsOf: " | where " + random.pick(["text", "headline", "body"]) + " ~ /" + regex() + "/", at: text.count)
            }
        }
        return String(text)
    }
}

/// A small seeded generator (SplitMix64), so a run can be repeated from its seed.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

extension String {
    func strippingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
