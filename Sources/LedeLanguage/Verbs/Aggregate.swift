import LedeCorpus

/// The aggregates: `count`, `sum`, `avg`, `min`, `max`, `median`, `distinct_count`. Each works as a
/// verb (`figures | sum value`, `... | group by outlet | count`) and inside `group by ... with`.
struct Aggregate: Verb {
    enum Kind: String, CaseIterable {
        case count, sum, avg, min, max, median
        case distinctCount = "distinct_count"

        var summary: String {
            switch self {
            case .count: "Count the rows (per group after `group by`)."
            case .sum: "Add up the values (nulls skipped)."
            case .avg: "The mean of the values (nulls skipped)."
            case .min: "The smallest value."
            case .max: "The largest value."
            case .median: "The middle value (the mean of the two middle ones for an even count)."
            case .distinctCount: "How many different values there are."
            }
        }

        var example: String {
            switch self {
            case .count: "articles | group by outlet | count"
            case .sum: "figures | where category ~ \"household\" | sum value"
            case .avg: "articles | group by outlet | avg words"
            case .min: "articles | min date"
            case .max: "articles | max date"
            case .median: "articles | median words"
            case .distinctCount: "quotes | group by outlet | distinct_count speaker"
            }
        }

        /// Result type: `count` is a number; `min`/`max`/`median` keep the input's type.
        func type(of input: ValueType) -> ValueType {
            switch self {
            case .count, .sum, .avg, .distinctCount: .number
            case .min, .max: input
            case .median: input == .date ? .date : .number
            }
        }

        func apply(_ values: [Value]) -> Value {
            let present = values.filter { !$0.isNull }
            switch self {
            case .count: return .number(Double(values.count))
            case .distinctCount: return .number(Double(Set(present).count))
            case .sum: return .number(present.compactMap(\.number).reduce(0, +))
            case .avg:
                let numbers = present.compactMap(\.number)
                return numbers.isEmpty ? .null : .number(numbers.reduce(0, +) / Double(numbers.count))
            case .min: return present.min() ?? .null
            case .max: return present.max() ?? .null
            case .median:
                let sorted = present.sorted()
                guard !sorted.isEmpty else { return .null }
                let mid = sorted.count / 2
                if sorted.count % 2 == 1 { return sorted[mid] }
                if let a = sorted[mid - 1].number, let b = sorted[mid].number { return .number((a + b) / 2) }
                return sorted[mid - 1]
            }
        }
    }

    let kind: Kind

    var help: HelpEntry {
        HelpEntry(.verb, kind.rawValue, syntax: kind == .count ? "count" : "\(kind.rawValue) EXPR",
                  summary: kind.summary, examples: [kind.example])
    }

    /// One aggregate ready to run over a group: the rows of a table at the given indices.
    struct Planned {
        var column: Column
        var run: (Table, [Int]) -> Value

        /// `count()`: how many rows, named `name`.
        static func count(named name: String) -> Planned {
            Planned(column: Column(name, .number)) { _, members in .number(Double(members.count)) }
        }
    }

    /// Checks `kind` applied to `argument` (nil for `count`) over rows of `input`.
    static func planned(_ kind: Kind, argument: Expr?, name: String?, at span: SourceSpan, input: Schema,
                        context: CheckContext) throws(Diagnostic) -> Planned {
        guard let argument else {
            guard kind == .count else {
                throw context.error("`\(kind.rawValue)` needs a field or expression", at: span,
                                    help: "e.g. \(kind.example)")
            }
            return .count(named: name ?? "count")
        }
        let c = try ExprCompiler(schema: input, context: context).compile(argument)
        if kind == .sum || kind == .avg, !c.type.fits(.number) {
            throw context.error("expected a number, found \(c.type)\(argument.fieldName.map { " `\($0)`" } ?? "")",
                                at: argument.span, help: "`\(kind.rawValue)` adds numbers; `count` counts rows")
        }
        let label = name ?? (argument.fieldName.map { "\(kind.rawValue)_\($0)" } ?? kind.rawValue)
        let column = Column(label, kind.type(of: c.type))
        // A field is read cell by cell: a group's rows are then never made (see `TableStorage`).
        if let field = argument.fieldName.flatMap(input.index(of:)) {
            return Planned(column: column) { table, members in kind.apply(members.map { table.storage.cell($0, field) }) }
        }
        return Planned(column: column) { table, members in kind.apply(members.map { c.eval(table.row($0)) }) }
    }

    func plan(_ stage: Stage, input: Schema, context: CheckContext) throws(Diagnostic) -> Step {
        try stage.expectClauses([], context, usage: help.syntax)
        if stage.items.count > 1 {
            throw context.error("`\(kind.rawValue)` takes one expression", at: stage.items[1].span,
                                help: "for several aggregates per group write: group by KEY with count(), avg(words)")
        }
        let item = stage.items.first
        let aggregate = try Self.planned(kind, argument: item?.expr, name: item?.alias ?? (input.groupKeys.isEmpty ? kind.rawValue : nil),
                                         at: stage.nameSpan, input: input, context: context)
        return GroupBy.aggregating(input, keys: input.groupKeys, aggregates: [aggregate])
    }
}
