/// The rows of a table grouped by the values of some of its columns, as row indices: groups in
/// order of their first row, each group's rows in table order. Grouping reads the columns'
/// dictionary codes (`TableStorage`), so no cell is hashed again once a column is coded and no
/// row is copied.
struct RowGroups {
    /// Per group, its rows.
    let members: [[Int]]

    /// Groups by the values of column `first`, then of each of `rest`.
    init(_ table: Table, by first: Int, then rest: ArraySlice<Int>) {
        // Each row's group by the first key, then split by each further key in turn.
        var (group, groups) = Self.classes(table, first)
        for key in rest {
            let (classes, _) = Self.classes(table, key)
            var numbered: [Pair: Int] = [:]
            for row in group.indices {
                let pair = Pair(group: group[row], value: classes[row])
                if let known = numbered[pair] {
                    group[row] = known
                } else {
                    group[row] = numbered.count
                    numbered[pair] = numbered.count
                }
            }
            groups = numbered.count
        }
        var members = [[Int]](repeating: [], count: groups)
        for (row, g) in group.enumerated() { members[g].append(row) }
        self.members = members
    }

    /// Per row, the number of its value in `column` among the column's values as `==` tells
    /// them apart, numbered in order of first appearance; and how many there are. Codes tell
    /// values apart exactly, so codes of values `==` takes as equal are joined here.
    private static func classes(_ table: Table, _ column: Int) -> (ofRow: [Int], count: Int) {
        let encoded = table.storage.codes(column)
        var classOf: [Value: Int] = [:]
        var classOfCode: [Int] = []
        classOfCode.reserveCapacity(encoded.values.count)
        var count = 0
        for value in encoded.values {
            if let known = classOf[value] {
                classOfCode.append(known)
            } else {
                // NaN finds no equal, as when rows were grouped one by one: each is its own.
                classOf[value] = count
                classOfCode.append(count)
                count += 1
            }
        }
        return (encoded.codes.map { classOfCode[Int($0)] }, count)
    }

    private struct Pair: Hashable {
        var group: Int
        var value: Int
    }
}
