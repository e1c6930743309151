import LedeCorpus

/// Functions on dates.
enum DateFunctions {
    static let all: [Function] = [
        Function("year", [("date", .date)], returns: .number, summary: "The year of a date.",
                 example: "articles | group by year(date) as year | count") { date($0[0]) { .number(Double($0.year)) } },
        Function("month", [("date", .date)], returns: .number, summary: "The month of a date, 1 to 12.",
                 example: "articles | select date, month(date) as month | take 3") { date($0[0]) { .number(Double($0.month)) } },
        Function("day", [("date", .date)], returns: .number, summary: "The day of the month of a date.",
                 example: "articles | select date, day(date) as day | take 3") { date($0[0]) { .number(Double($0.day)) } },
        Function("weekday", [("date", .date)], returns: .number, summary: "The day of the week, Monday 1 to Sunday 7.",
                 example: "articles | group by weekday(date) as weekday | count") { date($0[0]) { .number(Double($0.weekday)) } },
        Function("week", [("date", .date)], returns: .date, summary: "The Monday that starts the date's week.",
                 example: "articles | group by week(date) as week | count") { date($0[0]) { .date(Day(ordinal: $0.ordinal - ($0.weekday - 1))) } },
        Function("month_start", [("date", .date)], returns: .date, summary: "The first day of the date's month.",
                 example: "articles | group by month_start(date) as month | count") { date($0[0]) { Value(Day(year: $0.year, month: $0.month, day: 1)) } },
        Function("days_between", [("from", .date), ("to", .date)], returns: .number,
                 summary: "Days from the first date to the second (negative when it is earlier).",
                 example: "articles | select date, days_between(2025-09-01, date) as days | take 3") { args in
            guard case .date(let a) = args[0], case .date(let b) = args[1] else { return .null }
            return .number(Double(b.ordinal - a.ordinal))
        },
        Function("date", [("text", .text)], returns: .date, summary: "Reads an ISO date (YYYY-MM-DD) from text; null when it is not one.",
                 example: "articles | select date(\"2025-09-09\") as day | take 1") { args in
            switch args[0] {
            case .date: return args[0]
            case .text(let s): return Value(Day(iso: Substring(s)))
            default: return .null
            }
        },
    ]

    static func date(_ v: Value, _ f: (Day) -> Value) -> Value {
        if case .date(let d) = v { return f(d) }
        return .null
    }
}
