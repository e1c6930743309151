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

        /// For each word, the vocabulary ids it matches (a final prefix word matches every word
        /// it starts); nil when a word never occurs, so the pattern cannot match.
        func ids(in index: WordIndex) -> [WordIds]? {
            var result: [WordIds] = []
            for (k, w) in words.enumerated() {
                if k == words.count - 1, prefix {
                    let all = index.ids(withPrefix: w)
                    if all.isEmpty { return nil }
                    result.append(all.count == 1 ? .one(all.first ?? 0) : .any(all))
                } else {
                    guard let id = index.id(of: w) else { return nil }
                    result.append(.one(id))
                }
            }
            return result
        }
    }

    /// The ids one word of a pattern matches: usually one, compared without hashing.
    enum WordIds {
        case one(UInt32)
        case any(Set<UInt32>)

        func contains(_ id: UInt32) -> Bool {
            switch self {
            case .one(let only): only == id
            case .any(let all): all.contains(id)
            }
        }

        var all: [UInt32] {
            switch self {
            case .one(let only): [only]
            case .any(let all): Array(all)
            }
        }
    }

    static func matches(_ pattern: [WordIds], _ words: [UInt32], at i: Int) -> Bool {
        guard i + pattern.count <= words.count else { return false }
        for (k, ids) in pattern.enumerated() where !ids.contains(words[i + k]) { return false }
        return true
    }

    /// A match: the positions of its first and last words in an article's body.
    struct Hit: Sendable {
        var article: Int
        var first: Int
        var last: Int
    }

    /// The rows of `hits`, which come in body order within each article.
    static func rows(_ hits: [Hit], articles: [Article], index: WordIndex, window: Int) -> [[Value]] {
        var rows: [[Value]] = []
        rows.reserveCapacity(hits.count)
        var article = -1
        var lines = LineCutter("", ascii: true)
        for hit in hits {
            let a = hit.article, i = hit.first, last = hit.last
            let words = index.bodies[a]
            if a != article {
                article = a
                lines = LineCutter(articles[a].body, ascii: words.ascii)
            }
            let count = words.words.count
            let from = max(0, i - window), to = min(count - 1, last + window)
            let start = Int(words.starts[i]), end = Int(words.ends[last])
            let left = from < i ? lines.text(Int(words.starts[from]), start) : ""
            let right = to > last ? lines.text(end, Int(words.ends[to])) : ""
            let term = i == last ? index.vocabulary[Int(words.words[i])]
                : words.words[i...last].map { index.vocabulary[Int($0)] }.joined(separator: " ")
            rows.append([.text(articles[a].id), .text(articles[a].file), Value(articles[a].outlet), Value(articles[a].date),
                         .text(left), .text(lines.text(start, end)), .text(term), .text(right),
                         i > 0 ? .text(index.vocabulary[Int(words.words[i - 1])]) : .null,
                         last + 1 < count ? .text(index.vocabulary[Int(words.words[last + 1])]) : .null,
                         Value(lines.scalarOffset(start))])
        }
        return rows
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
            let index = try run.wordIndex()
            let lookups = found.compactMap { $0.ids(in: index) }
            // Only the articles holding a pattern's first word are read, and in them only the
            // positions of such a word are tried.
            var holds = [Bool](repeating: false, count: index.bodies.count)
            var opens = [Bool](repeating: false, count: index.vocabulary.count)
            for lookup in lookups {
                for id in lookup[0].all {
                    opens[Int(id)] = true
                    for a in index.articles[Int(id)] { holds[Int(a)] = true }
                }
            }
            var hits: [Hit] = []
            for (n, a) in scope.articles.enumerated() where holds.indices.contains(a) && holds[a] {
                if n & 63 == 0, run.cancellation.isCancelled { throw Interrupted.diagnostic }
                let words = index.bodies[a].words
                var i = 0
                while i < words.count {
                    guard opens[Int(words[i])], let p = lookups.first(where: { Self.matches($0, words, at: i) }) else {
                        i += 1
                        continue
                    }
                    hits.append(Hit(article: a, first: i, last: i + p.count - 1))
                    i += p.count
                }
            }
            let articles = run.articles
            // The lines are cut when a verb reads them: `| count` only counts the hits.
            let storage = TableStorage(count: hits.count) { [hits] in Self.rows(hits, articles: articles, index: index, window: window) }
            return Table(Self.schema, storage: storage, origins: hits.map { RowOrigin(.article, article: $0.article, item: 0) })
        }
    }
}
