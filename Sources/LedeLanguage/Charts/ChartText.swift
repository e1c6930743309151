import LedeCorpus

/// Draws a `ChartData` as lines of terminal text: block-character bars scaled to a width, with
/// their values; a sparkline (▁▂▃▄▅▆▇█) per series with its total and peak.
public enum ChartText {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func lines(_ chart: ChartData, width: Int = 50) -> [String] {
        switch chart {
        case .bars(let bars):
            let labelWidth = min(30, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
            let top = bars.map { abs($0.value) }.max() ?? 0
            return bars.map { bar in
                let label = DisplayWidth.pad(DisplayWidth.truncate(bar.label, to: labelWidth), to: labelWidth)
                return label + " " + Self.bar(abs(bar.value), of: top, width: width) + " " + TableText.cell(.number(bar.value), style: TableStyle())
            }
        case .sparklines(let periods, let series):
            let labelWidth = min(30, series.map { DisplayWidth.of($0.label) }.max() ?? 0)
            let top = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
            var out = series.map { s in
                let label = DisplayWidth.pad(DisplayWidth.truncate(s.label, to: labelWidth), to: labelWidth)
                let total = s.values.compactMap { $0 }.reduce(0, +)
                let peak = s.values.compactMap { $0 }.max() ?? 0
                return label + " " + sparkline(s.values, top: top) + "  total " + Value.format(total) + ", peak " + Value.format(peak)
            }
            if let first = periods.first, let last = periods.last {
                out.append(String(repeating: " ", count: labelWidth + 1) + first + (periods.count > 1 ? " … " + last : ""))
            }
            return out
        }
    }

    /// A bar of `value` out of `top` in `width` columns, in eighths of a column.
    static func bar(_ value: Double, of top: Double, width: Int) -> String {
        guard top > 0, value > 0, let eighthsLong = Int(checked: (value / top * Double(width) * 8).rounded()), eighthsLong > 0 else { return "" }
        return String(repeating: "█", count: eighthsLong / 8) + eighths[eighthsLong % 8]
    }

    /// One character per value, scaled so `top` is a full block; zero is the lowest bar, a
    /// missing value a space.
    static func sparkline(_ values: [Double?], top: Double) -> String {
        String(values.map { v -> Character in
            guard let v else { return " " }
            guard top > 0, v > 0 else { return sparks[0] }
            return sparks[min(7, Int(checked: (v / top * 7).rounded()) ?? 0)]
        })
    }
}
