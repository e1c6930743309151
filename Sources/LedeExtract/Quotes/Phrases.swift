/// A noun phrase that can hold the floor: a named person (with any title), an organisation, an
/// outlet, an unnamed source or a pronoun.
struct Phrase {
    enum Kind { case person, organisation, outlet, anonymous, pronoun }
    var kind: Kind
    /// Token range of the phrase as written, title included.
    var first: Int
    var last: Int
    /// The name without its title, as written ("Lijian Zhao", "Zhao", "the ministry", "he").
    var name: String
    var nameFirst: Int
    var title: String?
}

/// Reads the noun phrase before a speech verb (its subject, with appositions) or after it
/// ("said Sen. Ted Cruz", "according to U.S. officials").
struct PhraseReader {
    let vocabulary: Vocabulary
    let tokens: [Token]

    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i"]
    /// Words between a subject and its verb: "Zhao also said", "she has repeatedly said".
    private static let adverbs: WordSet = [
        "also", "later", "then", "again", "has", "have", "had", "previously", "once", "further", "reportedly",
        "recently", "earlier", "simply", "quickly", "flatly", "would", "will", "did", "does", "do", "just",
        "repeatedly", "often", "frequently", "publicly", "privately", "initially", "first", "last", "may", "might", "could", "can", "should", "still", "now", "already", "even", "never", "always",
    ]
    /// Words that end a clause when reading a subject backwards.
    private static let clauseBreaks: WordSet = [
        "that", "and", "but", "because", "while", "when", "as", "which", "where", "if", "so", "than", "after",
        "before", "since", "although", "though", "or", "whom", "whose", "what", "how", "why", "until", "unless",
    ]
    /// Words that end a phrase when reading forwards after "said" or "according to".
    private static let forwardBreaks = WordSet([
        "in", "on", "at", "during", "who", "which", "that", "when", "while", "after", "before", "as", "adding",
        "because", "to", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "recently", "and",
        "but", "told", "said", "via", "through", "since", "from",
    ] + auxiliaries.keys)
    /// "insists the main wall is safe": a verb after a noun phrase makes it a clause's subject.
    static let auxiliaries: WordSet = ["is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must"]
    /// First words of a segment that is an apposition or aside, not the subject.
    private static let asideStarts: WordSet = [
        "a", "an", "the", "who", "which", "one", "his", "her", "its", "their", "former", "also", "now", "then",
        "however", "in", "on", "at", "for", "with", "speaking", "according", "meanwhile", "too", "though",
        "earlier", "later", "previously", "separately", "yesterday", "today", "recently", "afterwards", "instead",
    ]
    private static let prepositions: WordSet = [
        "of", "for", "to", "with", "from", "about", "at", "in", "on", "by", "near", "close", "around", "behind",
    ]
    private static let placePrepositions: WordSet = [
        "on", "in", "at", "along", "near", "off", "into", "onto", "down", "up", "across", "through", "outside", "past",
    ]
    private static let hearsay: WordSet = ["alleged", "said", "reported", "thought", "believed", "understood", "known", "claimed", "rumoured", "rumored"]
    /// "the results of their": a phrase cut before its noun.
    private static let possessives: WordSet = ["his", "her", "its", "their", "our", "my", "your"]
    private static let determiners: WordSet = ["the", "a", "an", "one", "another", "two", "some", "many", "several"]
    private static let headModifiers: WordSet = [
        "familiar", "who", "close", "for", "from", "in", "with", "at", "of", "on", "involved", "briefed", "speaking", "knowledgeable",
    ]
    private static let numberWords: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    static let nameConnectors: WordSet = ["de", "van", "von", "bin", "al", "da", "del", "la", "le", "du", "ibn", "der", "dos", "di"]

    func isPunct(_ i: Int, _ marks: Set<String> = [",", "\u{2014}", "\u{2013}", "(", ")", ":", ";", "."]) -> Bool {
        tokens[i].kind == .punct && (marks.contains(tokens[i].text) || tokens[i].isQuoteOpener)
    }

