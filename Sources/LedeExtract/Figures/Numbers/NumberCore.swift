import Foundation

/// The core of a number, before its unit, range or qualifier: a vulgar fraction, digits (with
/// exponent, scale and fraction forms: "1e10", "2.5bn", "2 1/4", "4 thousand 3 hundred") or words.
extension NumberParser {
    struct Core {
        var value: Double
        var end: Int
        var inWords: Bool
        var scale: Double = 1
        var plain: Bool = false  // one digit token, nothing else
        var fractionOnly: Bool = false
        var isOne: Bool = false
        /// Words only: the number ends in a fraction ("three fifths", "fifty-four hundredths").
        var endsInFraction: Bool = false
        /// Words only: a fraction of a scale ("three quarters million", "half a million"): the scale.
        var fractionScale: Double = 0
    }

    func core(_ i: Int, currency: Bool) -> Core? {
        if let v = Self.vulgar[t(i)] {
            var c = Core(value: v, end: i + 1, inWords: false)
            c.fractionOnly = true
            return c
        }
        if isNum(i), let v = Self.vulgar[t(i + 1)], attached(i + 1), !toks[i].hasDecimal {
            // "2½"
            let (f, e) = scales(i + 2, currency: currency)
            var c = Core(value: (toks[i].value + v) * f, end: e, inWords: false, scale: f)
            c.plain = false
            return c
        }
        if isNum(i) { return digitCore(i, currency: currency) }
        return wordCore(i)
    }

    func digitCore(_ i: Int, currency: Bool) -> Core? {
        guard isNum(i) else { return nil }
        let tok = toks[i]
        var v = tok.value
        var j = i + 1
        var plain = true
        // Exponent: 1e10, 12.32e+14, -12e-1
        if isWord(j), attached(j), t(j) == "e", isNum(j + 1) || ((t(j + 1) == "+" || t(j + 1) == "-") && isNum(j + 2)) {
            var k = j + 1
            var sign = 1.0
            if t(k) == "+" || t(k) == "-" { if !attached(k) { return nil }; sign = t(k) == "-" ? -1 : 1; k += 1 }
            if isNum(k), attached(k), !toks[k].hasDecimal {
                v *= pow(10, sign * toks[k].value)
                j = k + 1
                plain = false
            }
        }
        // Scientific notation: 1.3x10^6, 6.23×10^-4
        if t(j) == "x" || t(j) == "×", attached(j), isNum(j + 1), attached(j + 1), toks[j + 1].value == 10,
           !toks[j + 1].hasDecimal, t(j + 2) == "^", attached(j + 2) {
            var k = j + 3
            var neg = false
            while (t(k) == "-" || t(k) == "+" || t(k) == "−"), attached(k) { if t(k) != "+" { neg.toggle() }; k += 1 }
            if isNum(k), attached(k), !toks[k].hasDecimal {
                v *= pow(10, neg ? -toks[k].value : toks[k].value)
                j = k + 1
                plain = false
            }
        }
        // Power: 1.1^23, 2.5^-1
        if t(j) == "^", attached(j) {
            var k = j + 1
            var neg = false
            while (t(k) == "-" || t(k) == "+"), attached(k) { if t(k) == "-" { neg.toggle() }; k += 1 }
            if isNum(k), attached(k) {
                v = pow(v, neg ? -toks[k].value : toks[k].value)
                j = k + 1
                plain = false
            }
        }
        // Fractions: 3/4, 2 1/4 (only everyday denominators, so 9/11 and 24/7 stay apart)
        let fractionDenoms: Set<Double> = [2, 3, 4, 5, 6, 8, 10, 16, 100]
        if plain, t(j) == "/", attached(j), isNum(j + 1), attached(j + 1), !tok.hasDecimal,
           fractionDenoms.contains(toks[j + 1].value), toks[j + 1].value > v, !(t(j + 2) == "/") {
            v /= toks[j + 1].value
            j += 2
            plain = false
        } else if plain, !tok.hasDecimal, isNum(j), !attached(j), t(j + 1) == "/", attached(j + 1), isNum(j + 2),
                  attached(j + 2), toks[j].value < toks[j + 2].value, fractionDenoms.contains(toks[j + 2].value),
                  !(t(j + 3) == "/") {
            v += toks[j].value / toks[j + 2].value
            j += 3
            plain = false
        }
        var (f, e) = scales(j, currency: currency, value: v, decimal: tok.hasDecimal)
        if f != 1 { plain = false }
        var total = v * f
        if f >= 1e3, t(e) == "and", t(e + 1) == "a" || t(e + 1) == "one", let d = Self.denominators[t(e + 2)], !d.1,
           Self.bigScales[t(e + 3)] == nil {
            total += f / d.0
            e += 3
        }
        // "4 thousand 3 hundred and 21", "6 crore and two hundred": smaller parts added on.
        if f >= 100, f == f.rounded(), [100.0, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12].contains(f), !currency {
            var last = f
            var k = e
            while true {
                var k2 = k
                if t(k2) == "and" { k2 += 1 }
                guard let part = isNum(k2) ? { () -> (Double, Int, Double)? in
                    guard !toks[k2].hasDecimal, !toks[k2].hasSeparator else { return nil }
                    let (f2, e2) = scales(k2 + 1, currency: false)
                    return (toks[k2].value * f2, e2, f2)
                }() : (isNumberWord(k2) ? wordCore(k2).map { ($0.value, $0.end, 1.0) } : nil) else { break }
                guard !part.0.isNaN, part.0 < last, part.2 < last else { break }
                if part.2 == 1, t(k2 - 1) != "and", last > 100 { break }
                total += part.0
                last = part.2 == 1 ? 1 : part.2
                k = part.1
                if part.2 == 1 { break }
            }
            e = k
        }
        var core = Core(value: total, end: e, inWords: false, scale: f)
        core.plain = plain
        // "3 hundred and 21", "4 thousand 3 hundred"
        return core
    }
}
