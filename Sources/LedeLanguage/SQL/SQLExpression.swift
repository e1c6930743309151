import LedeCorpus
import LedeStore

/// An expression in SQL with what Lede knows of it: its type, its sort key for text, and what
/// its text values allow (`SQLColumnProfile`). Truth values have two forms: a condition for
/// WHERE and a 0-or-1 value for columns.
struct SQLExpression {
    var value: SQLFragment
    var condition: SQLFragment
    var type: ValueType
    var key: SQLFragment?
    var profile: SQLColumnProfile

    init(value: SQLFragment, type: ValueType, key: SQLFragment? = nil, profile: SQLColumnProfile = SQLColumnProfile()) {
        self.value = value
        self.condition = (value + " <> 0").bracketed
        self.type = type
        self.key = key
        self.profile = profile
    }

    init(condition: SQLFragment, _ dialect: SQLDialect) {
        self.value = dialect.integer(ofCondition: condition)
        self.condition = condition
        self.type = .bool
        self.profile = SQLColumnProfile()
    }

    /// Null, or text whose bytes decide equality.
    var comparesByBytes: Bool { type != .text || profile.composed }
}

/// Translates Lede expressions over a relation into SQL that gives the same value for every
/// row, or nil where it cannot be sure to: regular expressions, functions, `~` on text that is
/// not all ASCII, `%`, text joined with `+`, date arithmetic stay in Lede.
struct SQLExpressionTranslator {
    let relation: SQLRelation
    /// The name of the relation as a subquery.
    let alias: String
    let dialect: SQLDialect

    func translate(_ e: Expr) -> SQLExpression? {
        switch e.kind {
        case .literal(let v): return literal(v)
        case .field(let name): return field(name)
        case .unary(.not, let operand):
            guard let x = translate(operand), x.type.fits(.bool), x.type != .any else { return nil }
            return SQLExpression(condition: ("NOT " + x.condition).bracketed, dialect)
        case .unary(.negate, let operand):
            guard let x = translate(operand), x.type == .number else { return nil }
            return SQLExpression(value: ("- " + x.value).bracketed, type: .number)
        case .binary(let op, let l, let r): return binary(op, l, r)
        case .regex, .list, .call: return nil
        }
    }

    func field(_ name: String) -> SQLExpression? {
        guard let i = relation.names.firstIndex(of: name) else { return nil }
        let column = relation.columns[i]
        guard column.type != .any else { return nil }
        let value = SQLFragment(alias + "." + SQLTableLayout.value(i))
        let key = column.hasKey ? SQLFragment("COALESCE(\(alias).\(SQLTableLayout.key(i)), \(value.sql))") : nil
        return SQLExpression(value: value, type: column.type, key: key, profile: column.profile)
    }

    private func literal(_ v: Value) -> SQLExpression? {
        guard let cell = SQLCell.encode(v), v.type != .list else { return nil }
        if case .null = v { return SQLExpression(value: SQLFragment("NULL"), type: .null) }
        var profile = SQLColumnProfile()
        var key: SQLFragment?
        if let text = v.text {
            profile.add(v)
            key = .argument(.text(SQLCell.sortKey(text)))
        }
        return SQLExpression(value: .argument(cell), type: v.type, key: key, profile: profile)
    }

    private func binary(_ op: BinaryOperator, _ l: Expr, _ r: Expr) -> SQLExpression? {
        switch op {
        case .matches, .notMatches: return contains(l, r, negated: op == .notMatches)
        case .in: return member(l, r)
        default: break
        }
        guard let a = translate(l), var b = translate(r) else { return nil }
        // As the checker: a text literal compared with a date reads as a date.
        if a.type == .date, case .literal(.text(let text)) = r.kind, let day = Day(iso: Substring(text)) {
            guard let date = literal(.date(day)) else { return nil }
            b = date
        }
        switch op {
        case .and, .or:
            guard a.type.fits(.bool), b.type.fits(.bool), a.type != .any, b.type != .any else { return nil }
            // Lede reads null as false on both sides, so the result is never null.
            let joined = "COALESCE(" + a.condition + ", FALSE) " + (op == .and ? "AND" : "OR") + " COALESCE(" + b.condition + ", FALSE)"
            return SQLExpression(condition: joined.bracketed, dialect)
        case .plus, .minus, .times:
            guard a.type == .number, b.type == .number else { return nil }
            return SQLExpression(value: (a.value + " \(op.rawValue) " + b.value).bracketed, type: .number)
        case .divide:
            // Lede divides by zero to null, where PostgreSQL would stop with an error.
            guard a.type == .number, b.type == .number else { return nil }
            return SQLExpression(value: ("CASE WHEN " + b.value + " = 0 THEN NULL ELSE " + a.value + " / " + b.value + " END").bracketed,
                                 type: .number)
        case .equal, .notEqual:
            guard sameType(a, b), a.comparesByBytes, b.comparesByBytes else { return nil }
            let equal = (a.value + dialect.isNotDistinct + b.value).bracketed
            return SQLExpression(condition: op == .equal ? equal : ("NOT " + equal).bracketed, dialect)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return order(op, a, b)
        default:
            return nil
        }
    }

    /// Both of one known type (or one a null literal), as Lede's comparisons need.
    private func sameType(_ a: SQLExpression, _ b: SQLExpression) -> Bool {
        guard a.type != .any, b.type != .any, a.type != .list, b.type != .list else { return false }
        return a.type == b.type || a.type == .null || b.type == .null
    }

    /// `<` and the rest: null when either side is null, as in Lede; text by its sort key.
    private func order(_ op: BinaryOperator, _ a: SQLExpression, _ b: SQLExpression) -> SQLExpression? {
        guard sameType(a, b) else { return nil }
        var x = a.value, y = b.value
        if a.type == .text || b.type == .text {
            guard let ka = a.key ?? (a.type == .null ? a.value : nil), let kb = b.key ?? (b.type == .null ? b.value : nil) else { return nil }
            (x, y) = (dialect.binaryOrder(ka), dialect.binaryOrder(kb))
        }
        return SQLExpression(condition: (x + " \(op.rawValue) " + y).bracketed, dialect)
    }

    /// `x in [a, b]`: true when x equals an element (null included), never null, as in Lede.
    private func member(_ l: Expr, _ r: Expr) -> SQLExpression? {
        guard let x = translate(l), case .list(let elements) = r.kind else { return nil }
        var tests: [SQLFragment] = []
        for element in elements {
            guard case .literal(let v) = element.kind, let y = literal(v), sameType(x, y), x.comparesByBytes, y.comparesByBytes else { return nil }
            tests.append((x.value + dialect.isNotDistinct + y.value).bracketed)
        }
        guard !tests.isEmpty else { return SQLExpression(condition: SQLFragment("FALSE"), dialect) }
        return SQLExpression(condition: SQLFragment.joined(tests, separator: " OR ").bracketed, dialect)
    }

    /// `~ "text"` on ASCII text with an ASCII needle: Lede's ASCII case folding, which SQL's
    /// `lower` reproduces. Null stays null; `!~` negates.
    private func contains(_ l: Expr, _ r: Expr, negated: Bool) -> SQLExpression? {
        guard let x = translate(l), x.type == .text, x.profile.ascii,
              case .literal(.text(let needle)) = r.kind, !needle.isEmpty, needle.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let test = dialect.containsIgnoringASCIICase(x.value, .argument(.text(needle.lowercased())))
        return SQLExpression(condition: negated ? ("NOT " + test).bracketed : test, dialect)
    }
}
