import Foundation

/// The cells behind a `Table`, readable by row and by column. A session's built tables keep
/// theirs column by column (`StoredColumn`), the largest thing a session holds, and make rows
/// only when a verb asks for them. `where`, `sort`, `take` and `group by` on fields make views:
/// the rows they keep and the columns they reorder as indices into the storage they read, so
/// none of them copies a cell.
///
/// Dictionary codes for a column (each distinct value once, and per row the index of its
/// value) are what `where` on a field and `group by` read instead of hashing every cell: a
/// built table's text columns are stored as codes; others are coded on first use and kept as
/// long as the storage.
///
/// A verb whose rows cost more to make than to count (`kwic` cuts its lines from the bodies)
/// may defer them: they are made once, when first read, so `| count` never makes them.
final class TableStorage: @unchecked Sendable {
    private enum Layout {
        /// Rows as a verb made them.
        case rows([[Value]])
        case columns([StoredColumn])
        /// Row `r`, column `c` is row `rows?[r] ?? r`, column `columns?[c] ?? c` of `source`,
        /// which is never itself a view.
        case view(source: TableStorage, rows: [Int]?, columns: [Int]?)
        /// The rows `make` returns, made on first read and kept in `deferredRows`.
        case deferred(make: @Sendable () -> [[Value]])
    }

    private let layout: Layout
    let count: Int
    private let lock = NSLock()
    private var encoded: [Int: EncodedColumn] = [:]
    private var deferredRows: [[Value]]?
    /// Guards `deferredRows` alone: codes are made under `lock` from cells, which may make them.
    private let deferredLock = NSLock()

    init(rows: [[Value]]) {
        layout = .rows(rows)
        count = rows.count
    }

    init(columns: [StoredColumn], count: Int) {
        layout = .columns(columns)
        self.count = count
    }

    init(count: Int, deferred make: @escaping @Sendable () -> [[Value]]) {
        layout = .deferred(make: make)
        self.count = count
    }

    private init(source: TableStorage, rows: [Int]?, columns: [Int]?) {
        layout = .view(source: source, rows: rows, columns: columns)
        count = rows?.count ?? source.count
    }

    /// The rows at `indices`, in that order.
    func selecting(_ indices: [Int]) -> TableStorage {
        guard case .view(let source, let rows, let columns) = layout else { return TableStorage(source: self, rows: indices, columns: nil) }
        return TableStorage(source: source, rows: rows.map { rows in indices.map { rows[$0] } } ?? indices, columns: columns)
    }

    /// The columns at `indices`, in that order.
    func viewing(columns indices: [Int]) -> TableStorage {
        guard case .view(let source, let rows, let columns) = layout else { return TableStorage(source: self, rows: nil, columns: indices) }
        return TableStorage(source: source, rows: rows, columns: columns.map { columns in indices.map { columns[$0] } } ?? indices)
    }

    /// The rows: made afresh on each call unless they are stored as rows, so a caller reading
    /// them more than once keeps them in a local.
    var rows: [[Value]] {
        switch layout {
        case .rows(let rows): return rows
        case .deferred(let make): return made(make)
        default: return (0..<count).map(row)
        }
    }

    private func made(_ make: () -> [[Value]]) -> [[Value]] {
        deferredLock.lock()
        defer { deferredLock.unlock() }
        if let deferredRows { return deferredRows }
        let rows = make()
        deferredRows = rows
        return rows
    }

    func row(_ r: Int) -> [Value] {
        switch layout {
        case .rows(let rows): return rows[r]
        case .columns(let columns): return columns.map { $0[r] }
        case .view(let source, let rows, let columns):
            let at = rows?[r] ?? r
            guard let columns else { return source.row(at) }
            return columns.map { source.cell(at, $0) }
        case .deferred(let make): return made(make)[r]
        }
    }

    func cell(_ r: Int, _ c: Int) -> Value {
        switch layout {
        case .rows(let rows): rows[r][c]
        case .columns(let columns): columns[c][r]
        case .view(let source, let rows, let columns): source.cell(rows?[r] ?? r, columns?[c] ?? c)
        case .deferred(let make): made(make)[r][c]
        }
    }

    /// The column's dictionary codes: as stored, or made on first use.
    func codes(_ column: Int) -> EncodedColumn {
        switch layout {
        case .columns(let columns):
            if case .coded(let coded) = columns[column] { return coded }
        case .view(let source, nil, let columns):
            return source.codes(columns?[column] ?? column)
        default: break
        }
        lock.lock()
        defer { lock.unlock() }
        if let known = encoded[column] { return known }
        let made: EncodedColumn
        if case .view(let source, let rows?, let columns) = layout {
            made = source.codes(columns?[column] ?? column).picking(rows)
        } else {
            made = EncodedColumn((0..<count).lazy.map { self.cell($0, column) })
        }
        encoded[column] = made
        return made
    }
}