    /// Em dash, en dash, hyphen, and the horizontal bar of "” ― Name" attributions.
    func isDash(_ i: Int) -> Bool { ["\u{2014}", "\u{2013}", "\u{2015}", "-"].contains(tokens[i].text) }

    /// The subject of the speech verb at `verb`, reading back no further than `lo`.
    func subject(lo: Int, verb: Int) -> Phrase? {
        var e = verb - 1
        while e >= lo, Self.adverbs.contains(tokens[e].lower) { e -= 1 }
        // "Mr Houston is alleged to have said": the one the report is about.
        if e - 2 > lo, tokens[e].lower == "to", Self.hearsay.contains(tokens[e - 1].lower), ["is", "was", "are", "were"].contains(tokens[e - 2].lower) {
            e -= 3
            while e >= lo, Self.adverbs.contains(tokens[e].lower) { e -= 1 }
        }
        guard e >= lo else { return nil }
        // "On the tsunami he said": a pronoun right before the verb is its subject.
        if Self.pronouns.contains(tokens[e].lower), e > lo { return phrase(e, e) }
        // "Silverman was joined on stage … and joked": the clause's subject.
        if tokens[e].lower == "and", e > lo { return leading(from: lo, hi: e - 1) }
        // "Gov. John Kasich (R-OH) said": skip the bracket.
        if tokens[e].text == ")", let open = (lo..<e).last(where: { tokens[$0].text == "(" }), open > lo {
            e = open - 1
        }
        if tokens[e].text == "," || isDash(e) {
            return apposed(lo: lo, punct: e)
        }
        if var p = phrase(clauseStart(lo, e), e) {
            // "Protesters marching through the streets chanted": the place ends a participle's
            // phrase; the subject is the noun before the participle.
            if p.kind != .pronoun, p.first - 1 > lo,
               Self.prepositions.contains(tokens[p.first - 1].lower) || Self.placePrepositions.contains(tokens[p.first - 1].lower),
               let ing = (max(lo + 1, p.first - 3)..<(p.first - 1)).last(where: { tokens[$0].isWord && tokens[$0].lower.hasSuffix("ing") }),
               let head = phrase(clauseStart(lo, ing - 1), ing - 1), head.kind == .person || head.kind == .anonymous {
                return head
            }
            // "Sainsbury's said": a possessive cannot be a subject, so the "'s" is the company's name.
            if tokens[e].isCapitalised, tokens[e].bare != tokens[e].text, p.kind == .person, p.title == nil {
                p.kind = .organisation
                p.name = text(p.nameFirst, e)
            }
            return p
        }
        // "A rescue worker who asked not to be named told …": the noun before a relative clause.
        guard e - lo >= 2, let w = (max(lo + 1, e - 12)...e).last(where: { tokens[$0].lower == "who" }),
              !(w...e).contains(where: { tokens[$0].kind == .punct }) else { return nil }
        return phrase(clauseStart(lo, w - 1), w - 1)
    }

