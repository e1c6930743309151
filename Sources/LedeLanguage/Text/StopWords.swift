import LedeExtract

/// Words too common to say anything about a text: left out of `terms`, `keyness` and the text
/// similarity of `stories`. Read from the editable lexicon file `stopwords.txt` (see
/// `LexiconFiles`); a short built-in list stands in when the file is missing.
enum StopWords {
    static let words: Set<String> = {
        if let lines = LexiconFiles.lines("stopwords.txt"), !lines.isEmpty {
            return Set(lines.map { Tokenizer.normalise($0) })
        }
        return fallback
    }()

    static func contains(_ word: String) -> Bool { words.contains(word) }

    /// A content word: has a letter, is not a stop word.
    static func isContent(_ token: WordToken) -> Bool { token.hasLetter && !words.contains(token.norm) }

    static let fallback: Set<String> = Set("""
    a about after all also an and any are as at be been but by can could did do does for from had has have he her his \
    i if in into is it its may more most no not of on one or our out over said says she so than that the their them \
    there these they this to up was we were what when which who will with would you
    """.split(separator: " ").map(String.init))
}
