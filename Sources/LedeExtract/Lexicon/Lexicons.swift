import Foundation

/// The word lists the extractors and the language read (speech verbs, titles, outlets, units,
/// hedges, the taxonomy, stop words, ...): plain-text files, one entry a line, `#` starts a comment.
/// The built-in lists ship in the module's `Lexicons` folder and are read once (`standard`); a
/// user folder overrides them file by file (`load(overrides:)`, rules in `Lexicons/README.md`).
/// A `Lexicons` value is always valid: its figure tables are built, and checked, when it loads.
public struct Lexicons: Sendable {
    /// One entry of a list and where it was read, for error messages.
    struct Entry: Sendable {
        var text: String
        var file: String
        var line: Int
    }

    private let lists: [String: [Entry]]
    /// Units, qualifiers, taxonomy, hedges and figure cues as lookup tables.
    public let figures: FigureLexicons

    private init(lists: [String: [Entry]]) throws(LexiconError) {
        self.lists = lists
        figures = try FigureLexicons { lists[$0] ?? [] }
    }

    /// The built-in lists, read once.
    public static let standard: Lexicons = {
        do {
            guard let url = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
                throw LexiconError(file: "Lexicons", message: "the built-in lexicon folder is missing from the bundle")
            }
            var lists: [String: [Entry]] = [:]
            for (name, path) in try files(in: url.path) { lists[name] = try read(path) }
            return try Lexicons(lists: lists)
        } catch {
            fatalError("built-in lexicons: \(error)")
        }
    }()

    /// The built-in lists with the `.txt` files of `folder` applied over them, file by file:
    /// a file's plain lines replace the built-in list, `+entry` adds an entry (replacing one with
    /// the same key), `-key` removes the entries with that key. Throws when the folder is missing,
    /// a file is unreadable or not a lexicon, or a line is malformed.
    public static func load(overrides folder: String) throws(LexiconError) -> Lexicons {
        var lists = standard.lists
        for (name, path) in try files(in: folder) {
            guard let base = lists[name] else {
                throw LexiconError(file: path, message: "not a lexicon file; the files are \(standard.names.map { $0 + ".txt" }.joined(separator: ", "))")
            }
            var replacement: [Entry] = []
            var edits: [(add: Bool, entry: Entry)] = []
            for entry in try read(path) {
                guard let sign = entry.text.first, sign == "+" || sign == "-" else { replacement.append(entry); continue }
                var edit = entry
                edit.text = String(entry.text.dropFirst()).trimmingCharacters(in: .whitespaces)
                if edit.text.isEmpty { throw LexiconError(file: path, line: entry.line, message: "`\(sign)` must be followed by an entry") }
                edits.append((sign == "+", edit))
            }
            var list = replacement.isEmpty ? base : replacement
            for (add, entry) in edits {
                let key = self.key(entry.text, in: name)
                list.removeAll { self.key($0.text, in: name) == key }
                if add { list.append(entry) }
            }
            lists[name] = list
        }
        return try Lexicons(lists: lists)
    }

    /// Entries of `name` (the file name without `.txt`), in file order after overrides; empty when absent.
    public func list(_ name: String) -> [String] { entries(name).map(\.text) }

    /// Entries of `name` lowercased, for case-insensitive lookups.
    public func lowercasedSet(_ name: String) -> Set<String> { Set(list(name).map { $0.lowercased() }) }

    /// Names of the lists present.
    public var names: [String] { lists.keys.sorted() }

    func entries(_ name: String) -> [Entry] { lists[name] ?? [] }

    /// Lists whose entries are a lemma followed by its written forms, keyed by the lemma.
    static let lemmaLists: Set<String> = ["speech-verbs", "characterization-verbs"]

    /// What `+` replaces and `-` removes, case-insensitive: the first TAB-separated field, the
    /// lemma of a lemma-and-forms list, or else the whole entry.
    static func key(_ entry: String, in name: String) -> String {
        var first = Substring(entry)
        if let tab = entry.firstIndex(of: "\t") {
            first = entry[..<tab]
        } else if lemmaLists.contains(name), let space = entry.firstIndex(of: " ") {
            first = entry[..<space]
        }
        return first.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The `.txt` files of a folder: list name -> path.
    private static func files(in folder: String) throws(LexiconError) -> [(String, String)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw LexiconError(file: folder, message: "no such lexicon folder")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw LexiconError(file: folder, message: "cannot read the lexicon folder")
        }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { (String($0.dropLast(4)), folder + "/" + $0) }
    }

    private static func read(_ path: String) throws(LexiconError) -> [Entry] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw LexiconError(file: path, message: "cannot read the file as UTF-8 text")
        }
        return parse(text).map { Entry(text: $0.text, file: path, line: $0.line) }
    }

    /// One entry per line, with its line number; `#` to the end of the line is a comment; blank
    /// lines are skipped; spaces and tabs around an entry are trimmed. Read as UTF-8 bytes: the
    /// gazetteers hold tens of thousands of lines, read at every start.
    static func parse(_ text: String) -> [(line: Int, text: String)] {
        var out: [(line: Int, text: String)] = []
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var line = 1, start = 0
            func entry(_ a: Int, _ b: Int) {
                var a = a, b = b
                if let hash = bytes[a..<b].firstIndex(of: UInt8(ascii: "#")) { b = hash }
                while a < b, [0x20, 0x09, 0x0D].contains(bytes[a]) { a += 1 }
                while b > a, [0x20, 0x09, 0x0D].contains(bytes[b - 1]) { b -= 1 }
                if a < b { out.append((line, String(decoding: bytes[a..<b], as: UTF8.self))) }
            }
            for i in bytes.indices where bytes[i] == 0x0A {
                entry(start, i)
                start = i + 1
                line += 1
            }
            if start < bytes.count { entry(start, bytes.count) }
        }
        return out
    }
}

/// A lexicon file that cannot be used, with the file and, for a bad line, its number.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
