import LedeExtract

/// Words too common to say anything about a text: left out of `terms`, `keyness` and the text
/// similarity of `stories`. The `stopwords` list of the session's lexicons.
public struct StopWords: Sendable {
    let words: Set<String>

    init(_ lexicons: Lexicons) { words = Set(lexicons.list("stopwords").map { Tokenizer.normalise($0) }) }

    /// A content word: has a letter, is not a stop word.
    func isContent(_ token: WordToken) -> Bool { token.hasLetter && !words.contains(token.norm) }
}
