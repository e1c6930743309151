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
        var notes: [Diagnostic] = []
        /// Ctrl-C stopped the walk; `files` holds what was found before.
        var interrupted = false
    }

    static func expand(_ patterns: [String], access: FileAccess = .unrestricted, cancellation: Cancellation = .never) -> Expansion {
        var walker = FolderWalker(cancellation: cancellation, access: access)
        var files: [String] = []
        for pattern in patterns {
            if pattern.contains(where: { $0 == "*" || $0 == "?" }) {
                let matches = walker.glob(pattern)
                if matches.isEmpty && !walker.interrupted { walker.problems.append(problem(pattern, "no files match this pattern")) }
                files += matches.flatMap { isDirectory($0) ? walker.walk($0) : [$0] }
            } else if isDirectory(pattern) {
                files += walker.walk(pattern)
            } else if FileManager.default.fileExists(atPath: pattern) {
                files.append(pattern)
            } else {
                walker.problems.append(problem(pattern, "no such file or folder"))
            }
        }
        return Expansion(files: files, problems: walker.problems, leftOut: walker.leftOut, notes: walker.notes, interrupted: walker.interrupted)
    }

    /// The files and folders a glob matches, in sorted order.
    static func glob(_ pattern: String) -> [String] {
        var walker = FolderWalker(cancellation: .never, access: .unrestricted)
        return walker.glob(pattern)
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

    /// "a/b/c.txt" -> ("a/b", "c.txt"). Plain byte work: NSString's path methods are slow on
    /// Linux, and so is searching a String by Character; this runs for every file.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
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

    static func join(_ dir: String, _ name: String) -> String {
        dir.isEmpty ? name : dir.hasSuffix("/") ? dir + name : dir + "/" + name
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
