/// Two bounds read as one range: "10-15", "between 10 and 15", "$2-3bn", and "at least 20 and at
/// most 100"; a change ("rose from 10 to 15") stays two figures.
extension NumberParser {
    static let changeVerbs: WordSet = [
        "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
        "increase", "increased", "increases", "increasing", "decrease", "decreased", "decreases",
        "cut", "cuts", "raise", "raised", "raises", "grew", "grow", "grows", "grown", "drop",
        "dropped", "drops", "jump", "jumped", "jumps", "climb", "climbed", "climbs", "reduce",
        "reduced", "reduces", "lower", "lowered", "slash", "slashed", "boost", "boosted", "up", "down",
        "soar", "soared", "plunge", "plunged", "slip", "slipped", "slid", "trimmed", "lifted", "revised",
        "moved", "changed", "went", "shrank", "shrunk", "expanded", "doubled", "tripled", "halved",
        "surged", "tumbled", "dipped", "sank", "eased", "widened", "narrowed", "improved", "upgraded",
        "downgraded", "extended", "hiked", "rising", "gained", "lost",
    ]

    func range(after m: NumberMatch, core c: NumberParser.Core, currencyPrefix: Bool) -> NumberMatch? {
        let end = m.endToken
        let conn = t(end)
        let startWord = t(m.firstToken - 1)
        let between = startWord == "between"
        let from = startWord == "from"
        var ok = false
        switch conn {
        case "-", "–", "~", "—": ok = conn != "—" || attached(end)
        case "to", "through", "thru": ok = true
        case "and": ok = between
        case "or": ok = c.inWords && !between
        default: ok = false
        }
        guard ok else { return nil }
        // "rose from 10 to 15": a change, two figures.
        if conn == "to" || conn == "through" {
            let s = from ? m.firstToken - 1 : m.firstToken
            for k in max(0, s - 3)..<s where Self.changeVerbs.contains(t(k)) { return nil }
            if !from, t(m.firstToken - 1) == "by" { return nil }
        }
        var j = end + 1
        var unit2: String? = nil
        var kind2: FigureLexicons.UnitKind? = nil
        if let p = prefixCurrency(j) { unit2 = p.info.unit; kind2 = p.info.kind; j = p.end }
        var neg2 = false
        if t(j) == "-", isNum(j + 1), attached(j + 1), conn != "-" { neg2 = true; j += 1 }
        guard let c2 = core(j, currency: currencyPrefix || unit2 != nil), !c2.value.isNaN else { return nil }
        if c.inWords != c2.inWords, conn == "or" { return nil }
        if isYear(j), c2.plain, c.plain, isYear(m.firstToken) { return nil }
        var e2 = c2.end
        if !c2.inWords, isWord(e2), attached(e2), suffixUnit(e2, hasCurrency: false) == nil, c2.scale == 1 { return nil }
        if let s = suffixUnit(e2, hasCurrency: currencyPrefix || unit2 != nil) {
            if unit2 == nil { unit2 = s.info.unit; kind2 = s.info.kind }
            e2 = s.end
        }
        var v1 = m.value ?? 0
        let v2 = neg2 ? -c2.value : c2.value
        if c.scale == 1, c2.scale != 1, v1 * c2.scale <= v2 { v1 *= c2.scale }
        guard v2 > v1 else { return nil }
        if let u1 = m.unit, let u2 = unit2, u1 != u2, !(m.unitKind == .currency && kind2 == .currency) { return nil }
        var r = m
        r.kind = .range
        r.value = nil
        r.low = v1
        r.high = v2
        r.unit = m.unit ?? unit2
        r.unitKind = m.unitKind ?? kind2
        r.approximate = true
        r.inWords = c.inWords && c2.inWords
        if between || from {
            r.firstToken -= 1
        }
        r.span = TextSpan(toks[r.firstToken].start, toks[e2 - 1].end)
        r.endToken = e2
        return r
    }

    /// "at least 20 and at most 100", "more than 10 and less than 20": two bounds make a range.
    func mergeBounds(_ ms: [NumberMatch], _ scalars: [Unicode.Scalar]) -> [NumberMatch] {
        guard ms.count > 1 else { return ms }
        var out: [NumberMatch] = []
        var k = 0
        while k < ms.count {
            let a = ms[k]
            if k + 1 < ms.count, let ka = a.qualifierKind, ka != .approx, a.kind == .number,
               let kb = ms[k + 1].qualifierKind, kb != .approx, kb != ka, ms[k + 1].kind == .number,
               let bq = ms[k + 1].qualifierToken, let va = a.value, let vb = ms[k + 1].value {
                let gap = (a.endToken..<bq).map { t($0) }
                let lo = ka == .min ? va : vb, hi = ka == .min ? vb : va
                if gap.count <= 2, gap.allSatisfy({ ["and", "but", ",", "or"].contains($0) }), !gap.contains("or"), lo < hi {
                    var r = a
                    let b = ms[k + 1]
                    r.kind = .range; r.value = nil; r.low = lo; r.high = hi
                    r.unit = a.unit ?? b.unit; r.unitKind = a.unitKind ?? b.unitKind
                    let s0 = a.qualifierToken ?? a.firstToken
                    r.span = TextSpan(toks[s0].start, b.span.end)
                    r.text = NumberParser.text(scalars, r.span)
                    r.qualifier = nil; r.qualifierKind = nil; r.qualifierSpan = nil; r.qualifierToken = nil
                    r.firstToken = s0; r.endToken = b.endToken
                    out.append(r)
                    k += 2
                    continue
                }
            }
            out.append(a)
            k += 1
        }
        return out
    }
}
