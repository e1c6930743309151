import Foundation
import LedeCorpus

/// Type-checks an expression against a schema and turns it into a closure over rows.
/// Type errors are found here, before any row is read.
public struct ExprCompiler {
    let schema: Schema
    let context: CheckContext
    /// How deep in an expression tree this compiler works: trees built by code rather than the
    /// parser meet the same limit, so compiling and evaluating never recurse without bound.
    private let depth: Int

    public init(schema: Schema, context: CheckContext) {
        self.init(schema: schema, context: context, depth: 0)
    }

    private init(schema: Schema, context: CheckContext, depth: Int) {
        self.schema = schema
        self.context = context
        self.depth = depth
    }

    public func compile(_ e: Expr) throws(Diagnostic) -> CompiledExpr {
        guard depth < Parser.maxNesting else {
            throw context.error(Parser.tooDeep, at: e.span, help: "split it into smaller steps, e.g. with `let`")
        }
        // Operands are compiled one level down.
        let inner = ExprCompiler(schema: schema, context: context, depth: depth + 1)
        switch e.kind {
        case .literal(let v):
            return CompiledExpr(constant: v)
        case .regex:
            throw context.error("a regular expression can only stand after `~`", at: e.span,
                                help: "write `field ~ /pattern/`")
        case .field(let name):
            return try field(name, e.span)
        case .list(let elements):
            let parts = try elements.map { (x: Expr) throws(Diagnostic) -> CompiledExpr in try inner.compile(x) }
            return CompiledExpr(type: .list) { row in .list(parts.map { $0.eval(row) }) }
        case .unary(let op, let operand):
            return try inner.unary(op, operand)
        case .binary(let op, let l, let r):
            return try inner.binary(op, l, r, e.span)
        case .call(let name, let args):
            return try inner.call(name, args, e.span)
        }
    }

    private func field(_ name: String, _ span: SourceSpan) throws(Diagnostic) -> CompiledExpr {
        if name == Select.everyField {
            throw context.error("`*` stands for every field only in `select *`", at: span, help: "name a field here")
        }
        guard let i = schema.index(of: name) else {
            let help = Suggestions.help(for: name, in: schema.names,
                                        otherwise: "the fields here are: " + schema.names.map(Lexer.written).joined(separator: ", "))
            throw context.error("unknown field `\(name)`", at: span, help: help)
        }
        return CompiledExpr(type: schema.columns[i].type) { row in row[i] }
    }

    private func unary(_ op: UnaryOperator, _ operand: Expr) throws(Diagnostic) -> CompiledExpr {
        let x = try compile(operand)
        if op == .not {
            try require(x, .bool, operand)
            return CompiledExpr(type: .bool) { row in
                let v = x.eval(row)
                return v.isNull ? .null : .bool(!(v.bool ?? false))
            }
        }
        try require(x, .number, operand)
        return CompiledExpr(type: .number) { row in x.eval(row).number.map { .number(-$0) } ?? .null }
    }

    private func binary(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ span: SourceSpan) throws(Diagnostic) -> CompiledExpr {
        if op == .matches || op == .notMatches { return try match(l, r, negated: op == .notMatches) }
        let a = try compile(l)
        var right = try compile(r)
        // A text literal compared with a date reads as a date: `date >= "2022-03-01"`.
        if a.type == .date, let text = right.constant?.text, let day = Day(iso: Substring(text)) {
            right = CompiledExpr(constant: .date(day))
        }
        let b = right
        switch op {
        case .and, .or:
            try require(a, .bool, l)
            try require(b, .bool, r)
            let isAnd = op == .and
            return CompiledExpr(type: .bool) { row in
                let x = a.eval(row).bool ?? false
                if isAnd ? !x : x { return .bool(x) }
                return .bool(b.eval(row).bool ?? false)
            }
        case .plus, .minus, .times, .divide, .remainder:
            return try arithmetic(op, a, b, l, r)
        case .in:
            guard b.type.fits(.list) || b.type == .text else {
                throw context.error("expected a list after `in`, found \(b.type.withArticle)", at: r.span,
                                    help: "e.g. outlet in [\"fox\", \"nyt\"]")
            }
            return CompiledExpr(type: .bool) { row in
                let x = a.eval(row)
                switch b.eval(row) {
                case .list(let items): return .bool(items.contains(x))
                case .text(let s): return x.text.map { .bool(s.contains($0)) } ?? .null
                default: return .null
                }
            }
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .matches, .notMatches:
            try requireComparable(a, b, l, r, op)
            return comparison(op, a, b)
        }
    }