    /// "Lijian Zhao, a spokesperson for the Chinese Ministry of Foreign Affairs, said": the
    /// subject is the first segment that is not an aside; the aside next to it is the title.
    private func apposed(lo: Int, punct: Int) -> Phrase? {
        var segments: [(Int, Int)] = []
        var k = punct
        while segments.count < 4 {
            var p = k - 1
            // "Sen. Bernie Sanders (Vt.), who lost …, said": a bracket closing the segment is the
            // name's party or state, left out of it.
            var end = k - 1
            if p > lo, tokens[p].text == ")", let open = (max(lo, p - 8)..<p).last(where: { tokens[$0].text == "(" }), open > lo {
                p = open - 1
                end = open - 1
            }
            while p >= lo, !(tokens[p].text == "," || isDash(p) || tokens[p].text == "(" || tokens[p].isQuoteOpener) { p -= 1 }
            segments.append((p + 1, end))
            if p < lo || tokens[p].kind == .punct && tokens[p].text != "," && !isDash(p) && tokens[p].text != "(" { break }
            k = p
        }
        for (index, (a, b)) in segments.enumerated() where a <= b {
            // "Dr. Tomas Reinholt, chief engineer at the Veldmark Water Authority, said": a
            // segment opening with a lowercase word is a job description when a name precedes it.
            let described = index + 1 < segments.count && tokens[a].isWord && !tokens[a].isCapitalised && !isPronoun(a, b)
            if Self.asideStarts.contains(tokens[a].lower) || described || !tokens[a...b].contains(where: { $0.isCapitalised }) && !isPronoun(a, b) {
                continue
            }
            let found = phrase(clauseStart(a, b), b)
            // "David Rose, Chief Executive of Hereford Hospitals NHS Trust, said": a capitalised
            // role after a name is the name's title, not the subject.
            if found?.kind != .person, index + 1 < segments.count, tokens[a...b].contains(where: { vocabulary.titles.contains($0.lower) }) {
                let (na, nb) = segments[index + 1]
                if na <= nb, var person = phrase(clauseStart(na, nb), nb), person.kind == .person {
                    person.title = person.title ?? text(a, b)
                    person.last = max(person.last, punct - 1)
                    return person
                }
            }
            guard var head = found else { return nil }
            if head.kind == .person, head.title == nil, index > 0 {
                let (ta, tb) = segments[index - 1]
                if ta <= tb {
                    let skip = ["a", "an", "the"].contains(tokens[ta].lower) ? 1 : 0
                    if ta + skip <= tb { head.title = text(ta + skip, tb) }
                }
            }
            // "The Shadow Secretary of State for the Family, Theresa May, said": a role before the name.
            if head.kind == .person, head.title == nil, index + 1 < segments.count {
                let (ta, tb) = segments[index + 1]
                if ta < tb, ["the", "a", "an"].contains(tokens[ta].lower), tokens[(ta + 1)...tb].contains(where: { vocabulary.titles.contains($0.lower) }) {
                    head.title = text(ta + 1, tb)
                }
            }
            head.last = max(head.last, punct - 1)
            return head
        }
        // "A city official, who asked not to be named, said", "The chairman, a retired banker,
        // said": an unnamed source or a description opening the sentence is the subject, though
        // it starts like an aside.
        if let (a, b) = segments.last, a == lo || a > lo && tokens[a - 1].kind == .punct && tokens[a - 1].text != ",",
           a <= b, let head = phrase(a, b), head.kind == .anonymous || head.kind == .person && Self.determiners.contains(tokens[a].lower),
           head.first == a {
            return head
        }
        return nil
    }

    private func isPronoun(_ a: Int, _ b: Int) -> Bool { a == b && Self.pronouns.contains(tokens[a].lower) }

    func clauseStart(_ lo: Int, _ e: Int) -> Int {
        var k = e
        while k - 1 >= lo, e - k < 12 {
            let t = tokens[k - 1]
            if t.kind == .punct && t.text != "-" && t.text != "&" { break }
            if Self.clauseBreaks.contains(t.lower) || vocabulary.cue(tokens, at: k - 1) != nil { break }
            k -= 1
        }
        return k
    }

    /// The phrase that opens a clause ("Trump gestured…, then boomed:"): a pronoun, or a run
    /// of capitalised and title words with "the", "of" and possessives inside.
    func leading(from a: Int, hi: Int) -> Phrase? {
        guard a <= hi else { return nil }
        if Self.pronouns.contains(tokens[a].lower) { return phrase(a, a) }
        if tokens[a].lower.hasSuffix("ing") { return nil }
        var b = a - 1
        while b + 1 <= hi {
            let t = tokens[b + 1]
            let inner = ["the", "of", "for"].contains(t.lower) && b + 2 <= hi && tokens[b + 2].isCapitalised
            guard t.isCapitalised || vocabulary.titles.contains(t.lower) || inner || vocabulary.anonymousHeads.contains(t.lower)
                    || vocabulary.organisationWords.contains(t.lower) else { break }
            b += 1
            if t.text != t.bare { break }
        }
        return b >= a ? phrase(a, b) : nil
    }

