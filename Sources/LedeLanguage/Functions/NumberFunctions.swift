import Foundation

/// Functions on numbers.
enum NumberFunctions {
    static let all: [Function] = [
        Function("round", [("number", .number), ("digits", .number)], optional: 1, returns: .number,
                 summary: "The number rounded to `digits` decimal places (0 when left out).",
                 example: "figures | select text, round(value / 1000, 1) as thousands | take 3") { args in
            guard let n = args[0].number else { return .null }
            let scale = pow(10, args.count > 1 ? (args[1].number ?? 0) : 0)
            return .number((n * scale).rounded() / scale)
        },
        Function("abs", [("number", .number)], returns: .number, summary: "The number without its sign.",
                 example: "articles | select abs(words - 300) as distance | take 3") { number($0[0]) { .number(Swift.abs($0)) } },
        Function("floor", [("number", .number)], returns: .number, summary: "The largest whole number not above the number.",
                 example: "articles | select floor(words / 100) as hundreds | distinct") { number($0[0]) { .number($0.rounded(.down)) } },
        Function("ceil", [("number", .number)], returns: .number, summary: "The smallest whole number not below the number.",
                 example: "articles | select ceil(words / 100) as hundreds | distinct") { number($0[0]) { .number($0.rounded(.up)) } },
        Function("number", [("value", .any)], returns: .number,
                 summary: "The value as a number: text such as \"1,205\" or \"3.5\" is read, anything else is null.",
                 example: "articles | select number(\"1,205\") as n | take 1") { args in
            switch args[0] {
            case .number: return args[0]
            case .bool(let b): return .number(b ? 1 : 0)
            case .text(let s): return Double(s.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)).map(Value.number) ?? .null
            default: return .null
            }
        },
    ]

    static func number(_ v: Value, _ f: (Double) -> Value) -> Value {
        v.number.map(f) ?? .null
    }
}
