/// Things that look like numbers but are not figures: dates, years, times, ordinals, decades,
/// phone numbers, URLs, labels ("page 5", "No. 7") and identifiers ("G20", "F-16").
extension NumberParser {
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
        "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    /// Words before a number that make it a label, not a figure.
    static let labels: WordSet = [
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
    static let pronounOne: WordSet = [
        "the", "this", "that", "which", "every", "any", "each", "no", "another", "someone", "no-one", "first",
        "last", "next", "previous", "current", "right", "wrong", "other", "little", "only", "big", "new", "old",
        "good", "same", "better", "best", "latest", "final", "second", "third", "loved", "younger", "older",
    ]
    static let timeWords: WordSet = ["am", "pm", "gmt", "bst", "utc", "edt", "est", "cet", "cst", "pst", "hrs", "gmt+"]

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
            // "page 5", "Article 5", "No 10", "the number 5", "Number 10" are labels; "a number 5" is not.
            if !(t(i - 1) == "number" && t(i - 2) != "the" && !toks[i - 1].upperFirst) { return labelRun(i) }
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
}
