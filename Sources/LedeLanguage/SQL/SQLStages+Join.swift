import LedeStore

/// `join` in SQL, giving the rows of Lede's `Join` in its order.
extension SQLStages {
    /// `[left] join TABLE on KEYS`, TABLE written into the database as `table`: each row then
    /// its matches in TABLE's order, or for `left join` one row with nulls where none match.
    /// Each key must have one type on both sides and, if text, be ASCII on both, where SQL folds
    /// it as Lede does (spaces and tabs trimmed, lower case); nulls match nothing in both.
    func join(_ relation: SQLRelation, _ stage: Stage, with table: SQLMaterialisedTable) -> SQLRelation? {
        guard relation.pendingKeys == 0, stage.items.count == 1, let name = stage.items[0].expr.fieldName,
              let on = stage.clause("on"), !on.items.isEmpty else { return nil }
        let right = SQLRelation.base(table)
        let input = Schema(zip(relation.names, relation.columns).map { Column($0, $1.type) })
        let alias = relation.nextAlias, other = alias + "r", inner = other + "r"
        var matched: [Join.Key] = []
        var conditions: [String] = []
        var folded: [String] = []
        for item in on.items {
            guard let key = Join.fields(item, input: input), let l = relation.names.firstIndex(of: key.left),
                  let r = right.names.firstIndex(of: key.right) else { return nil }
            let type = relation.columns[l].type
            guard type == right.columns[r].type, [.number, .date, .bool, .text].contains(type),
                  type != .text || relation.columns[l].profile.ascii && right.columns[r].profile.ascii else { return nil }
            let a = alias + "." + SQLTableLayout.value(l), b = inner + "." + SQLTableLayout.value(r)
            let column = "lede_j\(matched.count)"
            folded.append((type == .text ? dialect.joinKey(b) : b) + " AS " + column)
            conditions.append((type == .text ? dialect.joinKey(a) : a) + " = " + other + "." + column)
            matched.append(key)
        }
        let (added, output) = Join.joined(input, table.layout.schema, table: name, keys: matched)
        var select = relation.carried(from: alias)
        for (j, i) in added.enumerated() {
            let n = relation.columns.count + j
            select.append("\(other).\(SQLTableLayout.value(i)) AS \(SQLTableLayout.value(n))")
            if right.columns[i].hasKey { select.append("\(other).\(SQLTableLayout.key(i)) AS \(SQLTableLayout.key(n))") }
        }
        let position = SQLRelation.position
        select.append("ROW_NUMBER() OVER (ORDER BY \(alias).\(position), \(other).\(position)) AS \(position)")
        select += relation.origins(from: alias)
        // The other table with its keys folded, kept apart by OFFSET 0 so that the database
        // indexes (SQLite) or hashes (PostgreSQL) the folded keys instead of folding both
        // sides for every pair of rows.
        let keys = folded.joined(separator: ", ")
        let keyed: SQLFragment = "(SELECT \(inner).*, \(keys) FROM (" + right.query + ") AS \(inner)\(dialect.unlimited) OFFSET 0)"
        let kind = stage.clause("left") == nil ? " JOIN " : " LEFT JOIN "
        return relation.wrapped(names: output.names, columns: relation.columns + added.map { right.columns[$0] },
                                keepsOrigins: relation.keepsOrigins, select: { _ in select.map { SQLFragment($0) } },
                                rest: { _ in kind + keyed + " AS \(other) ON " + conditions.joined(separator: " AND ") })
    }
}
