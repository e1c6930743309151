/// Numbers written in words: "seven", "twenty-one", "a hundred and five", "two thirds",
/// "one and a half million", "three point two"; ordinals ("twenty-first") are read as no number.
extension NumberParser {
    static let ones: WordTable<Double> = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    static let teens: WordTable<Double> = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordTable<Double> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    static let bigScales: WordTable<Double> = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
        "crore": 1e7, "crores": 1e7,
    ]
    static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
        "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth",
    ]

    enum Last { case none, a, unit, teen, tens, hundred, scale, and, frac, half }

    func wordCore(_ i: Int) -> Core? {
        guard isWord(i) else { return nil }
        var total = 0.0, hundreds = 0.0, small = 0.0
        var last = Last.none
        var j = i
        var end = i
        var any = false
        var fractionOnly = false
        var wholeSeen = false
        var afterAnd = false
        var lastScale = 1.0
        var lastWasFracBeforeScale = false
        var tensVal = 0.0, beforeTens = 0.0, tensAfterAnd = false
        func current() -> Double { hundreds + small }
        loop: while j < n {
            let tok = toks[j]
            if tok.kind != .word {
                if tok.text == "-" || tok.text == "–" {
                    if last == .tens, isWord(j + 1), Self.ones[t(j + 1)] != nil { j += 1; continue }
                    if last == .tens, !tensAfterAnd, beforeTens > 0, isWord(j + 1), let u = Self.ordinalUnits[t(j + 1)], u.1 { j += 1; continue }
                    if last == .hundred || last == .scale, isWord(j + 1), let d = Self.denominators[t(j + 1)], d.1 { j += 1; continue }
                    if last == .unit || last == .tens || last == .teen, isWord(j + 1),
                       let d = Self.denominators[t(j + 1)], d.1 || small == 1, t(j + 1) != "half" { j += 1; continue }
                }
                break
            }
            let w = tok.text
            if let u = Self.ones[w], last == .unit || last == .a, t(j + 1) == "hundred" {
                // "one one hundred (and) fifth": 1/105
                var k = j + 1
                if t(k + 1) == "and" { k += 1 }
                guard let (ou, plural, after) = ordinalUnit(after: k), t(k + 1) != "-" else { break }
                let num = total + current()
                guard num > 0, plural || num == 1 else { break }
                small = num / (u * 100 + ou); total = 0; hundreds = 0
                last = .frac; fractionOnly = true; any = true
                j = after; end = j; continue
            }
            if let u = Self.ones[w] {
                guard [.none, .tens, .hundred, .scale, .and].contains(last) else { break }
                if last == .tens, u == 0 { break }
                small += u; last = .unit; any = true; wholeSeen = true
                j += 1; end = j; continue
            }
            if let tv = Self.tens[w], [.unit, .teen, .tens, .frac].contains(last),
               let (u, plural, after) = ordinalUnit(after: j) {
                // "one twenty-fifth", "three twenty-firsts", "twenty twenty fifths": numerator over an ordinal
                let num = total + current()
                guard num > 0, plural || num == 1 else { break }
                small = num / (tv + u); total = 0; hundreds = 0
                last = .frac; fractionOnly = true; any = true
                j = after; end = j; continue
            }
            if let u = Self.teens[w] ?? Self.tens[w] {
                guard [.none, .hundred, .scale, .and].contains(last) else { break }
                if Self.tens[w] != nil { tensVal = u; beforeTens = total + current(); tensAfterAnd = last == .and }
                small += u; last = Self.tens[w] != nil ? .tens : .teen; any = true; wholeSeen = true
                j += 1; end = j; continue
            }
            if w == "hundred" {
                guard [.none, .a, .unit, .teen, .tens].contains(last), hundreds == 0 else { break }
                if last == .none, j > i { break }
                hundreds = (small == 0 ? 1 : small) * 100; small = 0
                last = .hundred; any = true; wholeSeen = true
                j += 1; end = j; continue
            }
            if let s = Self.bigScales[w] {
                guard [.a, .unit, .teen, .tens, .hundred, .scale, .frac, .half].contains(last) else { break }
                lastWasFracBeforeScale = (last == .frac || last == .half) && total == 0
                lastScale = s
                if last == .scale { total *= s } else {
                    let c = current() == 0 ? 1 : current()
                    total += c * s
                }
                hundreds = 0; small = 0; last = .scale; any = true; wholeSeen = true; fractionOnly = false
                j += 1; end = j; continue
            }
            if w == "dozen" || (w == "dozens" && any) || w == "dzs" || w == "dozs" {
                guard [.a, .unit, .teen, .tens, .half].contains(last) else { break }
                small = (small == 0 ? 1 : small) * 12
                last = .scale; any = true; wholeSeen = true; fractionOnly = false
                j += 1; end = j; continue
            }
            if w == "a" || w == "an" {
                guard last == .none, j == i else { break }
                let nx = t(j + 1)
                if nx == "hundred" || nx == "dozen" || Self.bigScales[nx] != nil {
                    small = 1; last = .a; j += 1; continue
                }
                if Self.tens[nx] != nil, ordinalUnit(after: j + 1) != nil {
                    small = 1; last = .unit; any = true; j += 1; continue
                }
                if nx == "quarter" || nx == "half", Self.bigScales[t(j + 2)] != nil {
                    last = .a; j += 1; continue
                }
                if let d = Self.denominators[nx], !d.1, nx != "second" {
                    small = 1 / d.0; last = .frac; any = true; fractionOnly = true
                    j += 2; end = j; continue
                }
                break
            }
            if w == "quarter", last == .none || last == .a, Self.bigScales[t(j + 1)] != nil {
                small = 0.25; last = .half; any = true; j += 1; end = j; continue
            }
            if w == "half" {
                if last == .none {
                    // "half a dozen", "half a million", "half million", "half"
                    if t(j + 1) == "a", t(j + 2) == "dozen" || Self.bigScales[t(j + 2)] != nil {
                        small = 0.5; last = .half; any = true; j += 2; end = j - 1; continue
                    }
                    small = 0.5; last = .half; any = true; fractionOnly = true
                    j += 1; end = j; continue
                }
            }
            if w == "and" {
                // "one and a half", "three and a quarter"
                if any, t(j + 1) == "a" || t(j + 1) == "one",
                   let d = Self.denominators[t(j + 2)] ?? Self.tensOrdinals[t(j + 2)].map({ ($0, false) }), !d.1,
                   [.unit, .teen, .tens, .hundred, .scale].contains(last) {
                    if last == .scale {
                        // "one billion and a half million" -> 1,000,500,000: the fraction of a smaller scale
                        if let s3 = Self.bigScales[t(j + 3)] {
                            guard s3 < lastScale else { break }
                            total += s3 / d.0
                            j += 4; end = j; last = .frac; continue
                        }
                        // "one million and a half" -> 1.5 million
                        total += lastScale / d.0
                        j += 3; end = j; last = .frac; continue
                    }
                    small += 1 / d.0; last = .frac
                    j += 3; end = j; continue
                }
                // "twenty and three fifths", "two and fifty-four hundredths", "two hundred and three
                // quarters", "five billion and three quarters", "one billion and three quarters million"
                // (a proper fraction only: "one hundred and thirty-two fifths" is 132/5, read below)
                if any, [.unit, .teen, .tens, .hundred, .scale].contains(last), isNumberWord(j + 1),
                   let sub = wordCore(j + 1), !sub.value.isNaN,
                   sub.fractionScale > 0 && last == .scale && sub.fractionScale < lastScale
                    || sub.endsInFraction && sub.fractionScale == 0 && sub.value < 1 {
                    if sub.fractionScale > 0 {
                        // "... and three quarters million": a fraction of a smaller scale
                        total += sub.value
                    } else if last == .scale { total += lastScale * sub.value } else { small += sub.value }
                    last = .frac
                    j = sub.end; end = j; continue
                }
                guard [.hundred, .scale].contains(last), isNumberWord(j + 1) else { break }
                last = .and; afterAnd = true; j += 1; continue
            }
            if w == "point", any, !fractionOnly, isNumberWord(j + 1) {
                var k = j + 1
                var digits = ""
                while isNumberWord(k) {
                    let x = t(k)
                    if let u = Self.ones[x] { digits += String(Int(u)) } else if let u = Self.teens[x] { digits += String(Int(u)) } else if let u = Self.tens[x] {
                        if t(k + 1) == "-", let one = Self.ones[t(k + 2)] {
                            digits += String(Int(u + one)); k += 2
                        } else if let one = Self.ones[t(k + 1)], one > 0 {
                            digits += String(Int(u + one)); k += 1
                        } else { digits += String(Int(u)) }
                    }
                    k += 1
                }
                small += Double("0." + digits) ?? 0
                end = k; j = k
                break loop
            }
            if last == .tens, !tensAfterAnd, beforeTens > 0, let u = Self.ordinalUnits[w], u.1 || beforeTens == 1 {
                small = beforeTens / (tensVal + u.0); total = 0; hundreds = 0
                last = .frac; fractionOnly = true
                j += 1; end = j; continue
            }
            if let d = Self.denominators[w], [.unit, .teen, .tens, .hundred, .scale].contains(last), total + current() > 0 {
                if !d.1 && (total + current()) != 1 { break }
                if afterAnd && last == .unit && small < 10 {
                    // "one hundred and three quarters": a mixed number
                    small = small / d.0
                } else {
                    // "twenty-three fifths", "a hundred trillionths": the whole number over the denominator
                    small = (total + current()) / d.0; total = 0; hundreds = 0
                    fractionOnly = true
                }
                last = .frac
                j += 1; end = j; continue
            }
            break
        }
        guard any, end > i else { return nil }
        // "two thirds of a million"
        if last == .frac, t(end) == "of", t(end + 1) == "a", let s = Self.bigScales[t(end + 2)] {
            small *= s; total = 0; end += 3; fractionOnly = false
        }
        // Ordinals: "twenty-first", "one hundred and fifth" are not figures.
        if [.tens, .hundred, .scale].contains(last) {
            var k = end
            if t(k) == "-", attached(k) { k += 1 }
            if isWord(k), Self.ordinalWords.contains(t(k)) { return Core(value: .nan, end: k + 1, inWords: true) }
        }
        var core = Core(value: total + current(), end: end, inWords: true)
        core.endsInFraction = last == .frac
        if last == .scale, lastWasFracBeforeScale { core.fractionScale = lastScale }
        core.fractionOnly = fractionOnly && !wholeSeen
        core.isOne = end == i + 1 && t(i) == "one"
        return core
    }
}
