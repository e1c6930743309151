import LedeStore

/// What differs between SQLite and PostgreSQL in the SQL pushed down: column types, null-safe
/// equality, text order and containment, offsets without a limit.
extension SQLDialect {
    /// The column type holding values of `type`. Dates are day ordinals and truth values 0 or 1
    /// in both, so that comparisons and `min`/`max` read the same; lists are JSON text.
    func columnType(_ type: ValueType) -> String {
        switch (self, type) {
        case (.sqlite, .number): "REAL"
        case (.postgresql, .number): "DOUBLE PRECISION"
        case (.sqlite, .date), (.sqlite, .bool): "INTEGER"
        case (.postgresql, .date), (.postgresql, .bool): "BIGINT"
        default: "TEXT"
        }
    }

    /// The type of whole numbers: row positions and origins.
    var integerType: String { self == .sqlite ? "INTEGER" : "BIGINT" }

    /// Equality that holds between two nulls, as Lede's `=`.
    var isNotDistinct: String { self == .sqlite ? " IS " : " IS NOT DISTINCT FROM " }

    /// Text compared byte by byte, which for UTF-8 is code point order: Lede's order of the
    /// lower-cased, composed text kept in a column's sort key.
    func binaryOrder(_ text: SQLFragment) -> SQLFragment {
        self == .sqlite ? text : (text + " COLLATE \"C\"").bracketed
    }

    /// Whether ASCII `text` holds the lower-case ASCII `needle`, ignoring ASCII case: both
    /// databases' `lower` fold ASCII alone here (SQLite without ICU; PostgreSQL under "C").
    func containsIgnoringASCIICase(_ text: SQLFragment, _ needle: SQLFragment) -> SQLFragment {
        switch self {
        case .sqlite: ("instr(lower(" + text + "), " + needle + ") > 0").bracketed
        case .postgresql: ("strpos(lower(" + text + " COLLATE \"C\"), " + needle + ") > 0").bracketed
        }
    }

    /// An ASCII text as `join` matches it: spaces and tabs trimmed, lower case (`ArticleExprs.fold`).
    func joinKey(_ text: String) -> String {
        switch self {
        case .sqlite: "lower(trim(\(text), ' ' || char(9)))"
        case .postgresql: "lower(btrim(\(text), ' ' || chr(9)) COLLATE \"C\")"
        }
    }

    /// `OFFSET n` with no limit.
    var unlimited: String { self == .sqlite ? " LIMIT -1" : "" }

    /// A truth value as 0 or 1 (null stays null), for columns: PostgreSQL keeps booleans apart
    /// from integers, SQLite's are integers already.
    func integer(ofCondition condition: SQLFragment) -> SQLFragment {
        self == .sqlite ? condition : "CASE WHEN " + condition + " THEN 1 WHEN NOT " + condition + " THEN 0 END"
    }
}
