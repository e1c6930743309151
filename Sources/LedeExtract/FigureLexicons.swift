import Foundation

/// The word lists the number, figure and hedge readers use: units, qualifiers, the category
/// taxonomy, hedges and claim cues. Plain text files in `Sources/LedeExtract/Lexicons/`
/// (see its README); a user folder may add to or override them with same-named files.
public struct FigureLexicons: Sendable {
    public enum UnitKind: String, Sendable { case currency, percent, measure, age }
    public enum QualifierKind: String, Sendable {
        /// "about 50": near the value.
        case approx
        /// "at least 50", "more than 50": the value is a lower bound.
        case min
        /// "up to 50", "nearly 50": the value is an upper bound.
        case max
    }

    struct UnitInfo: Sendable { var unit: String; var kind: UnitKind }
    struct QualifierInfo: Sendable { var phrase: String; var kind: QualifierKind }
    struct HedgeInfo: Sendable { var lemma: String; var hedgeClass: String }

    var prefixUnits = PhraseTable<UnitInfo>()
    var suffixUnits = PhraseTable<UnitInfo>()
    var qualifiersBefore = PhraseTable<QualifierInfo>()
    var qualifiersAfter = PhraseTable<QualifierInfo>()
    /// Singular lemma ("armored vehicle") -> group ("armour").
    var taxonomy: [String: String] = [:]
    var taxonomyMaxWords = 1
    var hedges = PhraseTable<HedgeInfo>()
    /// Claim verb as written -> lemma ("claimed" -> "claim").
    var cues: [String: String] = [:]

    /// The file names read, in `Lexicons/` and in an override folder.
    public static let fileNames = ["units.txt", "qualifiers.txt", "taxonomy.txt", "hedges.txt", "figure-cues.txt"]

    /// The lexicons shipped with the package.
    public static let standard: FigureLexicons = FigureLexicons(files: bundledFiles())

    /// Builds lexicons from file contents keyed by file name (missing files give empty lists).
    public init(files: [String: String]) {
        for line in Self.entries(files["units.txt"]) where line.count >= 3 {
            guard let kind = UnitKind(rawValue: line[2]) else { continue }
            let position = line.count > 3 ? line[3] : "suffix"
            let info = UnitInfo(unit: line[1], kind: kind)
            let form = Self.words(line[0])
            if position == "prefix" || position == "both" { prefixUnits.add(form, info) }
            if position == "suffix" || position == "both" { suffixUnits.add(form, info) }
        }
        for line in Self.entries(files["qualifiers.txt"]) where line.count >= 2 {
            guard let kind = QualifierKind(rawValue: line[1]) else { continue }
            let info = QualifierInfo(phrase: line[0].lowercased(), kind: kind)
            if line.count > 2, line[2] == "after" { qualifiersAfter.add(Self.words(line[0]), info) } else {
                qualifiersBefore.add(Self.words(line[0]), info)
            }
        }
        for line in Self.entries(files["taxonomy.txt"]) where line.count >= 2 {
            let lemma = Self.normalise(line[0])
            taxonomy[lemma] = line[1]
            taxonomyMaxWords = max(taxonomyMaxWords, lemma.split(separator: " ").count)
        }
        for line in Self.entries(files["hedges.txt"]) where line.count >= 2 {
            hedges.add(Self.words(line[0]), HedgeInfo(lemma: line.count > 2 ? line[2] : line[0].lowercased(),
                                                      hedgeClass: line[1]))
        }
        for line in Self.entries(files["figure-cues.txt"]) where line.count >= 2 {
            cues[line[0].lowercased()] = line[1]
        }
        prefixUnits.sort(); suffixUnits.sort(); qualifiersBefore.sort(); qualifiersAfter.sort(); hedges.sort()
    }

    /// The standard lexicons with same-named files from `folder` layered on top: a user file's
    /// entries are added after the standard ones, and an entry for a form that is already listed
    /// replaces it. A user line `-form` removes that form.
    public static func load(overrides folder: String) -> FigureLexicons {
        var files = bundledFiles()
        for name in fileNames {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            guard let user = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files[name] = merge(files[name] ?? "", user)
        }
        return FigureLexicons(files: files)
    }

    static func bundledFiles() -> [String: String] {
        var files: [String: String] = [:]
        guard let dir = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else { return files }
        for name in fileNames {
            if let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) {
                files[name] = text
            }
        }
        return files
    }

    /// Standard lines then user lines; a user line for an existing form replaces it, `-form` removes it.
    static func merge(_ base: String, _ user: String) -> String {
        var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func key(_ l: String) -> String {
            (l.split(separator: "\t", maxSplits: 1).first.map(String.init) ?? l).trimmingCharacters(in: .whitespaces).lowercased()
        }
        for raw in user.split(separator: "\n").map(String.init) {
            let t = raw.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { continue }
            if t.hasPrefix("-") {
                let form = String(t.dropFirst()).trimmingCharacters(in: .whitespaces).lowercased()
                lines.removeAll { key($0) == form }
                continue
            }
            let k = key(t)
            lines.removeAll { key($0) == k }
            lines.append(raw)
        }
        return lines.joined(separator: "\n")
    }

    /// Non-comment lines split on tabs, fields trimmed.
    static func entries(_ text: String?) -> [[String]] {
        guard let text else { return [] }
        var out: [[String]] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !fields.isEmpty { out.append(fields) }
        }
        return out
    }

    /// A form as the tokenizer sees it: lower-cased words and one-scalar symbols.
    static func words(_ form: String) -> [String] {
        NTokenizer.tokenize(form).map(\.text)
    }

    /// Group of a lemma, if the taxonomy lists it.
    public func group(of lemma: String) -> String? { taxonomy[Self.normalise(lemma)] }

    /// Lower-cased, single-spaced.
    static func normalise(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// Phrases as token sequences, looked up by their first (or last) token; longest first.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable { var words: [String]; var value: Value }
    var byFirst: [String: [Entry]] = [:]
    var byLast: [String: [Entry]] = [:]

    mutating func add(_ words: [String], _ value: Value) {
        guard let first = words.first, let last = words.last else { return }
        byFirst[first, default: []].removeAll { $0.words == words }
        byLast[last, default: []].removeAll { $0.words == words }
        byFirst[first, default: []].append(Entry(words: words, value: value))
        byLast[last, default: []].append(Entry(words: words, value: value))
    }

    mutating func sort() {
        for k in byFirst.keys { byFirst[k]!.sort { $0.words.count > $1.words.count } }
        for k in byLast.keys { byLast[k]!.sort { $0.words.count > $1.words.count } }
    }

    /// The longest phrase starting at token `i`; returns the index after it.
    func match(_ tokens: [NToken], at i: Int) -> (end: Int, value: Value)? {
        guard i < tokens.count, let list = byFirst[tokens[i].text] else { return nil }
        outer: for e in list {
            let n = e.words.count
            guard i + n <= tokens.count else { continue }
            for k in 1..<max(n, 1) where tokens[i + k].text != e.words[k] { continue outer }
            // Words inside a phrase must not be glued to letters across a symbol-less gap only.
            return (i + n, e.value)
        }
        return nil
    }

    /// The longest phrase ending just before token `end` (exclusive); returns its first index.
    func match(_ tokens: [NToken], endingBefore end: Int) -> (start: Int, value: Value)? {
        guard end > 0, let list = byLast[tokens[end - 1].text] else { return nil }
        outer: for e in list {
            let n = e.words.count
            guard end - n >= 0 else { continue }
            for k in 0..<n where tokens[end - n + k].text != e.words[k] { continue outer }
            return (end - n, e.value)
        }
        return nil
    }
}
