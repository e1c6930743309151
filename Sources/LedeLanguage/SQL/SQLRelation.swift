import Foundation

/// A pipeline's rows at some stage, as a SQL query: a column `cN` per column of the schema
/// Lede would have there (with a sort key `kN` where `hasKey`), `lede_pos` giving the rows'
/// order, and `lede_article`, `lede_item` while the rows still have their origins.
struct SQLRelation {
    struct Column {
        var type: ValueType
        var hasKey: Bool
        var profile: SQLColumnProfile
    }

    var query: SQLFragment
    var names: [String]
    var columns: [Column]
    var keepsOrigins: Bool
    /// Key columns (the first ones) of a `group by` waiting for its aggregate, as
    /// `Schema.groupKeys`; 0 for none.
    var pendingKeys = 0
    /// Subqueries nested so far, to name each one apart (`t1`, `t2`, ...).
    var depth = 0

    static let position = "lede_pos"

    /// The name the next relation over this one gives it.
    var nextAlias: String { "t\(depth + 1)" }

    /// The columns and keys as written in a select list, read from table `alias`.
    func carried(from alias: String) -> [String] {
        columns.indices.flatMap { i in
            [alias + "." + SQLTableLayout.value(i)] + (columns[i].hasKey ? [alias + "." + SQLTableLayout.key(i)] : [])
        }
    }

    /// The origin columns as written in a select list, or none once the rows lost them.
    func origins(from alias: String) -> [String] {
        keepsOrigins ? [alias + "." + SQLTableLayout.article, alias + "." + SQLTableLayout.item] : []
    }

    /// A relation over this one: `select` is the select list given the alias of this one as a
    /// subquery, `rest` what follows the FROM clause.
    func wrapped(names: [String], columns: [Column], keepsOrigins: Bool,
                 select: (String) -> [SQLFragment], rest: (String) -> SQLFragment = { _ in SQLFragment("") }) -> SQLRelation {
        let alias = nextAlias
        let inner = SQLFragment("(\n  " + self.query.sql.replacingOccurrences(of: "\n", with: "\n  ") + "\n)", self.query.arguments)
        let query = "SELECT " + SQLFragment.joined(select(alias), separator: ", ") + " FROM " + inner + " AS " + alias + rest(alias)
        return SQLRelation(query: query, names: names, columns: columns, keepsOrigins: keepsOrigins, depth: depth + 1)
    }

    /// The base relation: a materialised table, in its order.
    static func base(_ table: SQLMaterialisedTable) -> SQLRelation {
        let schema = table.layout.schema
        let columns = schema.columns.enumerated().map { i, column in
            Column(type: column.type, hasKey: SQLTableLayout.hasKey(column.type) && table.profiles[i].keyed, profile: table.profiles[i])
        }
        let keepsOrigins = table.layout.origin != nil
        var select = schema.columns.indices.flatMap { i in
            [SQLTableLayout.value(i)] + (columns[i].hasKey ? [SQLTableLayout.key(i)] : [])
        }
        select.append(SQLTableLayout.row + " AS " + position)
        if keepsOrigins { select += [SQLTableLayout.article, SQLTableLayout.item] }
        return SQLRelation(query: SQLFragment("SELECT " + select.joined(separator: ", ") + " FROM " + table.layout.sqlName),
                           names: schema.names, columns: columns, keepsOrigins: keepsOrigins)
    }
}
