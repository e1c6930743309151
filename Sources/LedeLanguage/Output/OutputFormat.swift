/// How results are written: aligned text for people, or a data format for other programs.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown

    /// The format `export` uses for a file name's extension.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "md", "markdown": self = .markdown
        case "txt": self = .table
        default: return nil
        }
    }
}

/// Options for the `table` format; other formats write everything.
public struct TableStyle: Sendable {
    /// Total width to fit, in terminal columns.
    public var width = 120
    /// Rows shown before "... N more rows".
    public var maxRows = 40
    /// Widest a text column may be before it is cut with "…".
    public var maxCellWidth = 60
    public var color = false
    /// Thousands separators in numbers (1,205), for people; data formats never group.
    public var groupDigits = true

    public init(width: Int = 120, maxRows: Int = 40, maxCellWidth: Int = 60, color: Bool = false) {
        self.width = width
        self.maxRows = maxRows
        self.maxCellWidth = maxCellWidth
        self.color = color
    }
}