    private func comparison(_ op: BinaryOperator, _ a: CompiledExpr, _ b: CompiledExpr) -> CompiledExpr {
        CompiledExpr(type: .bool) { row in
            let x = a.eval(row), y = b.eval(row)
            switch op {
            case .equal: return .bool(x == y)
            case .notEqual: return .bool(x != y)
            default: break
            }
            if x.isNull || y.isNull { return .null }
            switch op {
            case .less: return .bool(x < y)
            case .lessOrEqual: return .bool(!(y < x))
            case .greater: return .bool(y < x)
            default: return .bool(!(x < y))
            }
        }
    }

    private func arithmetic(_ op: BinaryOperator, _ a: CompiledExpr, _ b: CompiledExpr, _ l: Expr, _ r: Expr) throws(Diagnostic) -> CompiledExpr {
        if op == .plus, a.type == .text, b.type == .text {
            return CompiledExpr(type: .text) { row in
                let x = a.eval(row), y = b.eval(row)
                return x.isNull || y.isNull ? .null : .text(x.plain + y.plain)
            }
        }
        if a.type == .date, op == .plus || op == .minus {
            try require(b, b.type == .date && op == .minus ? .date : .number, r)
            return CompiledExpr(type: b.type == .date ? .number : .date) { row in
                switch (a.eval(row), b.eval(row)) {
                case (.date(let x), .date(let y)): .number(Double(x.ordinal - y.ordinal))
                case (.date(let x), .number(let n)): Value(Int(checked: n).flatMap { x.adding(days: op == .plus ? $0 : -$0) })
                default: .null
                }
            }
        }
        try require(a, .number, l)
        try require(b, .number, r)
        return CompiledExpr(type: .number) { row in
            guard let x = a.eval(row).number, let y = b.eval(row).number else { return .null }
            switch op {
            case .plus: return .number(x + y)
            case .minus: return .number(x - y)
            case .times: return .number(x * y)
            // Division by zero gives null rather than infinity: a missing answer, not a wrong one.
            case .divide: return y == 0 ? .null : .number(x / y)
            default: return y == 0 ? .null : .number(x.truncatingRemainder(dividingBy: y))
            }
        }
    }

