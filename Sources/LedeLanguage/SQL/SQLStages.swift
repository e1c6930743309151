import LedeStore

/// The verbs that run in SQL, each as a relation over the one before, giving the rows Lede's
/// verb gives in the same order; nil where the stage cannot be translated exactly.
struct SQLStages {
    let dialect: SQLDialect

    func translator(_ relation: SQLRelation) -> SQLExpressionTranslator {
        SQLExpressionTranslator(relation: relation, alias: relation.nextAlias, dialect: dialect)
    }

    /// `where CONDITION`
    func filter(_ relation: SQLRelation, _ stage: Stage) -> SQLRelation? {
        guard stage.items.count == 1, stage.clauses.isEmpty, let condition = translator(relation).translate(stage.items[0].expr),
              condition.type == .bool || condition.type == .null else { return nil }
        var next = relation.wrapped(names: relation.names, columns: relation.columns, keepsOrigins: relation.keepsOrigins,
                                    select: { [SQLFragment($0 + ".*")] }, rest: { _ in " WHERE " + condition.condition })
        next.pendingKeys = relation.pendingKeys
        return next
    }

    /// `select ITEMS` (and the projection of `distinct ITEMS`): keeps the rows and their order.
    func project(_ relation: SQLRelation, _ items: [Item]) -> SQLRelation? {
        let expanded = items.flatMap { item in
            item.expr.fieldName == Select.everyField
                ? relation.names.map { Item(expr: Expr(.field($0), item.span), alias: nil, descending: false, span: item.span) }
                : [item]
        }
        let translate = translator(relation)
        var names: [String] = [], columns: [SQLRelation.Column] = [], select: [SQLFragment] = []
        for item in expanded {
            guard let e = translate.translate(item.expr), e.type != .any else { return nil }
            let i = columns.count
            select.append(e.value + " AS " + SQLTableLayout.value(i))
            if let key = e.key { select.append(key + " AS " + SQLTableLayout.key(i)) }
            names.append(item.columnName)
            columns.append(SQLRelation.Column(type: e.type, hasKey: e.key != nil, profile: e.profile))
        }
        return relation.wrapped(names: names, columns: columns, keepsOrigins: relation.keepsOrigins,
                                select: { select + [SQLFragment($0 + "." + SQLRelation.position)]
                                          + relation.origins(from: $0).map { SQLFragment($0) } })
    }

    /// `sort KEY [desc], ...`: nulls last either way, ties in the order they came (Lede's sort
    /// is stable), text by its sort key.
    func sort(_ relation: SQLRelation, _ keys: [Item]) -> SQLRelation? {
        let translate = translator(relation)
        var terms: [SQLFragment] = []
        for item in keys {
            guard let e = translate.translate(item.expr), e.type != .any, e.type != .list else { return nil }
            let ordered: SQLFragment
            if e.type == .text {
                guard let key = e.key else { return nil }
                ordered = dialect.binaryOrder(key)
            } else {
                ordered = e.value
            }
            terms.append((e.value + " IS NULL").bracketed)
            terms.append(ordered + (item.descending ? " DESC" : ""))
        }
        let alias = relation.nextAlias
        terms.append(SQLFragment(alias + "." + SQLRelation.position))
        let numbered = "ROW_NUMBER() OVER (ORDER BY " + SQLFragment.joined(terms, separator: ", ") + ") AS " + SQLRelation.position
        var next = relation.wrapped(names: relation.names, columns: relation.columns, keepsOrigins: relation.keepsOrigins,
                                    select: { relation.carried(from: $0).map { SQLFragment($0) } + [numbered]
                                              + relation.origins(from: $0).map { SQLFragment($0) } })
        next.pendingKeys = relation.pendingKeys
        return next
    }

    /// `take N` or `skip N`.
    func cut(_ relation: SQLRelation, _ count: Int, keepsFirst: Bool) -> SQLRelation {
        let limit = keepsFirst ? " LIMIT ?" : dialect.unlimited + " OFFSET ?"
        var next = relation.wrapped(names: relation.names, columns: relation.columns, keepsOrigins: relation.keepsOrigins,
                                    select: { [SQLFragment($0 + ".*")] },
                                    rest: { " ORDER BY \($0).\(SQLRelation.position)" + SQLFragment(limit, [.integer(Int64(count))]) })
        next.pendingKeys = relation.pendingKeys
        return next
    }

