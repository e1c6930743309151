import Foundation

/// The word lists the number, figure and hedge readers use (units, qualifiers, the category
/// taxonomy, hedges and claim cues) as lookup tables. Built from a `Lexicons` value's files, whose
/// lines are TAB-separated fields (formats in `Lexicons/README.md`); `Lexicons.figures` holds them.
public struct FigureLexicons: Sendable {
    public enum UnitKind: String, Sendable, CaseIterable { case currency, percent, measure, age }
    public enum QualifierKind: String, Sendable, CaseIterable {
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
    var cues = WordTable<String>([])

    /// The tables of the built-in lexicons.
    public static var standard: FigureLexicons { Lexicons.standard.figures }

    /// Builds the tables from the entries of each list; a line with the wrong number of fields or
    /// an unknown kind is an error naming its file and line.
    init(_ entries: (String) -> [Lexicons.Entry]) throws(LexiconError) {
        for e in entries("units") {
            let f = try Self.fields(e, 3...4, "form<TAB>unit<TAB>kind[<TAB>position]")
            let kind: UnitKind = try Self.choice(f[2], e, "unit kind")
            let position = f.count > 3 ? f[3] : "suffix"
            guard ["prefix", "suffix", "both"].contains(position) else {
                throw LexiconError(file: e.file, line: e.line, message: "unknown position `\(position)`: expected prefix, suffix or both")
            }
            let info = UnitInfo(unit: f[1], kind: kind)
            if position != "suffix" { prefixUnits.add(Self.words(f[0]), info) }
            if position != "prefix" { suffixUnits.add(Self.words(f[0]), info) }
        }
        for e in entries("qualifiers") {
            let f = try Self.fields(e, 2...3, "phrase<TAB>kind[<TAB>after]")
            let info = QualifierInfo(phrase: f[0].lowercased(), kind: try Self.choice(f[1], e, "qualifier kind"))
            guard f.count == 2 || f[2] == "after" else {
                throw LexiconError(file: e.file, line: e.line, message: "unknown third field `\(f[2])`: expected after")
            }
            if f.count == 3 { qualifiersAfter.add(Self.words(f[0]), info) } else { qualifiersBefore.add(Self.words(f[0]), info) }
        }
        for e in entries("taxonomy") {
            let f = try Self.fields(e, 2...2, "lemma<TAB>group")
            let lemma = Self.normalise(f[0])
            taxonomy[lemma] = f[1]
            taxonomyMaxWords = max(taxonomyMaxWords, lemma.split(separator: " ").count)
        }
        for e in entries("hedges") {
            let f = try Self.fields(e, 2...3, "phrase<TAB>class[<TAB>lemma]")
            hedges.add(Self.words(f[0]), HedgeInfo(lemma: f.count > 2 ? f[2] : f[0].lowercased(), hedgeClass: f[1]))
        }
        var cueLemmas: [(String, String)] = []
        for e in entries("figure-cues") {
            let f = try Self.fields(e, 2...2, "form<TAB>lemma")
            cueLemmas.append((f[0].lowercased(), f[1]))
        }
        cues = WordTable(cueLemmas)
        prefixUnits.sort(); suffixUnits.sort(); qualifiersBefore.sort(); qualifiersAfter.sort(); hedges.sort()
    }

    /// An entry's TAB-separated fields, trimmed, empty ones dropped; their count must be in `counts`.
    private static func fields(_ e: Lexicons.Entry, _ counts: ClosedRange<Int>, _ format: String) throws(LexiconError) -> [String] {
        let f = e.text.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard counts.contains(f.count) else {
            throw LexiconError(file: e.file, line: e.line, message: "expected `\(format)` (fields separated by a TAB), found \(f.count) field\(f.count == 1 ? "" : "s")")
        }
        return f
    }

    /// A field naming one case of `T`.
    private static func choice<T: RawRepresentable & CaseIterable>(_ field: String, _ e: Lexicons.Entry, _ what: String) throws(LexiconError) -> T where T.RawValue == String {
        guard let value = T(rawValue: field) else {
            let known = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw LexiconError(file: e.file, line: e.line, message: "unknown \(what) `\(field)`: expected one of \(known)")
        }
        return value
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
    /// `byFirst` and `byLast` as `WordTable`s, for the look-up made at nearly every token.
    private var firstTable = WordTable<[Entry]>([])
    private var lastTable = WordTable<[Entry]>([])

    mutating func add(_ words: [String], _ value: Value) {
        guard let first = words.first, let last = words.last else { return }
        byFirst[first, default: []].removeAll { $0.words == words }
        byLast[last, default: []].removeAll { $0.words == words }
        byFirst[first, default: []].append(Entry(words: words, value: value))
        byLast[last, default: []].append(Entry(words: words, value: value))
    }

    /// Orders each list longest first and indexes the first and last words: call after the last `add`.
    mutating func sort() {
        for k in byFirst.keys { byFirst[k]?.sort { $0.words.count > $1.words.count } }
        for k in byLast.keys { byLast[k]?.sort { $0.words.count > $1.words.count } }
        firstTable = WordTable(byFirst.map { ($0.key, $0.value) })
        lastTable = WordTable(byLast.map { ($0.key, $0.value) })
    }

    /// True when some phrase starts with `word`.
    func starts(with word: String) -> Bool { firstTable.contains(word) }

    /// The longest phrase starting at token `i`; returns the index after it.
    func match(_ tokens: [NToken], at i: Int) -> (end: Int, value: Value)? {
        guard i < tokens.count, let list = firstTable[tokens[i].text] else { return nil }
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
        guard end > 0, let list = lastTable[tokens[end - 1].text] else { return nil }
        outer: for e in list {
            let n = e.words.count
            guard end - n >= 0 else { continue }
            for k in 0..<n where tokens[end - n + k].text != e.words[k] { continue outer }
            return (end - n, e.value)
        }
        return nil
    }
}
