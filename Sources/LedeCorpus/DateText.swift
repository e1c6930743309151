/// Dates as news sources write them: ISO "2022-03-14", compact "20220125T090000Z",
/// "March 14, 2022", "Mar. 14, 2022", "14 March 2022", each optionally after a weekday.
extension Day {
    /// Parses a date at the start of `text`; anything after it (a time, a zone) is ignored.
    public init?<S: StringProtocol>(text: S) {
        guard let (day, _) = Day.scan(Substring(text)) else { return nil }
        self = day
    }

    /// A line that holds a date and nothing else (a news date line).
    static func line(_ text: Substring) -> Day? {
        // Every line at the top of an article is tried; a date line is short.
        guard text.utf8.count <= 48, let (day, rest) = scan(text), rest == 0 else { return nil }
        return day
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]
    private static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// The date and how many words were left after it.
    private static func scan(_ text: Substring) -> (Day, Int)? {
        let trimmed = text.trimmed
        if let first = trimmed.utf8.first, (48...57).contains(first), let day = numeric(trimmed) {
            return (day, 0)
        }
        // Only the first words can hold the date; a long field is not split whole.
        var words = trimmed.prefix(64).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map { $0.hasSuffix(".") ? $0.dropLast() : $0[...] }
        if let w = words.first, weekdays.contains(w.lowercased()) {
            words.removeFirst()
        }
        guard words.count >= 3 else { return nil }
        let rest = words.count - 3
        if let m = month(words[0]), let d = dayNumber(words[1]), let y = Int(words[2]), words[2].count == 4,
           let day = Day(year: y, month: m, day: d) {
            return (day, rest)
        }
        if let d = dayNumber(words[0]), let m = month(words[1]), let y = Int(words[2]), words[2].count == 4,
           let day = Day(year: y, month: m, day: d) {
            return (day, rest)
        }
        return nil
    }

    /// ISO (time part ignored, so only a whole-line ISO date is a date line when it has no time)
    /// or compact ISO.
    private static func numeric(_ text: Substring) -> Day? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if digits.count == 8, let y = Int(digits.prefix(4)), let m = Int(digits.dropFirst(4).prefix(2)),
           let d = Int(digits.suffix(2)) {
            let after = text.dropFirst(8)
            return after.isEmpty || after.first == "T" ? Day(year: y, month: m, day: d) : nil
        }
        guard digits.count == 4, text.count >= 10 else { return nil }
        let after = text.dropFirst(10)
        guard after.isEmpty || after.first == "T" || after.first == " " else { return nil }
        return Day(iso: text)
    }

    private static func month(_ word: Substring) -> Int? {
        guard word.count >= 3 else { return nil }
        let lower = word.lowercased()
        return months.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    /// "14" or "14th".
    private static func dayNumber(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count).lowercased()
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(digits)
    }
}
