/// One column as dictionary codes: `values` holds each distinct value once, in order of first
/// appearance, and `codes[row]` the index of the row's value. Values are told apart exactly
/// (text by its UTF-8 bytes, numbers by their bits; `group by` joins what `==` joins): a condition read once per distinct value
/// then gives what it gives row by row, even for a regular expression, which tells apart text
/// that Swift's `==` takes as equal (a composed "é" and a decomposed one).
///
/// Codes are 32 bits: half the size of an `Int` in every cell a session keeps, and no table
/// holds 2^32 distinct values (each takes memory of its own).
struct EncodedColumn: Sendable {
    let values: [Value]
    let codes: [UInt32]

    init(_ cells: some Sequence<Value>) {
        var coder = ColumnCoder()
        coder.reserve(cells.underestimatedCount)
        for cell in cells { coder.append(cell) }
        self = coder.column
    }

    fileprivate init(values: [Value], codes: [UInt32]) {
        self.values = values
        self.codes = codes
    }

    /// The value of row `row`.
    subscript(row: Int) -> Value { values[Int(codes[row])] }

    /// The column of the rows at `rows`, in that order, coded again so that its values are in
    /// order of first appearance among those rows, as if coded from them.
    func picking(_ rows: [Int]) -> EncodedColumn {
        var coder = ColumnCoder()
        coder.reserve(rows.count)
        var newCode = [UInt32?](repeating: nil, count: values.count)
        for row in rows {
            let old = Int(codes[row])
            if let code = newCode[old] {
                coder.codes.append(code)
            } else {
                newCode[old] = coder.appendNew(values[old])
            }
        }
        return EncodedColumn(values: coder.values, codes: coder.codes)
    }
}

/// Codes a column a cell at a time, so a table is built column by column without its rows.
struct ColumnCoder {
    fileprivate(set) var values: [Value] = []
    fileprivate(set) var codes: [UInt32] = []
    private var codeOf: [ExactValue: UInt32] = [:]
    /// The last cell and its code: an item table's article columns repeat for every item of an
    /// article, and a cell equal to the last one takes its code without being hashed.
    private var last: (cell: ExactValue, code: UInt32)?

    mutating func reserve(_ count: Int) { codes.reserveCapacity(count) }

    mutating func append(_ cell: Value) {
        let key = ExactValue(cell)
        if let last, last.cell == key {
            codes.append(last.code)
            return
        }
        let code: UInt32
        if let known = codeOf[key] {
            code = known
            codes.append(known)
        } else {
            code = appendNew(cell)
            codeOf[key] = code
        }
        last = (key, code)
    }

    /// Adds a value not seen before as the next row's, returning its code.
    fileprivate mutating func appendNew(_ value: Value) -> UInt32 {
        let code = UInt32(truncatingIfNeeded: values.count)
        values.append(value)
        codes.append(code)
        return code
    }

    var column: EncodedColumn { EncodedColumn(values: values, codes: codes) }
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
