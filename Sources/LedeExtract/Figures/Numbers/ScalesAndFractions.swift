/// Scale words and suffixes ("million", "bn", "10k", "a dozen") and the fraction words and
/// signs ("thirds", "twenty-fifths", "½") the digit and word readers share.
extension NumberParser {
    static let denominators: WordTable<(Double, Bool)> = [  // (denominator, plural)
        "half": (2, false), "halves": (2, true), "third": (3, false), "thirds": (3, true),
        "quarter": (4, false), "quarters": (4, true), "fourth": (4, false), "fourths": (4, true),
        "fifth": (5, false), "fifths": (5, true), "sixth": (6, false), "sixths": (6, true),
        "seventh": (7, false), "sevenths": (7, true), "eighth": (8, false), "eighths": (8, true),
        "ninth": (9, false), "ninths": (9, true), "tenth": (10, false), "tenths": (10, true),
        "hundredth": (100, false), "hundredths": (100, true), "thousandth": (1000, false),
        "thousandths": (1000, true), "millionth": (1e6, false), "millionths": (1e6, true),
        "billionth": (1e9, false), "billionths": (1e9, true), "trillionth": (1e12, false), "trillionths": (1e12, true),
    ]
    /// Ordinal units that close a compound denominator: "twenty-fifth", "twenty-firsts".
    static let ordinalUnits: WordTable<(Double, Bool)> = [
        "first": (1, false), "firsts": (1, true), "second": (2, false), "seconds": (2, true),
        "third": (3, false), "thirds": (3, true), "fourth": (4, false), "fourths": (4, true),
        "fifth": (5, false), "fifths": (5, true), "sixth": (6, false), "sixths": (6, true),
        "seventh": (7, false), "sevenths": (7, true), "eighth": (8, false), "eighths": (8, true),
        "ninth": (9, false), "ninths": (9, true),
    ]
    /// Ordinals used as denominators only after "and a": "two hundred and a thirtieth".
    static let tensOrdinals: WordTable<Double> = [
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    ]

    static let vulgar: WordTable<Double> = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

    /// An ordinal unit right after token `k` (or after a glued hyphen): (value, plural, index after).
    func ordinalUnit(after k: Int) -> (Double, Bool, Int)? {
        var j = k + 1
        if t(j) == "-" || t(j) == "–" { j += 1 }
        guard isWord(j), let u = Self.ordinalUnits[t(j)] else { return nil }
        return (u.0, u.1, j + 1)
    }

    /// Words after "400m", and race distances, that make its "m" metres rather than millions.
    static let trackWords: WordSet = [
        "hurdles", "freestyle", "relay", "race", "sprint", "final", "butterfly", "breaststroke", "backstroke",
        "medley", "record", "event", "title", "run", "dash", "gold", "silver", "bronze", "champion", "indoor",
        "indoors", "outdoor", "heat", "heats", "semi", "metres", "world", "olympic", "personal", "season",
        "victory", "win", "crown", "race", "races", "in", "at", "high", "long", "deep", "wide", "tall", "away",
    ]
    static let trackDistances: Set<Double> = [50, 60, 100, 110, 200, 300, 400, 800, 1000, 1500, 3000, 5000, 10000]

    /// Scale words and suffixes after a digit number: "2 million", "10k", "£600m", "2.5bn", "3 dozens".
    func scales(_ j0: Int, currency: Bool, value: Double = 0, decimal: Bool = false) -> (factor: Double, end: Int) {
        var j = j0
        var factor = 1.0
        var last = Double.infinity
        while isWord(j) {
            let w = toks[j]
            let boundary = !isWord(j + 1) || !attached(j + 1) && !isWord(j + 1)
            var s: Double? = nil
            switch w.text {
            case "hundred": s = w.attached ? nil : 100
            case "thousand": s = 1e3
            case "million", "mn", "mln": s = 1e6
            case "mil": s = 1e6
            case "billion", "bn", "bln": s = 1e9
            case "trillion", "tn", "trn", "tln": s = 1e12
            case "lakh", "lakhs": s = 1e5
            case "crore", "crores": s = 1e7
            case "k": s = (w.attached || boundary) ? 1e3 : nil
            case "m":
                if currency { s = 1e6 } else if w.allUpper && (w.attached || boundary) && !isWord(j + 1) { s = 1e6 } else if w.attached, !w.upperFirst, j == j0 {
                    // "242m shares" (BBC style) is a million; "400m hurdles", "a 100m-high tower" are metres.
                    let metres = (!decimal && Self.trackDistances.contains(value)) || Self.trackWords.contains(t(j + 1)) || t(j + 1) == "-"
                    s = metres ? nil : 1e6
                }
            case "mm": s = w.allUpper ? 1e6 : nil
            case "b": s = (w.attached && (boundary || currency)) ? 1e9 : nil
            case "g": s = (w.allUpper && !isWord(j + 1)) ? 1e9 : nil
            case "dozen", "dozens", "dzs", "dozs", "doz": s = 12
            default: s = nil
            }
            guard let sc = s else { break }
            if sc == 100, last < 100 { break }
            factor *= sc
            last = sc
            j += 1
        }
        return (factor, j)
    }
}
