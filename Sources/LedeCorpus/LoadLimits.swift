/// Sizes past which input is skipped with a message rather than read: a file, or what a `.gz`
/// file expands to, and one article's text. Real news sits far below both; without them a 2 GB
/// expansion or a 200 MB line aborts on allocation or stalls extraction.
enum LoadLimits {
    static let fileBytes = 256 << 20
    static let articleBytes = 4 << 20

    /// 268435456 -> "256 MB".
    static func megabytes(_ bytes: Int) -> String {
        "\(LoadReport.grouped((bytes + (1 << 20) - 1) >> 20)) MB"
    }
}
