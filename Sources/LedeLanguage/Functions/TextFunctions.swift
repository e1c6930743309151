import Foundation
import LedeCorpus

/// Functions on text. Each passes null through, so `lower(outlet)` of a missing outlet is null.
enum TextFunctions {
    static let all: [Function] = [
        Function("lower", [("text", .text)], returns: .text, summary: "The text in lower case.",
                 example: "articles | select lower(outlet) as outlet | distinct") { text($0[0]) { .text($0.lowercased()) } },
        Function("upper", [("text", .text)], returns: .text, summary: "The text in upper case.",
                 example: "articles | select upper(file) as file | take 3") { text($0[0]) { .text($0.uppercased()) } },
        Function("len", [("text", .text)], returns: .number, summary: "Number of characters in the text (or items in a list).",
                 example: "articles | select headline, len(headline) as length | take 3") { args in
            if case .list(let items) = args[0] { return .number(Double(items.count)) }
            return text(args[0]) { .number(Double($0.count)) }
        },
        Function("trim", [("text", .text)], returns: .text, summary: "The text without leading and trailing white space.",
                 example: "articles | select trim(headline) as headline | take 3") { text($0[0]) { .text($0.trimmingCharacters(in: .whitespacesAndNewlines)) } },
        Function("contains", [("text", .text), ("part", .text)], returns: .bool,
                 summary: "True when the text contains the part (case-insensitive).",
                 example: "articles | where contains(headline, \"dam\") | select headline") { args in
            guard let a = args[0].text, let b = args[1].text else { return .null }
            return .bool(a.range(of: b, options: .caseInsensitive) != nil)
        },
        Function("starts_with", [("text", .text), ("prefix", .text)], returns: .bool,
                 summary: "True when the text starts with the prefix (case-insensitive).",
                 example: "articles | where starts_with(file, \"harbour\") | select file") { args in
            guard let a = args[0].text, let b = args[1].text else { return .null }
            return .bool(a.lowercased().hasPrefix(b.lowercased()))
        },
        Function("replace", [("text", .text), ("old", .text), ("new", .text)], returns: .text,
                 summary: "The text with every occurrence of `old` replaced by `new`.",
                 example: "articles | select replace(outlet, \"The \", \"\") as outlet | distinct") { args in
            guard let a = args[0].text, let b = args[1].text, let c = args[2].text else { return .null }
            return .text(a.replacingOccurrences(of: b, with: c))
        },
        Function("left", [("text", .text), ("count", .number)], returns: .text,
                 summary: "The first `count` characters of the text.",
                 example: "articles | select left(headline, 20) as start | take 3") { args in
            // Clamped before converting: a count past the text's length (1e300) means all of it.
            guard let a = args[0].text, let n = args[1].number.flatMap({ Int(checked: min(max($0, 0), Double(a.count))) }) else { return .null }
            return .text(String(a.prefix(n)))
        },
        Function("word_count", [("text", .text)], returns: .number, summary: "Number of words in the text.",
                 example: "quotes | select speaker, word_count(text) as words | take 3") { text($0[0]) { .number(Double(WordCounter.count($0))) } },
    ]

    static func text(_ v: Value, _ f: (String) -> Value) -> Value {
        switch v {
        case .text(let s): f(s)
        case .null: .null
        default: f(v.plain)
        }
    }
}
