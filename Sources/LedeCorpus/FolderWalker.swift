import Foundation

/// Lists folders for `load`: recursive walks and glob matching. Each folder is read once per
/// load, by device and inode, so a link back to a parent ends the walk there instead of looping
/// for ever; a folder that cannot be read is reported with the system's reason; Ctrl-C stops it.
struct FolderWalker {
    let cancellation: Cancellation
    /// Folders outside it are not listed (the sandbox).
    let access: FileAccess
    var problems: [Diagnostic] = []
    var notes: [Diagnostic] = []
    /// Files left out as not articles, by extension (".txt", "no extension").
    var leftOut: [String: Int] = [:]
    var interrupted = false
    private var visited: Set<[UInt64]> = []

    init(cancellation: Cancellation, access: FileAccess) {
        self.cancellation = cancellation
        self.access = access
    }

    /// Loadable files under a folder, recursively, in sorted order. Hidden files are skipped;
    /// files that are not articles (other formats, READMEs and licences, metadata tables, which
    /// describe the articles next to them) are counted in `leftOut` by extension.
    mutating func walk(_ dir: String) -> [String] {
        guard enter(dir) else { return [] }
        var files: [String] = []
        for (name, isFolder) in list(dir) {
            let path = PathExpander.join(dir, name)
            let format = PathExpander.format(of: name)
            if isFolder ?? PathExpander.isDirectory(path) {
                files += walk(path)
            } else if PathExpander.loadable.contains(format) && !MetadataTable.automaticNames.contains(name.lowercased())
                        && !PathExpander.notArticles.contains(PathExpander.withoutExtension(name).lowercased()) {
                files.append(path)
            } else {
                leftOut[format.isEmpty ? "no extension" : "." + format, default: 0] += 1
            }
        }
        return files
    }

    /// Matches the pattern one path component at a time, starting from its literal prefix.
    mutating func glob(_ pattern: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let parts = pattern.split(separator: "/").map(String.init)
        var current: [String] = [absolute ? "/" : ""]
        for (i, part) in parts.enumerated() {
            let last = i == parts.count - 1
            var next: [String] = []
            for dir in current {
                if part == "**" {
                    if enter(dir) { next += [dir] + subfolders(dir) }
                } else if !part.contains(where: { $0 == "*" || $0 == "?" }) {
                    let path = PathExpander.join(dir, part)
                    if last ? FileManager.default.fileExists(atPath: path) : PathExpander.isDirectory(path) { next.append(path) }
                } else {
                    for (name, _) in list(dir) where PathExpander.matches(Array(part.utf8), Array(name.utf8)) {
                        let path = PathExpander.join(dir, name)
                        if last || PathExpander.isDirectory(path) { next.append(path) }
                    }
                }
            }
            current = next
        }
        // `**` at the end means every file below.
        if parts.last == "**" {
            visited.removeAll()
            return Array(Set(current.flatMap { walk($0) })).sorted()
        }
        return Array(Set(current)).sorted()
    }

    /// The folders below `dir` (entered already), each once.
    private mutating func subfolders(_ dir: String) -> [String] {
        var found: [String] = []
        for (name, isFolder) in list(dir) {
            let path = PathExpander.join(dir, name)
            guard isFolder ?? PathExpander.isDirectory(path), enter(path) else { continue }
            found += [path] + subfolders(path)
        }
        return found
    }

    /// True the first time a folder is reached in this walk and while Ctrl-C has not been pressed.
    private mutating func enter(_ dir: String) -> Bool {
        if cancellation.isCancelled { interrupted = true }
        guard !interrupted else { return false }
        var info = stat()
        guard stat(dir.isEmpty ? "." : dir, &info) == 0 else { return true }
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            notes.append(Diagnostic(.note, "skipped: this folder was already read (a link back to a folder above it, or a second link to one)",
                                    at: SourceSpan(file: dir, line: 1, column: 1)))
            return false
        }
        return true
    }

    /// The names in a folder, without hidden ones, sorted; an unreadable folder is reported.
    /// Whether each is a folder comes with the listing (sparing a `stat` per file), nil for a link
    /// or where the file system does not say.
    private mutating func list(_ dir: String) -> [(name: String, isFolder: Bool?)] {
        if let refused = access.check(dir.isEmpty ? "." : dir, for: .read) {
            problems.append(refused)
            return []
        }
        guard let stream = opendir(dir.isEmpty ? "." : dir) else {
            problems.append(PathExpander.problem(dir, "cannot read this folder: \(String(cString: strerror(errno)))"))
            return []
        }
        defer { closedir(stream) }
        var names: [(name: String, isFolder: Bool?)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            let type = Int(entry.pointee.d_type)
            let isFolder: Bool? = type == Int(DT_DIR) ? true : type == Int(DT_REG) ? false : nil
            if !name.hasPrefix(".") { names.append((name, isFolder)) }
        }
        return names.sorted { $0.name < $1.name }
    }
}
