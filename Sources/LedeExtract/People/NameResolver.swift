/// The people of one article: full names as first written, and the rules that map a later
/// "Zhao", "Mr. Trump" or "he" to one of them.
struct NameResolver {
    struct Person {
        var name: String
        var words: [String]
        var offset: Int
    }

    /// Full names (two words or more), in order of first appearance.
    private(set) var people: [Person] = []
    /// Every resolved person reference by offset, for pronouns; `speaking` when the reference
    /// is a quote's speaker or a name followed by a speech verb or an apposition ("Vasskog said",
    /// "Márquez, whose bakery …").
    /// `aside` for a possessive inside a clause ("hit back at Mr Mallon's claim"), which a later
    /// "he" passes over for the clause's subject.
    private(set) var references: [(offset: Int, name: String, sentence: Int, speaking: Bool, aside: Bool)] = []

    mutating func addFullName(_ name: String, at offset: Int) {
        let words = name.words.map(String.init)
        guard words.count >= 2 else { return }
        if let i = people.firstIndex(where: { $0.name == name || Self.extends($0.words, words) }) {
            // "Hillary Rodham Clinton" after "Hillary Clinton": keep the first, fuller form wins.
            if words.count > people[i].words.count { people[i].name = name; people[i].words = words }
            return
        }
        people.append(Person(name: name, words: words, offset: offset))
    }

    /// True when `short` names the same person as `long` ("Hillary Clinton" / "Hillary Rodham Clinton").
    private static func extends(_ long: [String], _ short: [String]) -> Bool {
        long.first == short.first && long.last == short.last
    }

    /// Canonical full name for a name as written at `offset`: the nearest earlier full name
    /// sharing its last word (or, for one word, any word: "Xi" -> "Xi Jinping"), else itself.
    func canonical(_ written: String, at offset: Int) -> String {
        // Initials and abbreviated titles drop out ("Donald J. Trump"); "Jr." and "Sr." tell people apart.
        let words = written.words.map(String.init).filter { !$0.hasSuffix(".") || $0.count > 3 || ["Jr.", "Sr."].contains($0) }
        guard let last = words.last else { return written }
        let byLast = people.filter { $0.words.last == last && (words.count == 1 || $0.words.first == words.first || words.count < $0.words.count) }
        let candidates = !byLast.isEmpty ? byLast : words.count == 1 ? people.filter { $0.words.contains(last) } : []
        let before = candidates.filter { $0.offset <= offset }
        if let best = before.max(by: { $0.offset < $1.offset }) ?? candidates.first {
            return words.count > best.words.count ? written : best.name
        }
        return words.joined(separator: " ")
    }

    /// Organisations and outlets named, by offset, for "it said".
    private(set) var bodies: [(offset: Int, name: String)] = []

    mutating func addBody(_ name: String, at offset: Int) { bodies.append((offset, name)) }

    /// "Daiwa said" after "Daiwa Securities": the one organisation the article names in full
    /// that starts with the short name; the short name when none or several do.
    func fullBody(_ name: String) -> String {
        guard !name.hasSpace else { return name }
        let fuller = Set(bodies.map(\.name).filter { $0.hasPrefix(name + " ") })
        return fuller.count == 1 ? fuller.first ?? name : name
    }

    /// The organisation or outlet "it" at `offset` stands for: the last one named in the 300
    /// characters before (further back, "it" is as likely a thing).
    func nearestBody(before offset: Int) -> String? {
        bodies.last { $0.offset < offset && offset - $0.offset <= 300 }?.name
    }

    /// What each person's given name or honorific tells of their sex, by canonical name.
    private(set) var genders: [String: Gender] = [:]

    mutating func noteGender(_ gender: Gender, of name: String) {
        if gender != .unknown, genders[name, default: .unknown] == .unknown { genders[name] = gender }
    }

    /// People with the roles the text gives them ("Chancellor Gordon Brown", "Graham Robb,
    /// spokesman for North East Says No"), by offset.
    private(set) var roles: [(offset: Int, name: String, role: [String])] = []

    mutating func addRole(_ role: String, of name: String, at offset: Int) {
        let words = role.lowercased().split(whereSeparator: { !$0.isLetter }).map { Self.roleWords[String($0)] ?? String($0) }
        if !words.isEmpty { roles.append((offset, name, words)) }
    }

    /// "Sen. Bernie Sanders" is "the senator", "Indiana Gov. Mike Pence" "the Indiana governor".
    private static let roleWords: WordTable<String> = [
        "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "pres": "president",
        "amb": "ambassador", "atty": "attorney", "sec": "secretary", "lt": "lieutenant", "col": "colonel",
        "capt": "captain", "cmdr": "commander", "supt": "superintendent", "cllr": "councillor", "sgt": "sergeant",
        "maj": "major", "adm": "admiral", "prof": "professor",
    ]

