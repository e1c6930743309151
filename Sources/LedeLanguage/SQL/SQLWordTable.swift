import Foundation
import LedeStore

/// The full-text index `kwic` asks for the articles that may hold its words: one document per
/// article (`lede_article`), the distinct words of its body as Lede's `Tokenizer` reads them
/// (lower case, straight apostrophes, no possessive 's), in composed form, one space between.
///
/// Indexing Lede's words rather than the body keeps the database's word rules out of the
/// answer: SQLite's FTS5 `ascii` tokenizer with `'`, `-` and `.` as word characters splits
/// these documents at the spaces alone, and PostgreSQL's `tsvector` is made from the words as
/// they are (`array_to_tsvector`, not a text search parser, whose 'simple' configuration would
/// split "don't" and "u.s" its own way). So a word matches exactly the articles Lede finds it
/// in, and a prefix ("invad*") at least those; `kwic` then cuts its lines in Lede.
struct SQLWordTable: Sendable {
    static let name = "words"
    static let sqlName = "\"lede_q_words\""
    /// Indexed words are cut to this many bytes (PostgreSQL drops a lexeme of over 2,047).
    static let longestIndexed = 200
    /// A cut word keeps at least this many bytes (a scalar is at most 4), so a pattern word no
    /// longer still finds the words it starts.
    static let longestSearched = longestIndexed - 3
    /// A document's most bytes: PostgreSQL's `tsvector` holds at most 1 MB.
    static let longestDocument = 200_000

    /// The document of each article, in article order; nil when one is too long to index
    /// (`kwic` then runs in Lede alone).
    static func documents(_ index: WordIndex) -> [String]? {
        var documents: [String] = []
        documents.reserveCapacity(index.bodies.count)
        for body in index.bodies {
            let words = Set(body.words).map { indexed(index.vocabulary[Int($0)]) }
            let document = Set(words).sorted().joined(separator: " ")
            guard document.utf8.count <= longestDocument else { return nil }
            documents.append(document)
        }
        return documents
    }

    /// A word as indexed and searched: composed, its longest scalar prefix of at most `longestIndexed` bytes.
    static func indexed(_ word: String) -> String {
        let composed = word.precomposedStringWithCanonicalMapping
        guard composed.utf8.count > longestIndexed else { return composed }
        var bytes = 0
        return String(String.UnicodeScalarView(composed.unicodeScalars.prefix { scalar in
            bytes += String(scalar).utf8.count
            return bytes <= longestIndexed
        }))
    }

    static func create(_ dialect: SQLDialect) -> [String] {
        switch dialect {
        case .sqlite:
            // Contentless, without positions: only which articles hold a word is asked.
            ["CREATE VIRTUAL TABLE \(sqlName) USING fts5(words, content='', detail=none, tokenize=\"ascii tokenchars '''-.'\")"]
        case .postgresql:
            ["CREATE TABLE \(sqlName) (lede_article BIGINT PRIMARY KEY, words TSVECTOR)",
             "CREATE INDEX ON \(sqlName) USING GIN (words)"]
        }
    }

    /// The INSERT's column list and one row's placeholders: an article and its document.
    static func insert(_ dialect: SQLDialect) -> (columns: String, row: String) {
        switch dialect {
        case .sqlite: ("(rowid, words)", "(?, ?)")
        case .postgresql: ("(lede_article, words)", "(?, array_to_tsvector(string_to_array(?, ' ')))")
        }
    }

    /// The articles whose documents match `query` (from `query(_:_:)`), as one column.
    static func matching(_ dialect: SQLDialect, _ query: String) -> SQLFragment {
        switch dialect {
        case .sqlite: "SELECT rowid FROM \(sqlName) WHERE \(sqlName) MATCH " + SQLFragment.argument(.text(query))
        case .postgresql: "SELECT lede_article FROM \(sqlName) WHERE words @@ CAST(" + SQLFragment.argument(.text(query)) + " AS tsquery)"
        }
    }

    /// The full-text query for articles holding every word of any pattern (the last word of a
    /// prefix pattern as a prefix); nil when a word is too long to search.
    static func query(_ patterns: [Kwic.Pattern], _ dialect: SQLDialect) -> String? {
        var alternatives: [String] = []
        for pattern in patterns {
            var terms: [String] = []
            for (k, word) in pattern.words.enumerated() {
                let searched = word.precomposedStringWithCanonicalMapping
                guard searched.utf8.count <= longestSearched else { return nil }
                let prefix = pattern.prefix && k == pattern.words.count - 1
                // Lede's words hold letters, digits and ' - . only, so the quote is all to escape.
                switch dialect {
                case .sqlite: terms.append("\"" + searched + "\"" + (prefix ? " *" : ""))
                case .postgresql: terms.append("'" + searched.replacingOccurrences(of: "'", with: "''") + "'" + (prefix ? ":*" : ""))
                }
            }
            alternatives.append("(" + terms.joined(separator: dialect == .sqlite ? " AND " : " & ") + ")")
        }
        return alternatives.joined(separator: dialect == .sqlite ? " OR " : " | ")
    }
}
