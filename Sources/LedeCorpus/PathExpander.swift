import Foundation

/// Turns what the user typed (files, folders, globs with `*`, `?` and `**`) into a sorted list of
/// files. Globs are matched by hand over directory listings: Glibc's `glob` has no `**`.
enum PathExpander {
    /// Extensions a folder walk picks up; each may also end in `.gz`.
    static let loadable: Set<String> = ["txt", "md", "json", "jsonl", "csv", "tsv", "html", "htm"]

    /// Files a folder holds beside its articles, by name without extension, in any case: a
    /// folder walk leaves them out (metadata tables too: they describe the articles next to them).
    static let notArticles: Set<String> = ["readme", "license", "licence", "changelog", "changes", "contributing",
                                           "authors", "notice", "copying", "history", "install", "todo"]

    struct Expansion {
        var files: [String] = []
        var problems: [Diagnostic] = []
        /// Files folder walks left out as not articles, by extension (".txt", "no extension").
        var leftOut: [String: Int] = [:]
    }

    static func expand(_ patterns: [String]) -> Expansion {
        var result = Expansion()
        for pattern in patterns {
            if pattern.contains(where: { $0 == "*" || $0 == "?" }) {
                let matches = glob(pattern, leftOut: &result.leftOut)
                if matches.isEmpty { result.problems.append(problem(pattern, "no files match this pattern")) }
                for match in matches { result.files += isDirectory(match) ? walk(match, leftOut: &result.leftOut) : [match] }
            } else if isDirectory(pattern) {
                result.files += walk(pattern, leftOut: &result.leftOut)
            } else if FileManager.default.fileExists(atPath: pattern) {
                result.files.append(pattern)
            } else {
                result.problems.append(problem(pattern, "no such file or folder"))
            }
        }
        return result
    }

    /// File-level problems point at the start of the file.
    static func problem(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, message, at: SourceSpan(file: path, line: 1, column: 1))
    }

    /// "a/b.txt.gz" -> "txt".
    static func format(of path: String) -> String {
        var name = split(path).name.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        return name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]) } ?? ""
    }

    /// "a/b/c.txt" -> ("a/b", "c.txt"). Plain string work: NSString's path methods are slow on
    /// Linux and this runs for every file.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    /// "c.txt" -> "c".
    static func withoutExtension(_ name: String) -> String {
        name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
    }

    static func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }

    /// Loadable files under a folder, recursively, in sorted order. Hidden files are skipped;
    /// files that are not articles (other formats, READMEs and licences, metadata tables) are
    /// counted in `leftOut` by extension.
    static func walk(_ dir: String, leftOut: inout [String: Int]) -> [String] {
        var files: [String] = []
        for name in list(dir) {
            let path = join(dir, name)
            if isDirectory(path) {
                files += walk(path, leftOut: &leftOut)
            } else if loadable.contains(format(of: name)) && !MetadataTable.automaticNames.contains(name.lowercased())
                        && !notArticles.contains(withoutExtension(name).lowercased()) {
                files.append(path)
            } else {
                let ext = format(of: name)
                leftOut[ext.isEmpty ? "no extension" : "." + ext, default: 0] += 1
            }
        }
        return files
    }

    private static func list(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    static func join(_ dir: String, _ name: String) -> String {
        dir.isEmpty ? name : dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// Matches the pattern one path component at a time, starting from its literal prefix.
    static func glob(_ pattern: String, leftOut: inout [String: Int]) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let parts = pattern.split(separator: "/").map(String.init)
        var current: [String] = [absolute ? "/" : ""]
        for (i, part) in parts.enumerated() {
            let last = i == parts.count - 1
            var next: [String] = []
            for dir in current {
                if part == "**" {
                    next += [dir] + subfolders(dir)
                } else if !part.contains(where: { $0 == "*" || $0 == "?" }) {
                    let path = join(dir, part)
                    if last ? FileManager.default.fileExists(atPath: path) : isDirectory(path) { next.append(path) }
                } else {
                    for name in list(dir) where matches(Array(part.utf8), Array(name.utf8)) {
                        let path = join(dir, name)
                        if last || isDirectory(path) { next.append(path) }
                    }
                }
            }
            current = next
        }
        // `**` at the end means every file below.
        if parts.last == "**" { return Array(Set(current.flatMap { walk($0, leftOut: &leftOut) })).sorted() }
        return Array(Set(current)).sorted()
    }

    private static func subfolders(_ dir: String) -> [String] {
        list(dir).map { join(dir, $0) }.filter(isDirectory).flatMap { [$0] + subfolders($0) }
    }

    /// `*` matches any run of characters, `?` one character (byte-wise, which is exact for `*`
    /// and for ASCII names).
    static func matches(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
        var p = 0, n = 0
        var star = -1, mark = 0
        while n < name.count {
            if p < pattern.count && (pattern[p] == UInt8(ascii: "?") || pattern[p] == name[n]) {
                p += 1; n += 1
            } else if p < pattern.count && pattern[p] == UInt8(ascii: "*") {
                star = p; mark = n; p += 1
            } else if star >= 0 {
                p = star + 1; mark += 1; n = mark
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
