/// What a name, an honorific or a pronoun tells of a person's sex: enough to keep "she" from
/// pointing at a man named just before her.
enum Gender: Sendable {
    case female, male, unknown

    /// `f`, `m` or `u`, as the lexicons write it.
    init<S: StringProtocol>(code: S) {
        switch code.utf8.first {
        case UInt8(ascii: "f"), UInt8(ascii: "F"): self = .female
        case UInt8(ascii: "m"), UInt8(ascii: "M"): self = .male
        default: self = .unknown
        }
    }

    /// "he" is male, "she" female; others say nothing.
    init(pronoun: String) {
        switch pronoun.lowercased() {
        case "he", "him", "his": self = .male
        case "she", "her", "hers": self = .female
        default: self = .unknown
        }
    }

    /// True unless the two are known and differ.
    func fits(_ other: Gender) -> Bool { self == .unknown || other == .unknown || self == other }
}

extension Vocabulary {
    /// `name<TAB>gender` lines as a lowercased lookup table.
    static func genders(_ lines: [String]) -> WordTable<Gender> {
        // Read by bytes: given-names.txt has ten thousand lines, read at every start.
        WordTable(lines.lazy.compactMap { line in
            line.utf8.firstIndex(of: 0x09).map { tab in (line[..<tab].lowercased(), Gender(code: line[line.utf8.index(after: tab)...])) }
        })
    }

    /// The sex a name's first word or an honorific before it tells: "Patricia Hewitt", "Ms Hewitt".
    func gender(ofName name: String, honorific: String? = nil) -> Gender {
        if let honorific, let g = honorifics[honorific.lowercased().trimmingSuffix(".")], g != .unknown { return g }
        guard let first = name.words.first else { return .unknown }
        return givenNames[first.lowercased()] ?? .unknown
    }

    /// True for a word of `name-stopwords.txt` that is a surname here: "May" in "Theresa May",
    /// after a capitalised given name; "White" in "Mr White", after an honorific.
    func isSurname(_ tokens: [Token], at i: Int) -> Bool {
        i > 0 && tokens[i].isCapitalised && tokens[i - 1].isCapitalised && tokens[i - 1].bare == tokens[i - 1].text
            && (givenNames[tokens[i - 1].lower] != nil || Self.surnameHonorifics.contains(tokens[i - 1].lower))
    }

    /// Honorifics only ever followed by a surname ("Miss Universe" is a title, not a Miss).
    private static let surnameHonorifics: WordSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."]

    /// "chancellor", "mum-of-one", "34-year-old", "woman": a noun for a person, which refers back
    /// to someone; "the letter", "the report" speak as themselves.
    func isPersonNoun(_ noun: String) -> Bool {
        titles.contains(noun) || personNouns.contains(noun) || anonymousHeads.contains(noun)
            || noun.contains("-of-") || noun.hasSuffix("-old") || Self.isPlural(noun)
    }

    /// "critics", "protesters", "people": a description of more than one.
    static func isPlural(_ noun: String) -> Bool {
        ["people", "police", "men", "women", "children", "staff", "public"].contains(noun) || hasPluralEnding(noun)
    }

    /// The regular plural ending: "critics", "tanks"; not "boss", "bus" or "analysis".
    static func hasPluralEnding(_ word: String) -> Bool {
        word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// True for "Mr", "Ms.", "Lord" and kin.
    func isHonorific(_ token: Token) -> Bool { honorifics[token.lower.trimmingSuffix(".")] != nil }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
