import Foundation

/// Word lists the extractors read: plain-text files, one entry a line, `#` starts a comment.
/// The built-in lists ship in the module's `Lexicons` folder; a user folder may override them
/// file by file (same file name): plain lines replace the built-in list, `+`-prefixed lines add
/// to it. Lists are read once per `Lexicons` value, so load once and share.
public struct Lexicons: Sendable {
    private var lists: [String: [String]]

    /// The built-in lists, read once.
    public static let standard: Lexicons = {
        guard let url = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else { return Lexicons(lists: [:]) }
        return Lexicons(lists: readFolder(url.path))
    }()

    init(lists: [String: [String]]) { self.lists = lists }

    /// The built-in lists with the user's files from `folder` applied over them.
    public static func load(overrides folder: String) -> Lexicons {
        var merged = standard.lists
        for (name, lines) in readFolder(folder) {
            let added = lines.filter { $0.hasPrefix("+") }.map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) }
            let plain = lines.filter { !$0.hasPrefix("+") }
            merged[name] = (plain.isEmpty ? merged[name] ?? [] : plain) + added
        }
        return Lexicons(lists: merged)
    }

    /// Entries of `name` (the file name without `.txt`), in file order; empty when absent.
    public func list(_ name: String) -> [String] { lists[name] ?? [] }

    /// Entries of `name` lowercased, for case-insensitive lookups.
    public func lowercasedSet(_ name: String) -> Set<String> { Set(list(name).map { $0.lowercased() }) }

    /// Names of the lists present.
    public var names: [String] { lists.keys.sorted() }

    private static func readFolder(_ path: String) -> [String: [String]] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var result: [String: [String]] = [:]
        for file in files where file.hasSuffix(".txt") {
            guard let text = try? String(contentsOfFile: path + "/" + file, encoding: .utf8) else { continue }
            result[String(file.dropLast(4))] = parse(text)
        }
        return result
    }

    /// One entry per line; `#` to the end of the line is a comment; blank lines are skipped.
    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let body = line.firstIndex(of: "#").map { line[..<$0] } ?? line
            let entry = body.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty ? nil : entry
        }
    }
}