    /// The token after a bracketed aside of at most eight tokens opening at `i` ("(R-Ohio)"), or
    /// `i` when none opens there or it does not close by `hi`.
    func skippingBrackets(from i: Int, hi: Int) -> Int {
        guard i < hi, tokens[i].text == "(",
              let close = (i + 1...min(i + 8, hi)).first(where: { tokens[$0].text == ")" }) else { return i }
        return close + 1
    }

    /// The phrase after a verb or "according to", starting at `a`, up to `hi`.
    func object(from a: Int, hi: Int) -> Phrase? {
        guard a <= hi, a < tokens.count else { return nil }
        var b = a
        if let n = vocabulary.outletLength(tokens, at: a) { return phrase(a, a + n - 1) }
        guard !isPunct(a) else { return nil }
        while b + 1 <= hi {
            let t = tokens[b + 1]
            // "said 9/11 widow Terry Strada": a slash between digits is part of a word.
            let slashed = t.text == "/" && tokens[b].kind == .number && b + 2 <= hi && tokens[b + 2].kind == .number
            if t.kind == .punct && t.text != "-" && t.text != "&" && !slashed { break }
            if Self.forwardBreaks.contains(t.lower) && !(t.lower == "to" && tokens[b].lower == "close") { break }
            // "said a Democratic source": after a bare determiner the word describes, it ends nothing.
            if t.isCapitalised && vocabulary.nameStopwords.contains(t.lower) && !["U.S.", "US", "The"].contains(t.text)
                && !vocabulary.isSurname(tokens, at: b + 1) && !tokens[a...b].allSatisfy({ Self.determiners.contains($0.lower) }) { break }
            if b - a >= 9 { break }
            // "said Sen. Tammy Baldwin of Wisconsin": "of" after a name starts a place.
            // "said Chancellor of the Exchequer Gordon Brown": after a role word it is the role's.
            // "wrote Cameron Easley for Morning Consult": "for" after a name starts the employer.
            if ["of", "for"].contains(t.lower), !vocabulary.titles.contains(tokens[b].lower),
               tokens[a...b].contains(where: { $0.isCapitalised && !vocabulary.titles.contains($0.lower) }) { break }
            b += 1
        }
        // "wrote analysts from Citigroup Smith Barney", "said one source on the panel": an unnamed
        // source is named with what qualifies it.
        if vocabulary.anonymousHeads.contains(tokens[b].lower) { b = qualifierEnd(after: b, hi: hi) }
        guard var p = phrase(a, b) else { return nil }
        // "said Lijian Zhao, a spokesperson for the ministry,": the aside after the name is its title.
        if p.kind == .person, p.title == nil, b + 2 <= hi, tokens[b + 1].text == ",", ["a", "an", "the"].contains(tokens[b + 2].lower) {
            var c = b + 3
            while c <= hi, tokens[c].text != ",", tokens[c].text != ".", tokens[c].kind != .punct || tokens[c].text == "-" { c += 1 }
            if c > b + 3 { p.title = text(b + 3, c - 1) }
        }
        return p
    }

