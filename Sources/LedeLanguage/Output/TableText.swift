import LedeCorpus

/// Aligned text tables that fit a width: numbers right-aligned with thousands separators, long
/// text cut with "…", and a line saying what was left out.
enum TableText {
    static func render(_ t: Table, style: TableStyle) -> String {
        if t.schema.isScalar, t.count == 1, case let row = t.row(0), row.count == 1 {
            return cell(row[0], style: style) + "\n"
        }
        if t.schema.isText {
            return t.rows.map { ($0.first?.plain ?? "").escapingControlCharacters + "\n" }.joined()
        }
        // Only the rows shown are made: a table may keep columns rather than rows.
        let shown = (0..<min(t.count, style.maxRows)).map(t.row)
        let numeric = t.columns.map { $0.type == .number }
        var cells = shown.map { row in row.map { cell($0, style: style) } }
        let headers = t.schema.names.map(\.escapingControlCharacters)
        var widths = headers.indices.map { c in
            cells.reduce(DisplayWidth.of(headers[c])) { max($0, DisplayWidth.of($1[c])) }
        }
        for c in widths.indices where !numeric[c] { widths[c] = min(widths[c], max(style.maxCellWidth, DisplayWidth.of(headers[c]))) }
        fit(&widths, numeric: numeric, headers: headers, total: style.width)

        var cut = false
        for r in cells.indices {
            for c in widths.indices where DisplayWidth.of(cells[r][c]) > widths[c] {
                cells[r][c] = DisplayWidth.truncate(cells[r][c], to: widths[c])
                cut = true
            }
        }
        func line(_ values: [String], header: Bool) -> String {
            values.indices.map { c in
                var text = DisplayWidth.pad(DisplayWidth.truncate(values[c], to: widths[c]), to: widths[c], right: numeric[c])
                if style.color { text = Colors.paint(text, column: headers[c], header: header, number: numeric[c]) }
                return text
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = line(headers, header: true) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, header: false) + "\n" }
        var notes: [String] = []
        if t.count == 0 { notes.append("(no rows)") }
        if t.count > shown.count {
            let more = t.count - shown.count
            notes.append("... \(LoadReport.grouped(more)) more row\(more == 1 ? "" : "s") (\(LoadReport.grouped(t.count)) in all)")
        }
        if cut { notes.append("(long text cut to fit; `format csv` or `export` gives it whole)") }
        return out + notes.map { $0 + "\n" }.joined()
    }

    /// Narrows the widest text columns until the table fits, never below a readable minimum.
    static func fit(_ widths: inout [Int], numeric: [Bool], headers: [String], total: Int) {
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > total {
            guard let widest = widths.indices.filter({ !numeric[$0] && widths[$0] > max(8, min(DisplayWidth.of(headers[$0]), 12)) })
                .max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
        }
    }

    static func cell(_ v: Value, style: TableStyle) -> String {
        switch v {
        case .number(let n) where style.groupDigits && n == n.rounded() && Swift.abs(n) < 1e15:
            return Int(checked: n).map(LoadReport.grouped) ?? v.plain
        // Past 2^53 (a "$4.5bn trillion" figure) there is no whole part to group: plain digits.
        case .number(let n) where style.groupDigits && Swift.abs(n) >= 1000:
            guard let whole = Int(checked: n) else { return v.plain }
            let fraction = Value.format(Swift.abs(n - Double(whole))).dropFirst()
            return (n < 0 && whole == 0 ? "-" : "") + LoadReport.grouped(whole) + fraction
        case .text(let s):
            let line = s.contains(where: \.isNewline) ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
            return line.escapingControlCharacters
        default:
            return v.plain
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// ANSI colours for terminals; callers decide when (a terminal, no NO_COLOR).
public enum Colors {
    public static let reset = "\u{1B}[0m"
    public static let bold = "\u{1B}[1m"
    public static let dim = "\u{1B}[2m"
    public static let red = "\u{1B}[31m"
    public static let green = "\u{1B}[32m"
    public static let yellow = "\u{1B}[33m"
    public static let blue = "\u{1B}[34m"
    public static let magenta = "\u{1B}[35m"
    public static let cyan = "\u{1B}[36m"

    static let speakerColumns: Set<String> = ["speaker", "mention", "claimant", "name"]
    static let cueColumns: Set<String> = ["cue", "cue_text", "qualifier"]

    static func paint(_ text: String, column: String, header: Bool, number: Bool) -> String {
        if header { return bold + cyan + text + reset }
        if number { return green + text + reset }
        if speakerColumns.contains(column) { return yellow + text + reset }
        if cueColumns.contains(column) { return magenta + text + reset }
        return text
    }
}
