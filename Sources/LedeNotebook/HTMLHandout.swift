import LedeLanguage

/// A notebook as one self-contained HTML handout: prose, code, tables, charts as inline SVG, and
/// a print stylesheet for A4 and Letter. It loads nothing (no fonts, scripts or images from
/// elsewhere), so it opens offline and photocopies in black and white.
public enum HTMLHandout {
    /// - Parameters:
    ///   - results: a fresh run of the notebook, one per cell.
    ///   - staleLines: the lines of the cells whose stored outputs differ from the run; the
    ///     handout says so at the top.
    public static func html(_ notebook: Notebook, results: [CellRun?], style: TableStyle, staleLines: [Int]) -> String {
        var body = ""
        if !staleLines.isEmpty {
            body += "<p class=\"stale\"><strong>Stale outputs.</strong> " + ChartSVG.escape(Export.staleNote(notebook.name, staleLines))
                + "</p>\n"
        }
        for segment in notebook.segments {
            switch segment {
            case .prose(let text):
                body += MarkdownHTML.html(text)
            case .cell(let index):
                body += "<section class=\"cell\"><pre class=\"code\"><code>" + ChartSVG.escape(notebook.cells[index].code) + "</code></pre>\n"
                for item in results[index]?.items ?? [] { body += html(item, style: style) }
                body += "</section>\n"
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="lede notebook export">
        <title>\(ChartSVG.escape(title(notebook)))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    static func title(_ notebook: Notebook) -> String {
        notebook.lines.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)).withoutCR } ?? notebook.name
    }

    static func html(_ item: CellRun.Item, style: TableStyle) -> String {
        switch item {
        case .table(let table, let text):
            if let chart = table.chart { return "<figure class=\"chart\">" + ChartSVG.svg(chart) + "</figure>\n" }
            if table.schema.isText || table.schema.isScalar { return pre(text, class: "output") }
            return self.table(table, maxRows: style.maxRows)
        case .text(let text): return pre(text, class: "output")
        case .message(let text): return pre(text, class: "message")
        }
    }

    private static func pre(_ text: String, class name: String) -> String {
        "<pre class=\"\(name)\">" + ChartSVG.escape(text.trimmingFinalNewline) + "</pre>\n"
    }

    private static func table(_ table: Table, maxRows: Int) -> String {
        let numeric = table.columns.map { $0.type == .number }
        let head = table.columns.map { "<th>" + ChartSVG.escape($0.name) + "</th>" }.joined()
        let rows = (0..<min(table.count, maxRows)).map(table.row).map { row in
            "<tr>" + zip(row, numeric).map { value, number in
                (number ? "<td class=\"num\">" : "<td>") + ChartSVG.escape(Renderer.cell(value)) + "</td>"
            }.joined() + "</tr>\n"
        }.joined()
        var out = "<div class=\"result\"><table><thead><tr>\(head)</tr></thead><tbody>\n\(rows)</tbody></table>"
        if table.count == 0 { out += "<p class=\"note\">(no rows)</p>" }
        if table.count > maxRows { out += "<p class=\"note\">… \(table.count - maxRows) more rows (\(table.count) in all)</p>" }
        return out + "</div>\n"
    }

    /// Screen and print. For print, the page is the printer's own (A4 or Letter): content fits
    /// the narrower A4 width and the shorter Letter height, nothing relies on colour, and a
    /// teacher's page starts on a new sheet so it can be left out of the copies.
    static let stylesheet = """
    :root { color: #111; background: #fff; }
    body { font: 16px/1.5 Georgia, "Times New Roman", serif; margin: 0; }
    main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
    h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; line-height: 1.2; }
    code, pre { font: 13px/1.4 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.4rem 0; padding: 0.5rem 0.7rem; }
    pre.code { background: #f3f3f3; border-left: 4px solid #555; }
    pre.output { border-left: 4px solid #bbb; }
    pre.message { color: #444; font-style: italic; border-left: 4px dotted #bbb; }
    .cell { margin: 1rem 0 1.5rem; }
    .result { overflow-x: auto; }
    table { border-collapse: collapse; margin: 0.5rem 0; font: 13px/1.35 Helvetica, Arial, sans-serif; }
    th, td { border: 1px solid #999; padding: 0.2rem 0.45rem; text-align: left; vertical-align: top; }
    th { background: #eee; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    figure.chart { margin: 0.5rem 0; }
    figure.chart svg { max-width: 100%; height: auto; }
    .note { font-size: 13px; color: #444; margin: 0.2rem 0; }
    .stale { border: 2px solid #111; padding: 0.5rem 0.8rem; }
    @page { margin: 15mm 14mm; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; margin: 0; padding: 0; }
      pre, table, figure, blockquote { break-inside: avoid; }
      h1, h2, h3 { break-after: avoid; }
      h2.teacher { break-before: page; }
      pre.code, th { background: none; }
      .result { overflow: visible; }
      table { font-size: 8.5pt; width: 100%; }
      code, pre { font-size: 8.5pt; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
