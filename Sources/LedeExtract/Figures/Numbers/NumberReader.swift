import Foundation

/// A number read from text: a value or a range, with its unit and qualifier.
public struct NumberMatch: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// One value: "1,205", "seven", "$2.5bn", "12%".
        case number
        /// Two bounds: "10-15", "10 to 15", "between 10 and 15".
        case range
        /// A plural scale: "hundreds of", "tens of thousands", "several hundred".
        case vague
    }
    public var kind: Kind
    /// The number as written, with its unit ("$2.5bn", "between 10 and 15"), without the qualifier.
    public var text: String
    /// Unicode-scalar offsets into the text that was read.
    public var span: TextSpan
    /// The value; for ranges nil, for vague figures the lower bound.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// "%", "$", "£", "€", "km", "years old", ...
    public var unit: String?
    public var unitKind: FigureLexicons.UnitKind?
    /// "about", "at least", "more than", "up to", "or more" ...
    public var qualifier: String?
    public var qualifierKind: FigureLexicons.QualifierKind?
    public var qualifierSpan: TextSpan?
    /// True for qualified, ranged and vague figures.
    public var approximate: Bool
    /// Written in words only ("seven", "a dozen"), with no digits.
    public var inWords: Bool
    /// A bare fraction or "half" with no whole number ("two thirds", "half").
    public var fractionOnly: Bool
    // Token indices (into the reader's tokens) of the number and of its qualifier.
    var firstToken: Int
    var endToken: Int
    var qualifierToken: Int?

    /// The lower and upper bounds this match stands for: a value v gives (v, v); "at least v" gives
    /// (v, nil); "up to v" gives (nil, v); a range gives its bounds.
    public var bounds: (low: Double?, high: Double?) {
        if kind == .range || kind == .vague { return (low, high) }
        switch qualifierKind {
        case .min?: return (value, nil)
        case .max?: return (nil, value)
        default: return (value, value)
        }
    }
}

/// Reads numbers, ranges, percentages and amounts of money out of text with a hand-written scanner.
///
/// Not read (on purpose): dates ("March 14, 2022", "14 March", "2022-03-12", "5/17/2018"), years
/// (a bare 1800-2100 with no unit, scale or qualifier), times ("10:30", "3 pm"), ordinals ("1st",
/// "third"), decades ("1990s"), phone numbers, labels ("page 5", "section 3", "No. 7",
/// "Article 5", "Covid-19", "G20", "F-16"), scores ("2-1"). Ages are read, with unit "years old".
public struct NumberReader: Sendable {
    public let lexicons: FigureLexicons

    public init(lexicons: FigureLexicons = .standard) { self.lexicons = lexicons }

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
            if toks[i].kind != .number, !NumberParser.triggers.contains(toks[i].text),
               lexicons.prefixUnits.byFirst[toks[i].text] == nil, !NumberParser.mightBeMillionCode(toks[i]),
               !(i + 1 < toks.count && toks[i + 1].kind == .number && lexicons.suffixUnits.byFirst[toks[i].text] != nil) {
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
}

// MARK: - Parser

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

    // MARK: word tables

    /// Words and symbols that can open a number, a non-figure pattern or a range.
    static let triggers: Set<String> = {
        var s = Set<String>()
        for d in [ones, teens, tens, bigScales, vaguePlurals] { s.formUnion(d.keys) }
        s.formUnion(months.keys)
        s.formUnion(["a", "an", "half", "minus", "negative", "-", "−", "+", "percent", "percents", "per",
                     "several", "few", "couple", "http", "https", "www", "hundred", "dozen", ".", "#", "quarter"])
        s.formUnion(vulgar.keys)
        return s
    }()