    /// Classifies tokens `s...e` as a phrase that can be a source.
    func phrase(_ s: Int, _ e: Int) -> Phrase? {
        guard s <= e else { return nil }
        if s == e, Self.pronouns.contains(tokens[e].lower) {
            return Phrase(kind: .pronoun, first: s, last: e, name: tokens[e].text, nameFirst: s)
        }
        // An outlet that ends the phrase: "The Washington Post said".
        for k in s...e {
            if let n = vocabulary.outletLength(tokens, at: k), k + n - 1 == e {
                let start = k > s && tokens[k - 1].lower == "the" ? k - 1 : k
                let words = tokens[k...e].map(\.bare)
                let name = words.first == "The" && words.count > 1 ? words.dropFirst().joined(separator: " ") : words.joined(separator: " ")
                return Phrase(kind: .outlet, first: start, last: e, name: name, nameFirst: k)
            }
        }
        // The capitalised run that ends the phrase.
        var r = e
        while r >= s, isNameToken(r) { r -= 1 }
        let runStart = r + 1
        let afterPreposition = r >= s && Self.prepositions.contains(tokens[r].lower)
        // "an inspector from neighbouring Lantrecy": a description of someone ends in the place
        // they come from; the capitalised words are not their name.
        if runStart <= e, !afterPreposition, r - 1 > s, Self.determiners.contains(tokens[s].lower), e - s <= 7,
           Self.prepositions.contains(tokens[r - 1].lower), tokens[r].isWord, !Self.determiners.contains(tokens[r].lower),
           tokens[(s + 1)..<(r - 1)].allSatisfy({ $0.isWord && !$0.isCapitalised }),
           !tokens[runStart...e].contains(where: { vocabulary.organisationWords.contains($0.lower) || vocabulary.titles.contains($0.lower) }) {
            return Phrase(kind: .person, first: s, last: e, name: text(s, e), nameFirst: s)
        }
        if runStart <= e && !afterPreposition {
            return capitalised(s, runStart, e)
        }
        // A head noun ends the phrase or takes a modifier after it ("sources close to", "officials
        // in"); "the official Chinese press" is an adjective.
        let heads = (s...e).filter { k in
            vocabulary.anonymousHeads.contains(tokens[k].lower)
                && (k == e || Self.headModifiers.contains(tokens[k + 1].lower))
        }
        if !heads.isEmpty || hasAnonymousPhrase(s, e) {
            let start = ["and", "but", "so"].contains(tokens[s].lower) ? s + 1 : s
            // Named by the whole phrase: "one source familiar with the requests", "a senior official
            // at the finance ministry".
            return Phrase(kind: .anonymous, first: start, last: e, name: text(start, e), nameFirst: start)
        }
        let head = afterPreposition ? r - 1 : e
        if head >= s, vocabulary.organisationWords.contains(tokens[head].lower) {
            return Phrase(kind: .organisation, first: s, last: e, name: text(s, e), nameFirst: s)
        }
        // "the host said", "the Florida senator said", "another commenter": a description of someone.
        // "my father often said", "their attorneys said": a possessive before a noun for people.
        let ownedPerson = Self.possessives.contains(tokens[s].lower) && vocabulary.isPersonNoun(tokens[e].lower)
        if Self.determiners.contains(tokens[s].lower) || ownedPerson, e - s <= 4, e > s, !afterPreposition,
           tokens[(s + 1)...e].allSatisfy({ $0.isWord }), !tokens[e].isCapitalised, !Self.clauseBreaks.contains(tokens[e].lower),
           !Self.possessives.contains(tokens[e].lower) {
            return Phrase(kind: .person, first: s, last: e, name: text(s, e), nameFirst: s)
        }
        // "In his New Year message the Liberal Democrat leader said": a lead-in before the description.
        if !afterPreposition, e - s >= 2, let the = (s + 1..<e).last(where: { tokens[$0].lower == "the" }) {
            return phrase(the, e)
        }
        return nil
    }

