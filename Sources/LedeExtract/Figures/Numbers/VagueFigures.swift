/// Plural scales that stand for a range: "hundreds of", "tens of thousands", "several hundred",
/// "a few thousand".
extension NumberParser {
    static let vaguePlurals: WordTable<Double> = [
        "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
        "billions": 1e9, "trillions": 1e12,
    ]

    func vague(at i: Int) -> NumberMatch? {
        guard isWord(i) else { return nil }
        var j = i
        var base: Double
        var lowFactor = 2.0, highFactor = 10.0
        if let p = Self.vaguePlurals[t(i)] {
            // "three thousands" is not vague; "tens" alone is not a figure
            if isNum(i - 1) || isNumberWord(i - 1) { return nil }
            base = p
            j = i + 1
            if t(j) == "of" || t(j) == "upon", let p2 = Self.vaguePlurals[t(j + 1)], p2 > p, p2 >= 1000 {
                base *= p2
                j += 2
            } else if p == 10 || p == 20 {
                return nil
            }
            if p == 12 { highFactor = 100 / 12 }
        } else if ["several", "few", "couple"].contains(t(i)) {
            var k = i + 1
            if t(i) == "couple", t(k) == "of" { k += 1 }
            if t(i) != "several", t(i - 1) != "a" { return nil }
            guard let s = Self.bigScales[t(k)] ?? (t(k) == "hundred" ? 100 : (t(k) == "dozen" ? 12 : nil)) else { return nil }
            base = s
            j = k + 1
            while let s2 = Self.bigScales[t(j)], s2 > 100 || base < 1000 { base *= s2; j += 1 }
            lowFactor = t(i) == "couple" ? 2 : (t(i) == "few" ? 2 : 3)
            highFactor = t(i) == "couple" ? 3 : 10
        } else {
            return nil
        }
        let start = (t(i - 1) == "a" && (t(i) == "few" || t(i) == "couple")) ? i - 1 : i
        let low = base * lowFactor
        let high = base * highFactor - 1
        return NumberMatch(kind: .vague, text: "", span: TextSpan(toks[start].start, toks[j - 1].end), value: low,
                           low: low, high: high, unit: nil, unitKind: nil, qualifier: nil, qualifierKind: nil,
                           qualifierSpan: nil, approximate: true, inWords: true, fractionOnly: false,
                           firstToken: start, endToken: j, qualifierToken: nil)
    }
}
