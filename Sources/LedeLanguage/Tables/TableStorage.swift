import Foundation

/// The cells behind a `Table`, readable by column as well as by row: dictionary codes for a
/// column (each distinct value once, and per row the index of its value) are made on first use
/// and kept as long as the table, so `where` on a field and `group by` on fields work on small
/// integers instead of hashing every cell, and a session's built tables pay for that once.
///
/// A `group by` on plain fields only reorders columns (keys first), so its rows are kept as a
/// view of the input's rows through a column map; they are made into rows only if a verb asks
/// for `rows`, which aggregates do not. A verb whose rows cost more to make than to count
/// (`kwic` cuts its lines from the bodies) may defer them the same way: `| count` never makes them.
final class TableStorage: @unchecked Sendable {
    private enum Layout {
        case rows([[Value]])
        /// Column `i` is column `columns[i]` of `source`.
        case view(source: TableStorage, columns: [Int])
        /// The rows `make` returns, `count` of them.
        case deferred(make: @Sendable () -> [[Value]])
    }

    private let layout: Layout
    let count: Int
    private let lock = NSLock()
    private var madeRows: [[Value]]?
    private var encoded: [Int: EncodedColumn] = [:]

    init(rows: [[Value]]) {
        layout = .rows(rows)
        count = rows.count
    }

    init(viewing source: TableStorage, columns: [Int]) {
        layout = .view(source: source, columns: columns)
        count = source.count
    }

    init(count: Int, deferred make: @escaping @Sendable () -> [[Value]]) {
        layout = .deferred(make: make)
        self.count = count
    }

    /// The rows, made the first time a view or deferred rows are asked for them.
    var rows: [[Value]] {
        switch layout {
        case .rows(let rows): rows
        case .view(let source, let columns): made { source.rows.map { row in columns.map { row[$0] } } }
        case .deferred(let make): made(make)
        }
    }

    private func made(_ make: () -> [[Value]]) -> [[Value]] {
        lock.lock()
        defer { lock.unlock() }
        if let madeRows { return madeRows }
        let made = make()
        madeRows = made
        return made
    }

    /// The cell at `row`, `column`, without making a view's rows.
    func cell(_ row: Int, _ column: Int) -> Value {
        switch layout {
        case .rows(let rows): rows[row][column]
        case .view(let source, let columns): source.cell(row, columns[column])
        case .deferred: rows[row][column]
        }
    }

    /// The column's dictionary codes, made on first use.
    func codes(_ column: Int) -> EncodedColumn {
        switch layout {
        case .view(let source, let columns): return source.codes(columns[column])
        case .rows, .deferred:
            // Made before locking: deferred rows take the lock to be made.
            let rows = self.rows
            lock.lock()
            defer { lock.unlock() }
            if let known = encoded[column] { return known }
            let made = EncodedColumn(rows.lazy.map { $0[column] })
            encoded[column] = made
            return made
        }
    }
}

/// One column as dictionary codes: `values` holds each distinct value once, in order of first
/// appearance, and `codes[row]` the index of the row's value. Values are told apart exactly
/// (text by its UTF-8 bytes, numbers by their bits; `group by` joins what `==` joins): a condition read once per distinct value
/// then gives what it gives row by row, even for a regular expression, which tells apart text
/// that Swift's `==` takes as equal (a composed "é" and a decomposed one).
struct EncodedColumn: Sendable {
    let values: [Value]
    let codes: [Int]

    init(_ cells: some Sequence<Value>) {
        var values: [Value] = []
        var codes: [Int] = []
        codes.reserveCapacity(cells.underestimatedCount)
        var codeOf: [ExactValue: Int] = [:]
        for cell in cells {
            let key = ExactValue(cell)
            if let code = codeOf[key] { codes.append(code); continue }
            let code = values.count
            codeOf[key] = code
            values.append(cell)
            codes.append(code)
        }
        self.values = values
        self.codes = codes
    }
}

/// A value compared exactly: text by its UTF-8 bytes, numbers by their bits (NaN, unequal to
/// itself as in `Value`, never matches, so each NaN cell keeps a code of its own).
struct ExactValue: Hashable, Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (a: ExactValue, b: ExactValue) -> Bool {
        switch (a.value, b.value) {
        case (.text(let x), .text(let y)): x.utf8.elementsEqual(y.utf8)
        case (.number(let x), .number(let y)): x == y && x.bitPattern == y.bitPattern
        default: a.value == b.value
        }
    }

    func hash(into hasher: inout Hasher) {
        switch value {
        case .text(var s):
            hasher.combine(0 as UInt8)
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .number(let n):
            hasher.combine(1 as UInt8)
            hasher.combine(n.bitPattern)
        default: hasher.combine(value)
        }
    }
}
