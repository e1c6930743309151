/// Reads numbers, ranges, percentages and amounts of money out of text with a hand-written scanner.
///
/// Not read (on purpose): dates ("March 14, 2022", "14 March", "2022-03-12", "5/17/2018"), years
/// (a bare 1800-2100 with no unit, scale or qualifier), times ("10:30", "3 pm"), ordinals ("1st",
/// "third"), decades ("1990s"), phone numbers, labels ("page 5", "section 3", "No. 7",
/// "Article 5", "Covid-19", "G20", "F-16"), scores ("2-1"). Ages are read, with unit "years old".
public struct NumberReader: Sendable {
    public let lexicons: FigureLexicons
    /// Words a figure may start with or have a unit after: the triggers and the first words of
    /// units, in one set so that an ordinary word is skipped with one look-up.
    let starters: WordSet

    public init(lexicons: FigureLexicons = .standard) {
        self.lexicons = lexicons
        starters = WordSet(NumberParser.triggers.keys + lexicons.prefixUnits.byFirst.keys + lexicons.suffixUnits.byFirst.keys)
    }

    public func numbers(in text: String) -> [NumberMatch] {
        let scalars = Array(text.unicodeScalars)
        let toks = NTokenizer.tokenize(scalars)
        return scan(toks, scalars)
    }

    public func numbers(in text: Substring) -> [NumberMatch] { numbers(in: String(text)) }

    func scan(_ toks: [NToken], _ scalars: [Unicode.Scalar]) -> [NumberMatch] {
        var p = NumberParser(toks: toks, lex: lexicons)
        var out: [NumberMatch] = []
        var i = 0
        while i < toks.count {
            // Most tokens are ordinary words: skip them without trying a parse.
            if toks[i].kind != .number, !NumberParser.mightBeMillionCode(toks[i]), !mayStart(toks, at: i) {
                i += 1
                continue
            }
            if let skip = p.nonFigure(at: i) { i = max(skip, i + 1); continue }
            if let m = p.parse(at: i) {
                var m = m
                m.text = NumberParser.text(scalars, m.span)
                out.append(m)
                i = max(m.endToken, i + 1)
                continue
            }
            if let skip = p.skipTo { i = max(skip, i + 1); p.skipTo = nil; continue }
            i += 1
        }
        return p.mergeBounds(out, scalars)
    }

    /// True when the word at `i` may start a figure: a trigger, a unit written before its number,
    /// or a unit written after a number that follows.
    private func mayStart(_ toks: [NToken], at i: Int) -> Bool {
        let word = toks[i].text
        guard starters.contains(word) else { return false }
        return NumberParser.triggers.contains(word) || lexicons.prefixUnits.starts(with: word)
            || i + 1 < toks.count && toks[i + 1].kind == .number && lexicons.suffixUnits.starts(with: word)
    }
}
