/// What a chart shows, apart from how it is drawn: the `chart` verb draws it as text, and other
/// front ends (notebooks, SVG) can draw the same data.
public enum ChartData: Sendable, Equatable {
    /// Horizontal bars, one per row: a label and a number.
    case bars([Bar])
    /// One line of values over time per group (a `timeline`): periods shared by all series.
    case sparklines(periods: [String], series: [Series])

    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        public init(label: String, value: Double) { self.label = label; self.value = value }
    }

    public struct Series: Sendable, Equatable {
        public var label: String
        /// One value per period; nil where the period has no row.
        public var values: [Double?]
        public init(label: String, values: [Double?]) { self.label = label; self.values = values }
    }

    /// Reads a chart out of a table. A table with a `period` column (a `timeline`) gives one
    /// series per group, of `value` (default `count`, else its first number column). Any other
    /// table gives bars: `label` (default: its text columns joined) against `value` (default: its
    /// first number column). Nil when there is no number column to draw.
    public static func from(_ table: Table, label: String? = nil, value: String? = nil) -> ChartData? {
        let schema = table.schema
        let numbers = schema.columns.indices.filter { schema.columns[$0].type == .number }
        func index(_ name: String?) -> Int? { name.flatMap(schema.index(of:)) }
        if let periodAt = schema.index(of: "period"), label == nil {
            guard let valueAt = index(value) ?? schema.index(of: "count") ?? numbers.first else { return nil }
            let groupAt = schema.columns.indices.filter { $0 != periodAt && $0 != valueAt && !numbers.contains($0) }
            var periods: [String] = [], seriesOrder: [String] = []
            var values: [String: [String: Double]] = [:]
            for row in table.rows {
                let p = row[periodAt].plain
                let g = groupAt.isEmpty ? "all" : groupAt.map { row[$0].isNull ? "(none)" : row[$0].plain }.joined(separator: " · ")
                if !periods.contains(p) { periods.append(p) }
                if values[g] == nil { seriesOrder.append(g) }
                values[g, default: [:]][p] = row[valueAt].number
            }
            periods.sort()
            return .sparklines(periods: periods, series: seriesOrder.map { g in Series(label: g, values: periods.map { values[g]?[$0] }) })
        }
        guard let valueAt = index(value) ?? numbers.first else { return nil }
        let labelAt = index(label).map { [$0] } ?? schema.columns.indices.filter { !numbers.contains($0) }
        return .bars(table.rows.enumerated().map { i, row in
            let text = labelAt.isEmpty ? String(i + 1) : labelAt.map { row[$0].isNull ? "(none)" : row[$0].plain }.joined(separator: " · ")
            return Bar(label: text, value: row[valueAt].number ?? 0)
        })
    }
}