    /// `~`: case-insensitive containment of plain text, or a regular expression match.
    private func match(_ l: Expr, _ r: Expr, negated: Bool) throws(Diagnostic) -> CompiledExpr {
        let a = try compile(l)
        guard a.type.fits(.text) || a.type == .list else {
            throw context.error("expected text before `~`, found \(a.type.withArticle)\(l.fieldName.map { " `\($0)`" } ?? "")",
                                at: l.span, help: "`~` matches text; compare numbers with `=`, `<` or `>`")
        }
        let test: @Sendable (String) -> Bool
        if case .regex(let pattern) = r.kind {
            let regex: NSRegularExpression
            do { regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) } catch {
                throw context.error("`/\(pattern)/` is not a valid regular expression", at: r.span,
                                    help: "escape special characters such as `(`, `[` or `+` with a backslash")
            }
            let cancellation = context.cancellation
            test = { s in Self.firstMatch(regex, in: s, cancellation: cancellation) }
        } else {
            let b = try compile(r)
            guard let needle = b.constant?.text else {
                throw context.error("expected text or /regex/ after `~`", at: r.span, help: "e.g. speaker ~ \"Zhao\" or headline ~ /war|invasion/")
            }
            let contains = TextContains(needle)
            test = { s in contains(s) }
        }
        return CompiledExpr(type: .bool) { row in
            let v = a.eval(row)
            let hit: Bool
            switch v {
            case .null: return .null
            case .list(let items): hit = items.contains { test($0.plain) }
            default: hit = test(v.plain)
            }
            return .bool(hit != negated)
        }
    }

    /// Whether `regex` matches `s`. Backtracking can take exponential time (`/(.*a){25}/`), so
    /// matching reports progress and gives up when Ctrl-C or the time limit cancels the
    /// statement; the statement then stops with that error rather than with this "no match".
    static func firstMatch(_ regex: NSRegularExpression, in s: String, cancellation: Cancellation) -> Bool {
        var found = false
        regex.enumerateMatches(in: s, options: [.reportProgress], range: NSRange(s.startIndex..., in: s)) { match, _, stop in
            if match != nil { found = true; stop.pointee = true }
            if cancellation.isCancelled { stop.pointee = true }
        }
        return found
    }

    private func call(_ name: String, _ args: [Expr], _ span: SourceSpan) throws(Diagnostic) -> CompiledExpr {
        if name == "arg" { return try argument(args, span) }
        guard let f = Functions.byName[name] else {
            throw context.error("unknown function `\(name)`", at: span,
                                help: Suggestions.help(for: name, in: Functions.all.map(\.name) + ["arg"],
                                                       otherwise: "`help functions` lists them"))
        }
        let range = (f.parameters.count - f.optional)...f.parameters.count
        guard range.contains(args.count) else {
            throw context.error("`\(name)` takes \(range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound) or \(range.upperBound)") argument\(range.upperBound == 1 ? "" : "s"), found \(args.count)",
                                at: span, help: "usage: \(f.help.syntax)")
        }
        var checked: [CompiledExpr] = []
        for (arg, parameter) in zip(args, f.parameters) {
            let c = try compile(arg)
            try require(c, parameter.type, arg, function: f)
            checked.append(c)
        }
        let compiled = checked
        let apply = f.apply
        return CompiledExpr(type: f.returns) { row in apply(compiled.map { $0.eval(row) }) }
    }

    /// `arg(1)`: the script's first argument, as text. A missing one is an error, not a null
    /// that would quietly match missing values.
    private func argument(_ args: [Expr], _ span: SourceSpan) throws(Diagnostic) -> CompiledExpr {
        guard args.count == 1, case .literal(.number(let n)) = args[0].kind, n >= 1, n == n.rounded(), let whole = Int(checked: n) else {
            throw context.error("`arg` takes one whole number from 1", at: span, help: "e.g. load arg(1)")
        }
        let i = whole - 1
        guard i < context.arguments.count else {
            throw context.error("this script needs argument \(i + 1), but was given \(context.arguments.count)", at: span,
                                help: "run it as: lede run SCRIPT " + (1...(i + 1)).map { "ARG\($0)" }.joined(separator: " "))
        }
        return CompiledExpr(constant: .text(context.arguments[i]))
    }

    // MARK: Type rules

    private func require(_ c: CompiledExpr, _ expected: ValueType, _ e: Expr, function: Function? = nil) throws(Diagnostic) {
        guard !c.type.fits(expected) else { return }
        let what = e.fieldName.map { " `\($0)`" } ?? ""
        let help = function.map { "usage: \($0.help.syntax)" } ?? Self.conversionHelp(from: c.type, to: expected)
        throw context.error("expected \(expected.withArticle), found \(c.type)\(what)", at: e.span, help: help)
    }

    private func requireComparable(_ a: CompiledExpr, _ b: CompiledExpr, _ l: Expr, _ r: Expr, _ op: BinaryOperator) throws(Diagnostic) {
        guard a.type.fits(b.type) || b.type.fits(a.type) else {
            let what = r.fieldName.map { " `\($0)`" } ?? ""
            throw context.error("cannot compare \(a.type.withArticle) with \(b.type)\(what) using `\(op.rawValue)`", at: r.span,
                                help: Self.conversionHelp(from: b.type, to: a.type))
        }
    }

    static func conversionHelp(from: ValueType, to: ValueType) -> String? {
        switch (from, to) {
        case (.text, .number): "convert it with number(...)"
        case (.text, .date): "write dates as 2022-03-14, or convert text with date(...)"
        case (_, .text): "convert it with text(...)"
        default: nil
        }
    }
}
