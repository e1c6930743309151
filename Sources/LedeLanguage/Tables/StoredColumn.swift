/// One column of a table built column by column: numbers as a plain array, other values
/// interned (each distinct value once, a 32-bit code per row). A built table then costs a few
/// bytes a cell rather than a `Value` per cell and an array per row.
enum StoredColumn: Sendable {
    /// `numbers[row]`, or null where `nulls[row]` is true; `nulls` is empty when no cell is null.
    case numbers([Double], nulls: [Bool])
    case coded(EncodedColumn)

    subscript(row: Int) -> Value {
        switch self {
        case .numbers(let numbers, let nulls): nulls.isEmpty || !nulls[row] ? .number(numbers[row]) : .null
        case .coded(let column): column[row]
        }
    }
}

/// Builds a `StoredColumn` a cell at a time: numbers into a plain array while every cell is a
/// number or null, and everything interned from the first cell that is neither.
struct ColumnBuilder {
    private var numbers: [Double] = []
    private var nulls: [Bool] = []
    /// Every cell, once one was neither a number nor null. A flag rather than an optional
    /// coder: appending through an optional copied the coder, and so every cell, each time.
    private var coder = ColumnCoder()
    private var isCoded = false

    mutating func append(_ cell: Value) {
        if isCoded {
            coder.append(cell)
            return
        }
        switch cell {
        case .number(let n):
            numbers.append(n)
            if !nulls.isEmpty { nulls.append(false) }
        case .null:
            if nulls.isEmpty { nulls = Array(repeating: false, count: numbers.count) }
            numbers.append(0)
            nulls.append(true)
        default:
            let stored = StoredColumn.numbers(numbers, nulls: nulls)
            for row in numbers.indices { coder.append(stored[row]) }
            coder.append(cell)
            isCoded = true
            numbers = []
            nulls = []
        }
    }

    var column: StoredColumn { isCoded ? .coded(coder.column) : .numbers(numbers, nulls: nulls) }
}

/// Builds a table's storage a row at a time, keeping it column by column.
struct TableBuilder {
    private var columns: [ColumnBuilder]
    private(set) var count = 0

    init(width: Int) { columns = Array(repeating: ColumnBuilder(), count: width) }

    /// Adds a row of the table's width.
    mutating func add(_ row: [Value]) {
        for (c, cell) in zip(columns.indices, row) { columns[c].append(cell) }
        count += 1
    }

    var storage: TableStorage { TableStorage(columns: columns.map(\.column), count: count) }
}
