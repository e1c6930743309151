/// Functions on any value.
enum ValueFunctions {
    static let all: [Function] = [
        Function("coalesce", [("value", .any), ("fallback", .any)], returns: .any,
                 summary: "The value, or the fallback when the value is null.",
                 example: "quotes | select coalesce(speaker, \"(unknown)\") as speaker | take 3") { args in
            args[0].isNull ? args[1] : args[0]
        },
        Function("text", [("value", .any)], returns: .text, summary: "The value written as text.",
                 example: "articles | select text(date) as day | take 3") { args in
            args[0].isNull ? .null : .text(args[0].plain)
        },
        Function("is_null", [("value", .any)], returns: .bool, summary: "True when the value is null.",
                 example: "quotes | where is_null(speaker) | count") { args in .bool(args[0].isNull) },
    ]
}