    /// The last token of what qualifies an unnamed source's head noun at `head`: "familiar with
    /// the requests", "close to the talks", "at the finance ministry"; `head` when nothing does.
    /// A name ends it before another preposition: "from Citigroup Smith Barney" (in a note).
    func qualifierEnd(after head: Int, hi: Int) -> Int {
        guard head + 1 <= hi, Self.headModifiers.contains(tokens[head + 1].lower), tokens[head + 1].lower != "who" else { return head }
        var b = head + 1
        while b + 1 <= hi, b - head < 7, tokens[b + 1].kind != .punct, vocabulary.cue(tokens, at: b + 1) == nil,
              !["who", "which", "that", "and", "but"].contains(tokens[b + 1].lower),
              !(tokens[b].isCapitalised && Self.headModifiers.contains(tokens[b + 1].lower)) {
            b += 1
        }
        return b
    }

    /// True when tokens `s...e` hold a phrase of anonymous-phrases.txt (other than ones starting with `besides`).
    func hasAnonymousPhrase(_ s: Int, _ e: Int, besides: String? = nil) -> Bool {
        for phrase in vocabulary.anonymousPhrases where phrase.count <= e - s + 1 && phrase[0] != besides {
            for k in s...(e - phrase.count + 1) where tokens[k].lower == phrase[0] {
                if (0..<phrase.count).allSatisfy({ tokens[k + $0].lower == phrase[$0] }) { return true }
            }
        }
        return false
    }

    private func isNameToken(_ i: Int) -> Bool {
        let t = tokens[i]
        if vocabulary.isHonorific(t) { return false }
        if t.isCapitalised {
            return !vocabulary.nameStopwords.contains(t.bareLower) || vocabulary.titles.contains(t.lower) || vocabulary.isSurname(tokens, at: i)
        }
        return Self.nameConnectors.contains(t.lower) && i > 0 && tokens[i - 1].isCapitalised
    }

