/// The state of one scan over a sentence's tokens, the token tests every part of the reader
/// shares, and the parse of one figure at a token: sign, currency before it, the number, its unit,
/// ratio forms ("1 in 5", "one out of three"), the year and score filters, then a range and a qualifier.
struct NumberParser {
    let toks: [NToken]
    let lex: FigureLexicons
    var n: Int { toks.count }
    /// Set by `parse` when it recognised something that is not a figure and should be skipped.
    var skipTo: Int? = nil

    init(toks: [NToken], lex: FigureLexicons) { self.toks = toks; self.lex = lex }

    static func text(_ s: [Unicode.Scalar], _ span: TextSpan) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[span.start..<span.end])
        return String(v)
    }

    /// Words and symbols that can open a number, a non-figure pattern or a range.
    static let triggers = WordSet(ones.keys + teens.keys + tens.keys + bigScales.keys + vaguePlurals.keys + months.keys
        + ["a", "an", "half", "minus", "negative", "-", "−", "+", "percent", "percents", "per",
           "several", "few", "couple", "http", "https", "www", "hundred", "dozen", ".", "#", "quarter"]
        + vulgar.keys)

    /// Words after "X in Y" that make Y a duration or a count of its own, not a ratio's whole.
    static let ratioBlockers: WordSet = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "yrs", "decade", "decades", "century", "centuries", "game", "games",
        "match", "matches", "round", "rounds", "race", "races", "innings", "overs", "attempts", "starts", "tries",
        "appearances", "outings", "seasons", "season", "goals", "points", "%", "percent", "per",
    ]

    @inline(__always) func t(_ i: Int) -> String { i >= 0 && i < n ? toks[i].text : "" }
    @inline(__always) func isNum(_ i: Int) -> Bool { i >= 0 && i < n && toks[i].kind == .number }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < n && toks[i].kind == .word }
    @inline(__always) func attached(_ i: Int) -> Bool { i >= 0 && i < n && !toks[i].spaceBefore }
    func isNumberWord(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let w = t(i)
        return Self.ones[w] != nil || Self.teens[w] != nil || Self.tens[w] != nil
    }

    mutating func parse(at i0: Int) -> NumberMatch? {
        var i = i0
        var negative = false
        var start = i0
        // "minus five", "negative one", "-1"
        if t(i) == "minus" || t(i) == "negative", isNum(i + 1) || isNumberWord(i + 1) {
            negative = true; i += 1
        } else if t(i) == "-" || t(i) == "−", isNum(i + 1),
                  attached(i + 1) && (i == 0 || toks[i].spaceBefore || (!isNum(i - 1) && !isWord(i - 1)))
                    || (i == 0 && !attached(i + 1)) {
            negative = true; i += 1
        }
        // "percent of 10", "per cent of twenty-two"
        if ["percent", "percents", "per"].contains(t(i)) {
            var j = i + 1
            if t(i) == "per" { guard t(j) == "cent" else { return nil }; j += 1 }
            if t(j) == "of", let c = core(j + 1, currency: false), !c.value.isNaN, c.end > j + 1 {
                return NumberMatch(kind: .number, text: "", span: TextSpan(toks[i].start, toks[c.end - 1].end),
                                   value: c.value, low: nil, high: nil, unit: "%", unitKind: .percent, qualifier: nil,
                                   qualifierKind: nil, qualifierSpan: nil, approximate: false, inWords: c.inWords,
                                   fractionOnly: false, firstToken: i, endToken: c.end, qualifierToken: nil)
            }
            return nil
        }
        // Vague: "hundreds of", "tens of thousands", "several hundred", "a few thousand"
        if !negative, let m = vague(at: i) { return qualify(m) }

        var unit: String? = nil
        var unitKind: FigureLexicons.UnitKind? = nil
        var currencyPrefix = false
        var millionCode = false
        if !negative, let p = prefixCurrency(i) {
            unit = p.info.unit; unitKind = p.info.kind; currencyPrefix = true
            i = p.end
            if t(i) == "-" || t(i) == "−", isNum(i + 1), attached(i + 1) { negative = true; i += 1 }
        } else if !negative, isWord(i), let m = lex.suffixUnits.match(toks, at: i), m.value.kind == .currency,
                  toks[i].text.utf8.count > 3, isNum(m.end), !toks[m.end].attached, scales(m.end + 1, currency: true).factor >= 1e3 {
            // "dollar 22.5 million", "rupees 10 crore": a currency word before an amount with a scale
            unit = m.value.unit; unitKind = m.value.kind; currencyPrefix = true
            i = m.end
        } else if !negative, let info = millionCurrency(i), isNum(i + 1) || isNumberWord(i + 1) {
            // "MAUD 60": 60 million Australian dollars
            unit = info.unit; unitKind = info.kind; currencyPrefix = true; millionCode = true
            i += 1
        }
        guard var c = core(i, currency: currencyPrefix) else { return nil }
        if c.value.isNaN { skipTo = c.end; return nil }
        if millionCode {
            guard c.scale == 1 else { return nil }
            c.value *= 1e6; c.scale = 1e6; c.plain = false
        }
        if negative { c.value = -c.value }
        // "The one you mentioned": a pronoun, not a number.
        if c.isOne, !currencyPrefix, Self.pronounOne.contains(t(i - 1)) {
            return nil
        }
        var end = c.end
        // A digit number glued to letters that are no scale or unit ("3D", "4x4", "5G"): an identifier.
        var suffix = suffixUnit(end, hasCurrency: currencyPrefix)
        if suffix == nil, unit == nil, c.scale == 1, let info = millionCurrency(end),
           !attached(end) {
            // "30 MUSD", "48.5 MGBP": millions of a currency
            unit = info.unit; unitKind = info.kind; millionCode = true
            c.value *= 1e6; c.scale = 1e6; c.plain = false
            end += 1
        }
        if suffix == nil, !millionCode, !c.inWords, isWord(end), attached(end) {
            skipTo = end + 1
            return nil
        }
        if let s = suffix {
            let symbol = toks[s.end - 1].kind == .symbol
            // "10 $ 30 $", "10 $ 30 cents": the sign follows its amounts when the next number is
            // followed by the same sign or by cents.
            let signAfter = !currencyPrefix && isNum(s.end) && !toks[s.end].hasDecimal
                && (t(s.end + 1) == t(s.end - 1) || ["cent", "cents"].contains(t(s.end + 1)))
            if symbol, s.info.kind == .currency, currencyPrefix || isNum(s.end), !signAfter {
                suffix = nil  // "$ 20 $ 30": the second "$" opens the next amount
            } else if unit == nil || (unitKind == .currency && s.info.kind == .currency && !symbol && unit.map(s.info.unit.hasSuffix) == true) {
                unit = s.info.unit; unitKind = s.info.kind; end = s.end
                if s.info.kind == .currency {
                    // "75 USD million"
                    if c.scale == 1 { let (f, e) = scales(end, currency: true); if f != 1 { c.value *= f; c.scale = f; end = e } }
                    // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50."
                    var k = end
                    if t(k) == "and" { k += 1 }
                    if unit != "¢", unit != "p", let cc = core(k, currency: false), !cc.value.isNaN, cc.value < 100, cc.value >= 1, cc.scale == 1 {
                        if ["cents", "cent", "p", "pence"].contains(t(cc.end)) {
                            c.value += cc.value / 100; end = cc.end + 1
                        } else if cc.end >= n || (toks[cc.end].kind == .symbol && [".", ",", ";", "!", "?"].contains(t(cc.end)))
                                    || t(k - 1) == "and" && cc.inWords && t(cc.end) == "and" {
                            // "one dollar and fifty.", "one dollar and one and ...": the cents
                            c.value += cc.value / 100; end = cc.end
                        }
                    }
                }
            } else {
                suffix = nil
            }
        }
        // "C$ 100 and fifty.": cents in words after an amount with a currency sign before it.
        if currencyPrefix, suffix == nil, unitKind == .currency, c.scale == 1, t(end) == "and", isNumberWord(end + 1),
           let cc = core(end + 1, currency: false), !cc.value.isNaN, cc.value >= 1, cc.value < 100, cc.scale == 1,
           cc.end >= n || (toks[cc.end].kind == .symbol && [".", ",", ";", "!", "?"].contains(t(cc.end))) {
            c.value += cc.value / 100
            end = cc.end
        }
        // "one over three", "1 out of 3": a ratio (not "$2000 over 3 years").
        if unit == nil, t(end) == "over" || (t(end) == "out" && t(end + 1) == "of") {
            let k = t(end) == "over" ? end + 1 : end + 2
            if let c2 = core(k, currency: false), !c2.value.isNaN, c2.value != 0,
               t(end) == "out" && c.value <= c2.value || t(end) == "over" && !isWord(c2.end) {
                c.value /= c2.value
                c.plain = false
                end = c2.end
            }
        }
        // "1 in 5", "one in twenty-one", "one in a million": a ratio. Not "3 in 2020", "2 in 5 minutes",
        // "5 in 10 days" (a year or a time after it), nor "10 in $5" or "2 in 5%".
        if unit == nil, !negative, t(end) == "in", c.value >= 1, c.value == c.value.rounded(), c.scale == 1 || c.inWords,
           !(c.plain && isYear(i)) {
            let k = end + 1
            if let c2 = core(k, currency: false), !c2.value.isNaN, c2.value > c.value, c2.value == c2.value.rounded(),
               !(c2.plain && isYear(k)),
               suffixUnit(c2.end, hasCurrency: false) == nil, !Self.ratioBlockers.contains(t(c2.end)),
               !(isWord(c2.end) && attached(c2.end)), t(c2.end) != "/", t(c2.end) != "-" {
                c.value /= c2.value
                c.plain = false
                end = c2.end
            }
        }
        // Years: a bare 1800..2100 with nothing around it.
        if c.plain, !currencyPrefix, suffix == nil, isYear(i), !negative {
            let q = lex.qualifiersBefore.match(toks, endingBefore: i0)
            if q == nil || ["over", "under", "since", "some", "about", "around", "by"].contains(t(i0 - 1)) {
                // "1999-2001" too
                if (t(end) == "-" || t(end) == "–" || t(end) == "to"), isYear(end + 1) { skipTo = end + 2; return nil }
                skipTo = end
                return nil
            }
        }
        // Ages: "aged 45", "45-year-old"
        if unit == nil, t(start - 1) == "aged" {
            unit = "years old"; unitKind = .age
        }
        var m = NumberMatch(kind: .number, text: "", span: TextSpan(toks[start].start, toks[end - 1].end),
                            value: c.value, low: nil, high: nil, unit: unit, unitKind: unitKind, qualifier: nil,
                            qualifierKind: nil, qualifierSpan: nil, approximate: false, inWords: c.inWords,
                            fractionOnly: c.fractionOnly, firstToken: start, endToken: end, qualifierToken: nil)
        // Ranges: "10-15", "10 to 15", "between 10 and 15", "from 10 to 15", "$2-3bn", "10%-15%"
        if let r = range(after: m, core: c, currencyPrefix: currencyPrefix) {
            m = r
        } else if c.plain, !c.inWords, (t(end) == "-" || t(end) == "–"), attached(end), isNum(end + 1), attached(end + 1),
                  toks[end + 1].value <= c.value, toks[end + 1].intDigits <= 2, !isWord(end + 2) || !attached(end + 2) {
            // "2-1": a score, not a figure
            if suffix == nil, unit == nil { skipTo = end + 2; return nil }
        }
        start = m.firstToken
        return qualify(m)
    }
}
