import Foundation

/// Draws a `ChartData` as a self-contained SVG (no fonts or scripts fetched), for HTML handouts:
/// horizontal bars with their labels and values, or one sparkline per series. Black on white, so
/// it photocopies.
public enum ChartSVG {
    static let width = 640.0
    static let rowHeight = 22.0
    static let labelWidth = 200.0
    static let valueWidth = 90.0

    public static func svg(_ chart: ChartData) -> String {
        switch chart {
        case .bars(let bars):
            let top = bars.map { abs($0.value) }.max() ?? 0
            let span = width - labelWidth - valueWidth
            let rows = bars.enumerated().map { i, bar -> String in
                let y = Double(i) * rowHeight
                let length = top > 0 ? abs(bar.value) / top * span : 0
                return text(DisplayWidth.truncate(bar.label, to: 30), x: labelWidth - 8, y: y + 15, anchor: "end")
                    + "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\(quoted(length)) height=\"14\" fill=\"#444\"/>"
                    + text(TableText.cell(.number(bar.value), style: TableStyle()), x: labelWidth + length + 6, y: y + 15, anchor: "start")
            }
            return frame(height: Double(bars.count) * rowHeight, title: "bar chart", body: rows.joined())
        case .sparklines(let periods, let series):
            let top = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
            let span = width - labelWidth - valueWidth
            let step = periods.count > 1 ? span / Double(periods.count - 1) : 0
            var rows = series.enumerated().map { i, s -> String in
                let y = Double(i) * (rowHeight + 8)
                let points = s.values.enumerated().compactMap { j, v -> String? in
                    guard let v else { return nil }
                    let height = top > 0 ? v / top * (rowHeight - 4) : 0
                    return format(labelWidth + Double(j) * step) + "," + format(y + rowHeight - height)
                }
                let total = s.values.compactMap { $0 }.reduce(0, +)
                return text(DisplayWidth.truncate(s.label, to: 30), x: labelWidth - 8, y: y + 16, anchor: "end")
                    + "<polyline fill=\"none\" stroke=\"#222\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/>"
                    + text("total " + Value.format(total), x: width - valueWidth + 6, y: y + 16, anchor: "start")
            }
            if let first = periods.first, let last = periods.last {
                let y = Double(series.count) * (rowHeight + 8) + 12
                rows.append(text(first, x: labelWidth, y: y, anchor: "start") + text(last, x: width - valueWidth, y: y, anchor: "end"))
            }
            return frame(height: Double(series.count) * (rowHeight + 8) + 18, title: "sparklines", body: rows.joined())
        }
    }

    private static func frame(height: Double, title: String, body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(format(width)) \(format(max(height, 1)))\" width=\"\(format(width))\" "
            + "font-family=\"sans-serif\" font-size=\"12\"><title>\(title)</title>\(body)</svg>"
    }

    private static func text(_ s: String, x: Double, y: Double, anchor: String) -> String {
        "<text x=\(quoted(x)) y=\(quoted(y)) text-anchor=\"\(anchor)\">\(escape(s))</text>"
    }

    private static func quoted(_ n: Double) -> String { "\"" + format(n) + "\"" }
    private static func format(_ n: Double) -> String { String(format: "%.1f", n) }

    /// Text inside SVG or HTML: the five characters markup gives meaning to.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