    /// A capitalised run `runStart...e` (with `s` the phrase start): organisation (places and
    /// countries speak as their governments), a thing ("the Patriot Act": nil) or a person with
    /// the title words in front kept apart.
    private func capitalised(_ s: Int, _ runStart: Int, _ e: Int) -> Phrase? {
        let run = tokens[runStart...e]
        let lowerRun = run.map { $0.bare.lowercased() }
        var nameFirst = runStart
        // "Iowa State University's Dianne Bystrom": the name follows the last title word, honorific
        // or possessive; the last word is always name ("Amy Pope", "Martin Luther King").
        for k in runStart..<e where vocabulary.titles.contains(tokens[k].lower) || vocabulary.isHonorific(tokens[k]) || tokens[k].bare != tokens[k].text { nameFirst = k + 1 }
        // "Exchequer Gordon Brown", "Midlands Robert Kilroy-Silk": a given name right before the
        // surname starts the name when the word before it is no given name ("Martin Luther King").
        if e - nameFirst >= 2, vocabulary.givenNames[tokens[e - 1].lower] != nil,
           vocabulary.givenNames[tokens[e - 2].lower] == nil, !vocabulary.isHonorific(tokens[e - 2]) {
            nameFirst = e - 1
        }
        // "Homeland Security", "Red Deer": an organisation word in the name, or a place; in a title
        // before a name ("National Security Advisor Jake Sullivan") it is the person's role.
        // "Mr Houston" is a man, whatever city shares his name.
        let honoured = runStart > 0 && vocabulary.isHonorific(tokens[runStart - 1])
        if tokens[nameFirst...e].contains(where: { vocabulary.organisationWords.contains($0.lower) })
            || !honoured && vocabulary.places.contains(lowerRun.joined(separator: " ")) {
            var a = runStart
            while a - 1 >= s, tokens[a - 1].isCapitalised, tokens[a - 1].lower != "the" { a -= 1 }
            if run.contains(where: { vocabulary.placeWords.contains($0.lower) }) { return nil }
            let start = a > s && tokens[a - 1].lower == "the" ? a - 1 : a
            return Phrase(kind: .organisation, first: start, last: e, name: text(a, e), nameFirst: a)
        }
        // "the Guildford Four", "the Chicago Seven": a name ending in a number word is a group.
        if runStart < e, Self.numberWords.contains(tokens[e].lower) {
            let start = runStart > s && tokens[runStart - 1].lower == "the" ? runStart - 1 : runStart
            return Phrase(kind: .organisation, first: start, last: e, name: text(runStart, e), nameFirst: runStart)
        }
        // "Marrowick General Hospital": a title word inside a name that ends in a place word
        // leaves no person; the institution speaks ("Rep. Hill" keeps his name).
        if nameFirst == e, runStart < e, vocabulary.placeWords.contains(tokens[e].bareLower), !vocabulary.titles.contains(tokens[runStart].lower) {
            let start = runStart > s && tokens[runStart - 1].lower == "the" ? runStart - 1 : runStart
            return Phrase(kind: .organisation, first: start, last: e, name: text(runStart, e), nameFirst: runStart)
        }
        // "the Home Secretary said": a role, which refers back like "the minister" ("Amy Pope" is a name).
        if vocabulary.titles.contains(tokens[e].lower), !vocabulary.isHonorific(tokens[e]), vocabulary.givenNames[tokens[runStart].lower] == nil {
            guard runStart > s, tokens[runStart - 1].lower == "the" else { return nil }
            return Phrase(kind: .person, first: runStart - 1, last: e, name: text(runStart - 1, e), nameFirst: runStart - 1)
        }
        // "General Election", "Patriot Act": a thing, unless a given name opens it ("Jim Hall").
        // "on Tanner Street": after a preposition of place, a given name is the street's.
        if vocabulary.placeWords.contains(tokens[e].bareLower),
           vocabulary.givenNames[tokens[nameFirst].lower] == nil || runStart > 0 && Self.placePrepositions.contains(tokens[runStart - 1].lower) {
            return nil
        }
        // "his Christmas Midnight Mass": a possessive before a capitalised run makes it a thing he has.
        if runStart > 0, Self.possessives.contains(tokens[runStart - 1].lower) { return nil }
        // Words in capitals are headlines and labels, not names.
        if tokens[nameFirst...e].contains(where: { $0.text.count > 4 && $0.text.unicodeScalars.allSatisfy(ScalarClass.isUpper) }) {
            return nil
        }
        nameFirst = max(nameFirst, e - 3)
        // Title words before the name: capitalised words, role words, and "of"/"for" inside them.
        var t = nameFirst
        while t - 1 >= s {
            let w = tokens[t - 1]
            let inner = (w.lower == "of" || w.lower == "for" || w.lower == "and") && t - 2 >= s && tokens[t - 2].isCapitalised
                || w.lower == "the" && t - 2 >= s && tokens[t - 2].lower == "of"
            guard w.isCapitalised || vocabulary.titles.contains(w.lower) || inner else { break }
            if w.isCapitalised && w.lower == "the" { break }
            t -= 1
        }
        // "Mr", "Lord": an honorific is neither name nor role.
        var titleEnd = nameFirst - 1
        while titleEnd >= t, vocabulary.isHonorific(tokens[titleEnd]) { titleEnd -= 1 }
        var title: String?
        if t <= titleEnd, tokens[t...titleEnd].contains(where: { vocabulary.titles.contains($0.lower) && !vocabulary.isHonorific($0) }) {
            title = text(t, titleEnd)
        }
        let nameText = tokens[nameFirst...e].enumerated().map { $0.offset == e - nameFirst ? $0.element.bare : $0.element.text }.joined(separator: " ")
        return Phrase(kind: .person, first: title == nil ? nameFirst : t, last: e, name: nameText, nameFirst: nameFirst, title: title)
    }

    func text(_ a: Int, _ b: Int) -> String {
        var out = ""
        for k in a...b {
            let t = tokens[k]
            // Join the way the article wrote it: no space before punctuation or after a hyphen.
            if k > a, tokens[k - 1].end < t.start { out += " " }
            out += t.text
        }
        return out
    }
}
