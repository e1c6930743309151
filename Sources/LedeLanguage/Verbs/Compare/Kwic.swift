import Foundation
import LedeCorpus

/// `kwic "TERM", ... [window N]`: keyword in context. One row per occurrence of a word or phrase
/// in the bodies of the articles flowing in, with N words either side (5 unless `window`).
/// Matching ignores case and a possessive 's; a final `*` matches any ending ("invad*").
/// `left1` and `right1` are the neighbouring words, for sorting as concordancers do.
struct Kwic: Verb {
    let help = HelpEntry(.verb, "kwic", syntax: "kwic \"TERM\", ... [window N]",
                         summary: "Keyword in context: each occurrence of a word or phrase with N words (5) either side; sort by left1 or right1.",
                         examples: ["kwic \"dam\"",
                                    "kwic \"spillway gate\" window 3 | sort right1 | select outlet, left, match, right",
                                    "articles | where outlet ~ \"Harbour\" | kwic \"insider*\"",
                                    "kwic \"Brandvold\" | group by outlet | count"])

    static let schema = Schema([
        Column("id", .text, "the article's id"), Column("file", .text, "the article's file"),
        Column("outlet", .text, "the article's outlet"), Column("date", .date, "the article's date"),
        Column("left", .text, "the words before"), Column("match", .text, "the match as written"),
        Column("term", .text, "the match normalised: lower case, straight apostrophes, no possessive 's"),
        Column("right", .text, "the words after"),
        Column("left1", .text, "the word just before, in lower case"), Column("right1", .text, "the word just after, in lower case"),
        Column("start", .number, "offset of the match in the body"),
    ])

    /// A term to find: its words, the last possibly a prefix.
    struct Pattern {
        var words: [String]
        var prefix: Bool

        init?(_ text: String) {
            var t = text.trimmingCharacters(in: .whitespaces)
            prefix = t.hasSuffix("*")
            if prefix { t.removeLast() }
            words = Tokenizer.words(t)
            if words.isEmpty { return nil }
        }

        func matches(_ tokens: [WordToken], at i: Int) -> Bool {
            guard i + words.count <= tokens.count else { return false }
            for (k, w) in words.enumerated() {
                let t = tokens[i + k].norm
                if k == words.count - 1, prefix ? !t.hasPrefix(w) : t != w { return false }
                if k < words.count - 1, t != w { return false }
            }
            return true
        }
    }

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses(["window"], context, usage: help.syntax)
        guard !stage.items.isEmpty else {
            throw context.error("`kwic` needs a word or phrase in quotes", at: stage.nameSpan, help: "e.g. kwic \"invasion\" window 5")
        }
        var patterns: [Pattern] = []
        for item in stage.items {
            guard case .literal(.text(let s)) = item.expr.kind, let p = Pattern(s) else {
                throw context.error("expected a word or phrase in quotes", at: item.span, help: "e.g. kwic \"invasion\", \"invad*\"")
            }
            patterns.append(p)
        }
        let window = try stage.clause("window").map { (c: Clause) throws(Diagnostic) in try stage.count(c.items.first, context, usage: help.syntax) } ?? 5
        let span = stage.nameSpan
        let found = patterns
        return Step(Self.schema) { table, run throws(Diagnostic) in
            let scope = try ArticleScope.of(table, verb: "kwic", at: span, context: context)
            var rows: [[Value]] = []
            var origins: [RowOrigin] = []
            for (n, a) in scope.articles.enumerated() {
                if n & 63 == 0, run.cancellation.isCancelled { throw Interrupted.diagnostic }
                let article = run.articles[a]
                let body = article.body
                let scalars = body.unicodeScalars
                let tokens = Tokenizer.tokens(body)
                func text(_ r: Range<String.Index>) -> String {
                    String(scalars[r]).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                }
                var i = 0
                while i < tokens.count {
                    guard let p = found.first(where: { $0.matches(tokens, at: i) }) else { i += 1; continue }
                    let last = i + p.words.count - 1
                    let from = max(0, i - window), to = min(tokens.count - 1, last + window)
                    let left = from < i ? text(tokens[from].range.lowerBound..<tokens[i].range.lowerBound) : ""
                    let right = to > last ? text(tokens[last].range.upperBound..<tokens[to].range.upperBound) : ""
                    rows.append([.text(article.id), .text(article.file), Value(article.outlet), Value(article.date),
                                 .text(left), .text(text(tokens[i].range.lowerBound..<tokens[last].range.upperBound)),
                                 .text(tokens[i...last].map(\.norm).joined(separator: " ")), .text(right),
                                 i > 0 ? .text(tokens[i - 1].norm) : .null, last + 1 < tokens.count ? .text(tokens[last + 1].norm) : .null,
                                 Value(scalars.distance(from: scalars.startIndex, to: tokens[i].range.lowerBound))])
                    origins.append(RowOrigin(.article, article: a, item: 0))
                    i = last + 1
                }
            }
            return Table(Self.schema, rows: rows, origins: origins)
        }
    }
}
