/// Units around a number: currency signs, codes and words before it ("$", "USD", "MAUD"), and
/// currency, percent and measure units after it ("50p", "12%", "30 MUSD"), from the units lexicon.
extension NumberParser {
    /// A currency, percent or measure unit after the number, with an optional joining hyphen ("12-cent").
    func suffixUnit(_ j: Int, hasCurrency: Bool) -> (end: Int, info: FigureLexicons.UnitInfo)? {
        var k = j
        if (t(k) == "-"), attached(k), isWord(k + 1), attached(k + 1) { k += 1 }
        guard k < n, let m = lex.suffixUnits.match(toks, at: k) else { return nil }
        let first = toks[k]
        if m.end == k + 1, first.kind == .word, first.text.unicodeScalars.count == 1 {
            // Single letters (m, g, p) only when attached and lower-case: "50p", "100m", not "5G".
            if !first.attached || first.upperFirst { return nil }
        }
        // "3 USD50 cards": a code glued to the next number belongs to it.
        if m.value.kind == .currency, toks[m.end - 1].kind == .word, isNum(m.end), attached(m.end) { return nil }
        return (m.end, m.value)
    }

    /// "MUSD", "MEUR", "MGBP": an upper-case currency code with a leading M for millions.
    static func mightBeMillionCode(_ tok: NToken) -> Bool {
        tok.kind == .word && tok.allUpper && tok.text.utf8.count == 4 && tok.text.utf8.first == 0x6D
    }

    /// The currency of a millions code at token `i` ("30 MUSD", "MAUD 60").
    func millionCurrency(_ i: Int) -> FigureLexicons.UnitInfo? {
        guard i < n, Self.mightBeMillionCode(toks[i]) else { return nil }
        var code = toks[i]
        code.text = String(code.text.dropFirst())
        guard let m = lex.suffixUnits.match([code], at: 0) ?? lex.prefixUnits.match([code], at: 0),
              m.end == 1, m.value.kind == .currency else { return nil }
        return m.value
    }

    func prefixCurrency(_ i: Int) -> (end: Int, info: FigureLexicons.UnitInfo)? {
        guard i < n, let m = lex.prefixUnits.match(toks, at: i) else { return nil }
        if m.end - i >= 2, t(i) == "a" || t(i) == "an", toks[i + 1].spaceBefore { return nil }
        if toks[i].kind == .word, m.end - i == 1, !toks[i].allUpper, toks[i].text.count == 3, !isNum(m.end) { return nil }
        // "$-50.8bn": a sign may come between the currency and the amount.
        let signed = (t(m.end) == "-" || t(m.end) == "\u{2212}") && isNum(m.end + 1) && attached(m.end + 1)
        guard isNum(m.end) || signed || (isWord(m.end) && (isNumberWord(m.end) || t(m.end) == "a")) else { return nil }
        return (m.end, m.value)
    }
}