    static let ones: [String: Double] = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    static let teens: [String: Double] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    static let bigScales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
        "crore": 1e7, "crores": 1e7,
    ]
    static let denominators: [String: (Double, Bool)] = [  // (denominator, plural)
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
    static let ordinalUnits: [String: (Double, Bool)] = [
        "first": (1, false), "firsts": (1, true), "second": (2, false), "seconds": (2, true),
        "third": (3, false), "thirds": (3, true), "fourth": (4, false), "fourths": (4, true),
        "fifth": (5, false), "fifths": (5, true), "sixth": (6, false), "sixths": (6, true),
        "seventh": (7, false), "sevenths": (7, true), "eighth": (8, false), "eighths": (8, true),
        "ninth": (9, false), "ninths": (9, true),
    ]
    /// Ordinals used as denominators only after "and a": "two hundred and a thirtieth".
    static let tensOrdinals: [String: Double] = [
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    ]
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
        "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth",
    ]
    static let vaguePlurals: [String: Double] = [
        "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
        "billions": 1e9, "trillions": 1e12,
    ]
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
        "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    /// Words before a number that make it a label, not a figure.
    static let labels: Set<String> = [
        "page", "pages", "pp", "section", "sections", "chapter", "chapters", "article", "articles",
        "clause", "paragraph", "para", "nr", "nrs", "nos", "room", "flight", "route", "platform", "gate",
        "vol", "volume", "episode", "season", "part", "level", "stage", "phase", "grade", "category",
        "tier", "step", "exercise", "exercises", "verse", "psalm", "rule", "resolution", "amendment",
        "version", "highway", "interstate", "bus", "channel", "apollo", "track", "item", "figure",
        "fig", "table", "appendix", "annex", "lot", "suite", "ward", "precinct", "zone", "ref", "model",
        "mk", "windows", "iphone", "playstation", "xbox", "number", "psalms", "surah", "row", "seat",
        "box", "jersey", "shirt", "bay", "door", "house", "street", "road", "avenue", "district",
        "division", "league", "formula", "squad",
    ]
    /// Words before "one" that make it a pronoun: "the last one", "which one".
    static let pronounOne: Set<String> = [
        "the", "this", "that", "which", "every", "any", "each", "no", "another", "someone", "no-one", "first",
        "last", "next", "previous", "current", "right", "wrong", "other", "little", "only", "big", "new", "old",
        "good", "same", "better", "best", "latest", "final", "second", "third", "loved", "younger", "older",
    ]
    /// Words after "X in Y" that make Y a duration or a count of its own, not a ratio's whole.
    static let ratioBlockers: Set<String> = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "yrs", "decade", "decades", "century", "centuries", "game", "games",
        "match", "matches", "round", "rounds", "race", "races", "innings", "overs", "attempts", "starts", "tries",
        "appearances", "outings", "seasons", "season", "goals", "points", "%", "percent", "per",
    ]
    static let timeWords: Set<String> = ["am", "pm", "gmt", "bst", "utc", "edt", "est", "cet", "cst", "pst", "hrs", "gmt+"]
    static let changeVerbs: Set<String> = [
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

    // MARK: helpers

    @inline(__always) func t(_ i: Int) -> String { i >= 0 && i < n ? toks[i].text : "" }
    @inline(__always) func isNum(_ i: Int) -> Bool { i >= 0 && i < n && toks[i].kind == .number }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < n && toks[i].kind == .word }
    @inline(__always) func attached(_ i: Int) -> Bool { i >= 0 && i < n && !toks[i].spaceBefore }
    func isMonth(_ i: Int) -> Bool {
        guard isWord(i), Self.months[t(i)] != nil else { return false }
        let w = t(i)
        if w == "may" || w == "march" || w == "mar" || w == "jan" || w == "dec" || w == "sep" || w == "aug" {
            return toks[i].upperFirst && !toks[i].allUpper || (w != "may" && w != "march")
                && toks[i].upperFirst
        }
        return true
    }
    func isDay(_ i: Int) -> Bool {
        isNum(i) && !toks[i].hasDecimal && !toks[i].hasSeparator && toks[i].intDigits <= 2
            && toks[i].value >= 1 && toks[i].value <= 31
    }
    func isYear(_ i: Int) -> Bool {
        isNum(i) && !toks[i].hasDecimal && !toks[i].hasSeparator && toks[i].intDigits == 4
            && toks[i].value >= 1800 && toks[i].value <= 2100
    }
    func isNumberWord(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let w = t(i)
        return Self.ones[w] != nil || Self.teens[w] != nil || Self.tens[w] != nil
    }

    // MARK: things that look like numbers but are not figures

    /// If token `i` starts a date, time, ordinal, phone number, label or identifier, the index after it.
    mutating func nonFigure(at i: Int) -> Int? {
        let tok = toks[i]
        if tok.kind == .word {
            // URLs and e-mail-like runs: skip to the next whitespace.
            if (tok.text == "http" || tok.text == "https") && t(i + 1) == ":" || tok.text == "www" && t(i + 1) == "." {
                var j = i + 1
                while j < n, !toks[j].spaceBefore { j += 1 }
                return j
            }
            // "March 14, 2022", "March 2022", "Sept. 30"
            if isMonth(i) {
                var j = i + 1
                if t(j) == ".", attached(j) { j += 1 }
                if isDay(j) {
                    j += 1
                    if isWord(j), attached(j), ["st", "nd", "rd", "th"].contains(t(j)) { j += 1 }
                    if t(j) == ",", isYear(j + 1) { j += 2 } else if isYear(j) { j += 1 }
                    return j
                }
                if isYear(j) { return j + 1 }
            }
            return nil
        }
        if tok.kind == .symbol {
            // Phone numbers: "+1-222-2222".
            if tok.text == "+", isNum(i + 1), attached(i + 1), i == 0 || toks[i].spaceBefore || !isNum(i - 1) {
                return phoneRun(i + 1)
            }
            return nil
        }
        // Numbers.
        let prevWordAttached = i > 0 && attached(i) && isWord(i - 1)
        if prevWordAttached {
            // "G20", "MH17" (a currency code before it was already read as a prefix).
            return i + 1
        }
        if t(i - 1) == "-" || t(i - 1) == "–", attached(i), attached(i - 1), isWord(i - 2) {
            // "F-16", "Covid-19", "mid-2020", "SCP-173"
            return i + 1
        }
        if (t(i - 1) == "." || t(i - 1) == "#"), i >= 2, isWord(i - 2),
           ["no", "nos", "nr", "nrs", "p", "pp", "vol", "fig", "ch", "art", "sec", "op", "ex"].contains(t(i - 2)) {
            return labelRun(i)
        }
        if t(i - 1) == "#" && attached(i) { return labelRun(i) }
        if isWord(i - 1), Self.labels.contains(t(i - 1)) || (t(i - 1) == "no" && toks[i - 1].upperFirst) {
            // "page 5", "Article 5", "No 10" (but "the number of" is not a label: needs the number right after)
            if !(t(i - 1) == "number" && !toks[i - 1].upperFirst && t(i - 2) != "the") || true {
                if t(i - 1) == "number" && t(i - 2) != "the" && !toks[i - 1].upperFirst {
                    // "a number 5" is rare; "the number 5" or "Number 10" is a label.
                } else { return labelRun(i) }
            }
        }
        // Dates: "14 March", "14th of March", "2022-03-12", "5/17/2018", "1995-01".
        if isDay(i) {
            var j = i + 1
            if isWord(j), attached(j), ["st", "nd", "rd", "th"].contains(t(j)) { j += 1 }
            if t(j) == "of" { j += 1 }
            if isMonth(j) || (isWord(j) && Self.months[t(j)] != nil && t(j) != "may" && t(j) != "march") {
                j += 1
                if t(j) == ",", isYear(j + 1) { j += 2 } else if isYear(j) { j += 1 }
                return j
            }
        }
        if isNum(i), !tok.hasDecimal, !tok.hasSeparator {
            // 2022-03-12, 2014-15, 1995-01
            if isYear(i), t(i + 1) == "-" || t(i + 1) == "–" || t(i + 1) == "/", attached(i + 1), isNum(i + 2),
               attached(i + 2), toks[i + 2].intDigits == 2 {
                var j = i + 3
                if t(j) == t(i + 1), attached(j), isNum(j + 1), attached(j + 1), toks[j + 1].intDigits <= 2 { j += 2 }
                return j
            }
            // 5/17/2018, 12.03.2022, 12-03-2022
            if ["/", ".", "-"].contains(t(i + 1)), attached(i + 1), isNum(i + 2), attached(i + 2),
               t(i + 3) == t(i + 1), attached(i + 3), isNum(i + 4), attached(i + 4),
               tok.intDigits <= 2, toks[i + 2].intDigits <= 2, toks[i + 4].intDigits == 4 || toks[i + 4].intDigits == 2 {
                return i + 5
            }
            // Phone numbers: 555-123-4567, 020 7946 0018, 123-4567.
            if t(i + 1) == "-", attached(i + 1), isNum(i + 2), attached(i + 2), t(i + 3) == "-", attached(i + 3),
               isNum(i + 4), attached(i + 4) {
                return phoneRun(i)
            }
            if tok.intDigits == 3, t(i + 1) == "-", attached(i + 1), isNum(i + 2), attached(i + 2), toks[i + 2].intDigits == 4 {
                return i + 3
            }
            if tok.leadingZero, tok.intDigits >= 3 { return phoneRun(i) }
        }
        // Times: "10:30", "3 pm", "3pm", "3 p.m.", "10 o'clock", "1400 GMT".
        if isNum(i) {
            if t(i + 1) == ":", attached(i + 1), isNum(i + 2), attached(i + 2), toks[i + 2].intDigits == 2 {
                var j = i + 3
                if t(j) == ":", attached(j), isNum(j + 1) { j += 2 }
                if isWord(j), Self.timeWords.contains(t(j)) { j += 1 }
                return j
            }
            // "at 12.30", "until 14.00": European clock times.
            if tok.hasDecimal, tok.intDigits <= 2, tok.value < 24, tok.text.count == tok.intDigits + 3,
               (tok.value * 100).rounded().truncatingRemainder(dividingBy: 100) < 60,
               ["at", "until", "till", "by", "before", "after", "from", "around", "since", "to"].contains(t(i - 1)),
               lex.suffixUnits.match(toks, at: i + 1) == nil, !(isWord(i + 1) && Self.bigScales[t(i + 1)] != nil) {
                if t(i - 1) == "to" || t(i - 1) == "from" {
                    // "from 12.30 to 14.00" but not "rose from 1.25 to 1.50"
                    let nextIsTime = (t(i + 1) == "to" || t(i + 1) == "until") && isNum(i + 2) && toks[i + 2].hasDecimal
                    let prevIsTime = t(i - 1) == "to" && isNum(i - 2) && toks[i - 2].hasDecimal && t(i - 3) == "from"
                    if !(nextIsTime || prevIsTime) || (i >= 2 && Self.changeVerbs.contains(t(i - 2))) { return nil }
                }
                if isWord(i + 1), Self.timeWords.contains(t(i + 1)) { return i + 2 }
                return i + 1
            }
            if tok.value <= 2400, isWord(i + 1), Self.timeWords.contains(t(i + 1)), !toks[i + 1].allUpper || t(i + 1) != "am" || attached(i + 1) {
                if t(i + 1) == "am" && !attached(i + 1) && toks[i + 1].upperFirst { return nil }
                return i + 2
            }
            if tok.value <= 12, (t(i + 1) == "a" || t(i + 1) == "p"), t(i + 2) == ".", t(i + 3) == "m", attached(i + 2) {
                return t(i + 4) == "." ? i + 5 : i + 4
            }
            if t(i + 1) == "o", t(i + 2) == "'" || t(i + 2) == "’", t(i + 3) == "clock" { return i + 4 }
            // Ordinals and decades: "1st", "21st", "1990s", "90's".
            if isWord(i + 1), attached(i + 1) {
                let w = t(i + 1)
                if ["st", "nd", "rd", "th"].contains(w), !tok.hasDecimal { return i + 2 }
                if w == "s", !tok.hasDecimal { return i + 2 }
            }
            if t(i + 1) == "'" || t(i + 1) == "’", attached(i + 1), t(i + 2) == "s", attached(i + 2),
               tok.intDigits == 4 || tok.intDigits == 2 {
                return i + 3
            }
        }
        return nil
    }

    func phoneRun(_ start: Int) -> Int {
        var j = start
        while j < n {
            if isNum(j) { j += 1; continue }
            if ["-", "/", ".", "(", ")"].contains(t(j)), isNum(j + 1), toks[j + 1].intDigits >= 2 { j += 1; continue }
            break
        }
        return j
    }

    func labelRun(_ start: Int) -> Int {
        var j = start + 1
        while t(j) == ",", isNum(j + 1) { j += 2 }
        // "Article 5a", "5(1)"
        if isWord(j), attached(j), toks[j].text.count == 1 { j += 1 }
        return j
    }

    // MARK: cores

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

    /// Scale words and suffixes after a digit number: "2 million", "10k", "£600m", "2.5bn", "3 dozens".
    static let trackWords: Set<String> = [
        "hurdles", "freestyle", "relay", "race", "sprint", "final", "butterfly", "breaststroke", "backstroke",
        "medley", "record", "event", "title", "run", "dash", "gold", "silver", "bronze", "champion", "indoor",
        "indoors", "outdoor", "heat", "heats", "semi", "metres", "world", "olympic", "personal", "season",
        "victory", "win", "crown", "race", "races", "in", "at", "high", "long", "deep", "wide", "tall", "away",
    ]
    static let trackDistances: Set<Double> = [50, 60, 100, 110, 200, 300, 400, 800, 1000, 1500, 3000, 5000, 10000]

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

    enum Last { case none, a, unit, teen, tens, hundred, scale, and, frac, half }

    /// An ordinal unit right after token `k` (or after a glued hyphen): (value, plural, index after).
    func ordinalUnit(after k: Int) -> (Double, Bool, Int)? {
        var j = k + 1
        if t(j) == "-" || t(j) == "–" { j += 1 }
        guard isWord(j), let u = Self.ordinalUnits[t(j)] else { return nil }
        return (u.0, u.1, j + 1)
    }

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
            if let tv = Self.tens[w], [.unit, .teen, .tens, .frac].contains(last) || last == .none && false,
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
                guard [.a, .unit, .teen, .tens, .hundred, .scale, .frac, .half].contains(last) || (last == .none && w == "thousand" && false) else { break }
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
                        if (t(k + 1) == "-" && Self.ones[t(k + 2)] != nil) {
                            digits += String(Int(u + Self.ones[t(k + 2)]!)); k += 2
                        } else if Self.ones[t(k + 1)] != nil && Self.ones[t(k + 1)]! > 0 {
                            digits += String(Int(u + Self.ones[t(k + 1)]!)); k += 1
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

    static let vulgar: [String: Double] = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

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
        guard isNum(m.end) || (isWord(m.end) && (isNumberWord(m.end) || t(m.end) == "a")) else { return nil }
        return (m.end, m.value)
    }

    // MARK: the parse

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
            if !(t(end) == "e" || t(end) == "x") || true { skipTo = end + 1; return nil }
        }
        if let s = suffix {
            let symbol = toks[s.end - 1].kind == .symbol
            // "10 $ 30 $", "10 $ 30 cents": the sign follows its amounts when the next number is
            // followed by the same sign or by cents.
            let signAfter = !currencyPrefix && isNum(s.end) && !toks[s.end].hasDecimal
                && (t(s.end + 1) == t(s.end - 1) || ["cent", "cents"].contains(t(s.end + 1)))
            if symbol, s.info.kind == .currency, currencyPrefix || isNum(s.end), !signAfter {
                suffix = nil  // "$ 20 $ 30": the second "$" opens the next amount
            } else if unit == nil || (unitKind == .currency && s.info.kind == .currency && !symbol && s.info.unit.hasSuffix(unit!)) {
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
        if unit == nil, !negative || true, t(end) == "over" || (t(end) == "out" && t(end + 1) == "of") {
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
        if unit == nil, t(start - 1) == "aged", !c.inWords || true {
            unit = "years old"; unitKind = .age
        }
        var m = NumberMatch(kind: .number, text: "", span: TextSpan(toks[start].start, toks[end - 1].end),
                            value: negative && c.value > 0 ? c.value : c.value, low: nil, high: nil, unit: unit, unitKind: unitKind, qualifier: nil,
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
        _ = start
        start = m.firstToken
        return qualify(m)
    }

    /// Adds a qualifier before ("about", "more than") or after ("or more") the number.
    func qualify(_ m0: NumberMatch) -> NumberMatch {
        var m = m0
        var after = m.kind == .range ? nil : lex.qualifiersAfter.match(toks, at: m.endToken)
        // "5000 or less than 6000": the words open the next figure's qualifier.
        if let a = after, t(a.end) == "than" || t(a.end) == "to" || isNum(a.end) || isNumberWord(a.end) { after = nil }
        if let a = after, lex.qualifiersBefore.match(toks, endingBefore: a.end) != nil, isNum(a.end) { after = nil }
        if m.kind != .range, after == nil || after!.value.kind == .approx,
           let q = lex.qualifiersBefore.match(toks, endingBefore: m.firstToken),
           !(toks[q.start].kind == .symbol && q.start > 0 && toks[q.start - 1].kind == .symbol && attached(q.start)) {
            m.qualifier = q.value.phrase
            m.qualifierKind = q.value.kind
            m.qualifierSpan = TextSpan(toks[q.start].start, toks[m.firstToken - 1].end)
            m.qualifierToken = q.start
            m.approximate = true
        } else if let q = after {
            m.qualifier = q.value.phrase
            m.qualifierKind = q.value.kind
            m.qualifierSpan = TextSpan(toks[m.endToken].start, toks[q.end - 1].end)
            m.approximate = true
            m.endToken = q.end
        }
        if m.kind != .number { m.approximate = true }
        return m
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
                if gap.count <= 2, gap.allSatisfy({ ["and", "but", ",", "or"].contains($0) }), !gap.contains("or") || gap.count == 1 && false, lo < hi {
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
        guard ok, m.unitKind != .age || true else { return nil }
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
