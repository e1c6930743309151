import Foundation

/// A CSV/TSV table of article metadata joined to text files by file name (PolNeAR's
/// `metadata.tsv`, the ukraine-war-news `index.csv`).
struct MetadataTable: Sendable {
    static let nameColumns = ["filename", "file", "name", "id"]
    /// Names a table next to the text files may have to be attached without being asked for.
    static let automaticNames = ["metadata.tsv", "index.csv"]

    let path: String
    private let header: [String]
    private let nameColumn: Int
    private let rows: [String: [String]]

    /// Reads the table; nil when it cannot be read or has no file-name column. Problems (including
    /// CSV errors in a table that still loads) are added to `problems`.
    static func load(_ path: String, access: FileAccess, problems: inout [Diagnostic]) -> MetadataTable? {
        let bytes: [UInt8]
        switch SourceFile.read(path, access: access) {
        case .success(let b)?: bytes = Array(TextDecoder.decode(b).text.utf8)
        case .failure(let d)?: problems.append(d); return nil
        case nil: return nil
        }
        var read = LoadedFile()
        defer { problems += read.skipped }
        guard let (header, rows) = CSVLoader.table(bytes, path: path, into: &read),
              let column = nameColumns.lazy.compactMap({ name in header.firstIndex { $0.lowercased() == name } }).first
        else {
            read.skipped.append(PathExpander.problem(
                path, "metadata table has no file-name column (\(nameColumns.joined(separator: ", ")))"))
            return nil
        }
        var byName: [String: [String]] = [:]
        for row in rows where column < row.fields.count {
            byName[row.fields[column]] = row.fields
        }
        return MetadataTable(path: path, header: header, nameColumn: column, rows: byName)
    }

    /// The row for a text file, matched on its base name with or without extension.
    func fields(forFile file: String) -> ArticleFields? {
        var name = file
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        guard let row = rows[name] ?? rows[PathExpander.withoutExtension(name)] else { return nil }
        // The text file has the body; a summary column such as `first_line` would only repeat it.
        let pairs = zip(header, row).enumerated().filter { i, pair in
            i != nameColumn && ![.body, .fallbackBody].contains(FieldMapping.role(of: pair.0))
        }.map { (key: $0.1.0, value: FieldValue.text($0.1.1)) }
        return FieldMapping.fields(pairs)
    }

    /// A `metadata.tsv` or `index.csv` in the file's folder, its parent or its grandparent that
    /// has a row for the file.
    static func nearby(_ path: String, access: FileAccess, cache: inout NearbyTables) -> MetadataTable? {
        let (folder, file) = PathExpander.split(path)
        let candidates = cache.folders[folder] ?? cache.candidates(around: folder, access: access)
        return candidates.first { $0.fields(forFile: file) != nil }
    }
}

/// The tables `MetadataTable.nearby` has looked for in one load: each read once, and each
/// folder's candidates found once, as a load asks for every one of thousands of files.
struct NearbyTables {
    private var tables: [String: MetadataTable?] = [:]
    /// The tables in a folder, its parent and its grandparent, nearest first.
    private(set) var folders: [String: [MetadataTable]] = [:]

    /// Finds, and keeps for the next file in `folder`, the tables around it.
    mutating func candidates(around folder: String, access: FileAccess) -> [MetadataTable] {
        var found: [MetadataTable] = []
        var dir = folder
        for _ in 0..<3 {
            for name in MetadataTable.automaticNames {
                let candidate = PathExpander.join(dir, name)
                if tables[candidate] == nil {
                    // A table found by looking around is only a candidate: its problems are not the user's.
                    var ignored: [Diagnostic] = []
                    tables[candidate] = .some(FileManager.default.fileExists(atPath: candidate)
                        ? MetadataTable.load(candidate, access: access, problems: &ignored) : nil)
                }
                if let table = tables[candidate] ?? nil { found.append(table) }
            }
            let parent = PathExpander.split(dir).folder
            if parent == dir || dir.isEmpty || dir == "." || dir == ".." { break }
            dir = parent
        }
        folders[folder] = found
        return found
    }
}
