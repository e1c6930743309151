/// A word, number or punctuation mark with its scalar offsets.
struct Token {
    enum Kind { case word, number, punct }
    var start: Int
    var end: Int
    var text: String
    var lower: String
    var kind: Kind

    /// The word without a possessive ("Clinton’s" -> "Clinton"): names compare this way.
    var bare: String
    var bareLower: String { bare == text ? lower : bare.lowercased() }
    /// Lemma when the word is a speech verb ("said" -> "say"); set once per document.
    var lemma: String?
    /// Length in tokens of an outlet name starting here that no list holds ("Harbour Daily");
    /// set once per document (`Vocabulary.namedOutlets`).
    var outlet: Int?

    /// A token of `body` from `start` to `end`: the possessive and the capital are read off the
    /// body's scalars, which the tokenizer already holds.
    init(_ body: BodyText, start: Int, end: Int, text: String, lower: String, kind: Kind) {
        self.start = start; self.end = end; self.text = text; self.lower = lower; self.kind = kind
        let s = body.scalars
        bare = text
        if end - start > 1 {
            let last = s[end - 1], previous = s[end - 2]
            if (last == "s" || last == "S") && ScalarClass.isApostrophe(previous) && end - start > 2 {
                bare = body.string(start, end - 2)
            } else if ScalarClass.isApostrophe(last) {
                bare = body.string(start, end - 1)
            }
        }
        isCapitalised = kind == .word && ScalarClass.isUpper(s[start])
    }

    let isCapitalised: Bool
    var isWord: Bool { kind == .word }
}

enum Tokenizer {
    /// Appends the tokens from `start` to `end` to `out`, so one array grows for the whole body.
    /// Words keep inner apostrophes, hyphens and dots ("don’t", "al-Assad", "U.S.", "3.5", "1,205");
    /// every other non-space scalar is its own punctuation token.
    /// `abbreviations` (lowercased, without the dot) keep their final dot: "Gov.", "Sen.".
    static func append(_ text: BodyText, _ start: Int, _ end: Int, abbreviations: WordSet = [], to out: inout [Token]) {
        let s = text.scalars
        var i = start
        while i < end {
            let c = s[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            guard ScalarClass.isAlnum(c) else {
                let t = text.string(i, i + 1)
                out.append(Token(text, start: i, end: i + 1, text: t, lower: t, kind: .punct))
                i += 1
                continue
            }
            var j = i + 1
            var digitsOnly = ScalarClass.isDigit(c)
            while j < end {
                let d = s[j]
                if ScalarClass.isAlnum(d) { if !ScalarClass.isDigit(d) { digitsOnly = false }; j += 1; continue }
                let joins = d == "-" || d == "." || d == "," || ScalarClass.isApostrophe(d)
                if joins, j + 1 < end, ScalarClass.isAlnum(s[j + 1]), d != "," || (digitsOnly && ScalarClass.isDigit(s[j + 1])) {
                    j += 2
                    continue
                }
                break
            }
            // "U.S." and initials ("J.") keep their final dot.
            if j < end, s[j] == ".", (j - i >= 3 && s[j - 2] == ".") || (j - i == 1 && ScalarClass.isUpper(c))
                || (j - i <= 5 && abbreviations.contains(text.lowercased(i, j))) { j += 1 }
            let t = text.string(i, j)
            out.append(Token(text, start: i, end: j, text: t, lower: text.lowercased(i, j), kind: digitsOnly ? .number : .word))
            i = j
        }
    }
}
