/// Writes a table in an output format.
public enum Renderer {
    public static func render(_ t: Table, as format: OutputFormat, style: TableStyle = TableStyle()) -> String {
        switch format {
        case .table: TableText.render(t, style: style)
        case .csv: DataFormats.csv(t, separator: ",")
        case .tsv: DataFormats.csv(t, separator: "\t")
        case .json: DataFormats.json(t)
        case .jsonl: DataFormats.jsonLines(t)
        case .markdown: DataFormats.markdown(t)
        }
    }

    /// One value as the table format shows it (numbers grouped, text on one line), for front
    /// ends that lay out tables themselves (HTML handouts).
    public static func cell(_ v: Value) -> String {
        TableText.cell(v, style: TableStyle())
    }
}