    /// `distinct` of whole rows: the first row of each set of equal rows, with its origin.
    func distinctRows(_ relation: SQLRelation) -> SQLRelation? {
        guard relation.pendingKeys == 0, relation.columns.allSatisfy(Self.groupable) else { return nil }
        return firstRows(relation, partition: { a in relation.columns.indices.map { "\(a).\(SQLTableLayout.value($0))" }.joined(separator: ", ") })
    }

    /// The first row (by position) of each set of rows with equal `partition` (SQL over the
    /// relation's alias), of the rows `filter` (a WHERE clause, if any) keeps, with their origins.
    func firstRows(_ relation: SQLRelation, partition: (String) -> String, filter: (String) -> SQLFragment = { _ in SQLFragment("") }) -> SQLRelation {
        let numbered = relation.wrapped(names: relation.names, columns: relation.columns, keepsOrigins: relation.keepsOrigins, select: { a in
            [SQLFragment("\(a).*, ROW_NUMBER() OVER (PARTITION BY \(partition(a)) ORDER BY \(a).\(SQLRelation.position)) AS lede_rn")]
        }, rest: filter)
        return numbered.wrapped(names: relation.names, columns: relation.columns, keepsOrigins: relation.keepsOrigins,
                                select: { a in (relation.carried(from: a) + [a + "." + SQLRelation.position] + relation.origins(from: a)).map { SQLFragment($0) } },
                                rest: { a in SQLFragment(" WHERE \(a).lede_rn = 1") })
    }

    /// Rows group by bytes where Lede groups by value: text in composed form, no unknown types.
    static func groupable(_ column: SQLRelation.Column) -> Bool {
        column.type != .any && (column.type != .text && column.type != .list || column.profile.composed)
    }

    /// One row per group of the first `keys` columns, in order of each group's first row, with
    /// `aggregates` (SQL over the relation, from `aggregate(_:_:over:)`) after the keys; one row in all without keys.
    func aggregate(_ relation: SQLRelation, keys: Int, aggregates: [(name: String, type: ValueType, sql: SQLFragment)]) -> SQLRelation? {
        guard relation.columns.prefix(keys).allSatisfy(Self.groupable) else { return nil }
        let keyColumns = Array(relation.columns.prefix(keys))
        let names = Array(relation.names.prefix(keys)) + aggregates.map(\.name)
        let columns = keyColumns + aggregates.map { SQLRelation.Column(type: $0.type, hasKey: false, profile: SQLColumnProfile()) }
        return relation.wrapped(names: names, columns: columns, keepsOrigins: false, select: { a in
            var select: [SQLFragment] = []
            for (i, column) in keyColumns.enumerated() {
                select.append(SQLFragment("\(a).\(SQLTableLayout.value(i)) AS \(SQLTableLayout.value(i))"))
                if column.hasKey { select.append(SQLFragment("MIN(\(a).\(SQLTableLayout.key(i))) AS \(SQLTableLayout.key(i))")) }
            }
            for (j, aggregate) in aggregates.enumerated() { select.append(aggregate.sql + " AS " + SQLTableLayout.value(keys + j)) }
            select.append(SQLFragment(keys == 0 ? "0 AS \(SQLRelation.position)" : "MIN(\(a).\(SQLRelation.position)) AS \(SQLRelation.position)"))
            return select
        }, rest: { a in
            SQLFragment(keys == 0 ? "" : " GROUP BY " + (0..<keys).map { "\(a).\(SQLTableLayout.value($0))" }.joined(separator: ", "))
        })
    }

    /// One aggregate of `kind` over `argument` as SQL with its type, as `Aggregate.Kind.apply`
    /// computes it; nil for `median` and for what SQL would order otherwise (text `min`, `max`).
    func aggregate(_ kind: Aggregate.Kind, _ argument: Expr?, over relation: SQLRelation) -> (sql: SQLFragment, type: ValueType)? {
        // Lede's `count(x)` counts rows, nulls too.
        if kind == .count { return (SQLFragment("COUNT(*)"), .number) }
        guard let argument, let e = translator(relation).translate(argument) else { return nil }
        let value = e.value
        switch kind {
        case .sum where e.type == .number: return ("COALESCE(SUM(" + value + "), 0)", .number)
        case .avg where e.type == .number: return ("AVG(" + value + ")", .number)
        case .min where [.number, .date, .bool].contains(e.type): return ("MIN(" + value + ")", e.type)
        case .max where [.number, .date, .bool].contains(e.type): return ("MAX(" + value + ")", e.type)
        case .distinctCount where e.type != .list && e.type != .any && e.comparesByBytes: return ("COUNT(DISTINCT " + value + ")", .number)
        default: return nil
        }
    }
}