    /// Who "the chancellor" or "the Tory leader" at `offset` is: the last person before it whose
    /// role holds the description's last word, preferring one whose role holds its other words too.
    /// "the Ukrainian leader" is whoever heads the country: a president, prime minister or kin.
    func holder(of description: [String], before offset: Int) -> String? {
        guard let head = description.last else { return nil }
        let heads = head == "leader" ? Self.leaders : [head]
        let holders = roles.filter { r in r.offset < offset && r.role.contains(where: heads.contains) }.sorted { $0.offset < $1.offset }
        let modifiers = description.dropLast()
        let fitting = holders.last { r in modifiers.allSatisfy(r.role.contains) }
        return (head == "leader" ? fitting : fitting ?? holders.last)?.name
    }

    private static let leaders: Set<String> = ["leader", "president", "premier", "chancellor", "king", "queen", "prime", "chairman", "chief"]

    mutating func addReference(_ name: String, at offset: Int, sentence: Int, speaking: Bool, aside: Bool = false) {
        references.append((offset, name, sentence, speaking, aside))
    }

    mutating func sortReferences() { references.sort { $0.offset < $1.offset } }

    /// Groups named in the plural that spoke ("The Conservatives say"), by offset.
    private(set) var groups: [(offset: Int, name: String)] = []

    mutating func addGroup(_ name: String, at offset: Int) {
        groups.append((offset, name))
        groups.sort { $0.offset < $1.offset }
    }

    /// The group a "they" at `offset` means: one that spoke after the last person named before it.
    func nearestGroup(before offset: Int) -> String? {
        guard let group = groups.last(where: { $0.offset < offset }) else { return nil }
        if let r = nearestReference(before: offset), references[r].offset > group.offset { return nil }
        return group.name
    }

    /// Drops references inside quoted words: a name a speaker mentions is not who "he" is.
    mutating func removeReferences(inside spans: [QuoteSpan]) {
        references.removeAll { r in spans.contains { $0.open <= r.offset && r.offset <= $0.close } }
    }

    /// The person a speaking "he" or "she" at `offset` refers to: the one named most recently,
    /// unless that name sits inside someone's reported speech ("Vasskog said retired judge
    /// Halvard Ness would lead the inquiry. … she said"): the subject speaking carries on.
    /// Only people whose sex fits the pronoun's count ("she" is never a man named "Paul").
    func nearestPerson(before offset: Int, gender: Gender = .unknown) -> String? {
        guard let nearest = nearestReference(before: offset),
              let r = references[...nearest].lastIndex(where: { fits($0.name, gender) && !$0.aside })
                ?? references[...nearest].lastIndex(where: { fits($0.name, gender) }) else { return nil }
        if !references[r].speaking,
           let speaker = references[..<r].last(where: { $0.sentence == references[r].sentence && $0.speaking && $0.name != references[r].name && fits($0.name, gender) }) {
            return speaker.name
        }
        return references[r].name
    }

    private func fits(_ name: String, _ gender: Gender) -> Bool { genders[name, default: .unknown].fits(gender) }

    /// Index of the last reference before `offset`.
    func nearestReference(before offset: Int) -> Int? {
        var lo = 0, hi = references.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if references[mid].offset < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }
}

extension NameResolver {
    /// Who a figure's claimant is, as the quotes' speakers are resolved: "he" and "she" to the
    /// person they point at, "the minister" to the last person given that role, a surname to
    /// the full name. Unresolved pronouns and descriptions of one person give nil; groups,
    /// unnamed sources, documents and organisations ("officials", "the official", "the report",
    /// "Gazprom") stay as written.
    func claimant(_ text: String, at offset: Int, vocabulary: Vocabulary) -> String? {
        let words = text.words.map { $0.lowercased() }
        guard let first = words.first, let last = words.last else { return nil }
        if words.count == 1, PhraseReader.pronouns.contains(first) {
            return ["he", "she"].contains(first) ? nearestPerson(before: offset, gender: Gender(pronoun: first)) : nil
        }
        let lowercaseHead = text.words.last?.first?.isLowercase == true
        if first == "the", (2...5).contains(words.count), lowercaseHead, vocabulary.isPersonNoun(last), !Vocabulary.isPlural(last),
           !vocabulary.anonymousHeads.contains(last) {
            return holder(of: Array(words.dropFirst()), before: offset)
        }
        return text.first?.isUppercase == true ? canonical(text, at: offset) : text
    }
}
