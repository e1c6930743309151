/// One person, one name across a corpus. Each article already maps "Mr Trump" and "he" to the
/// full name it gives ("Donald Trump"); an article that never writes the full name leaves
/// "Trump". Across the loaded articles, a lone surname becomes the full name that the corpus
/// uses for it most (at least two thirds of the full names ending in it, so "Clinton" stays
/// apart where Bill and Hillary share the corpus), and "Hillary Rodham Clinton" and "Hillary
/// Clinton" become the more frequent form. `aliases.txt` (`alias<TAB>name`) decides where the
/// rules cannot: its entries win.
public struct CorpusNames: Sendable {
    /// A canonical person and the evidence for the merge, for the `people` table.
    public struct Person: Sendable {
        public var name: String
        /// Names as the articles wrote or resolved them, with how often.
        public var aliases: [String: Int] = [:]
        public var titles: Set<String> = []
        public var mentions = 0
        public var quotes = 0
        public var articles = 0
    }

    private let map: [String: String]
    /// `aliases.txt`, keyed by the alias lowercased.
    private let aliases: [String: String]
    /// Every person named in the corpus, most mentioned first.
    public let people: [Person]

    /// The `alias<TAB>name` lines of `aliases.txt`, keyed by the alias lowercased.
    public static func aliases(_ lexicons: Lexicons) -> [String: String] {
        var table: [String: String] = [:]
        for line in lexicons.list("aliases") {
            let fields = line.split(separator: "\t").map { String($0).trimmingSpaces }
            if fields.count == 2 { table[fields[0].lowercased()] = fields[1] }
        }
        return table
    }

    public init(_ analyses: [Analysis], aliases: [String: String] = [:]) {
        // Full names and lone names of people, counted over mentions and quotes.
        var counts: [String: Int] = [:]
        for analysis in analyses {
            let people = analysis.mentions.filter { $0.kind == .person }
            let persons = Set(people.map(\.name))
            for m in people { counts[m.name, default: 0] += 1 }
            for q in analysis.quotes where !q.anonymous { if let s = q.speaker, persons.contains(s) { counts[s, default: 0] += 1 } }
        }
        var map: [String: String] = [:]
        let full = counts.keys.filter { $0.hasSpace }
        // "Hillary Rodham Clinton" and "Hillary Clinton": same first and last word.
        let byEnds = Dictionary(grouping: full) { name -> String in
            let words = name.words
            return "\(words.first ?? "") \(words.last ?? "")"
        }
        for (_, forms) in byEnds where forms.count > 1 {
            let best = forms.max { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) }
            for form in forms { map[form] = best }
        }
        // A lone surname: the full name the corpus uses for it, when one dominates.
        let bySurname = Dictionary(grouping: full) { String($0.words.last ?? "") }
        for single in counts.keys where !single.hasSpace {
            guard let candidates = bySurname[single] else { continue }
            var weights: [String: Int] = [:]
            for c in candidates { weights[map[c] ?? c, default: 0] += counts[c] ?? 0 }
            let total = weights.values.reduce(0, +)
            if let (best, weight) = weights.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), weight * 3 >= total * 2 {
                map[single] = best
            }
        }
        self.map = map
        self.aliases = aliases
        people = Self.people(analyses) { aliases[$0.lowercased()] ?? map[$0] ?? $0 }
    }

    /// The corpus name for a name as an article resolved it.
    public func name(_ name: String) -> String { aliases[name.lowercased()] ?? map[name] ?? name }

    /// The analysis with every speaker, claimant, source and mention under its corpus name.
    public func applied(to analysis: Analysis) -> Analysis {
        guard !map.isEmpty || !aliases.isEmpty else { return analysis }
        // Written only where a name changes: an array left alone stays shared with the raw
        // analysis instead of being copied.
        var a = analysis
        for i in a.quotes.indices { if let s = a.quotes[i].speaker, case let n = name(s), n != s { a.quotes[i].speaker = n } }
        for i in a.figures.indices { if let c = a.figures[i].claimant, case let n = name(c), n != c { a.figures[i].claimant = n } }
        for i in a.sources.indices { if case let n = name(a.sources[i].name), n != a.sources[i].name { a.sources[i].name = n } }
        for i in a.mentions.indices { if case let n = name(a.mentions[i].name), n != a.mentions[i].name { a.mentions[i].name = n } }
        return a
    }

    private static func people(_ analyses: [Analysis], name: (String) -> String) -> [Person] {
        var people: [String: Person] = [:]
        for analysis in analyses {
            var seen = Set<String>()
            for m in analysis.mentions where m.kind == .person {
                let canonical = name(m.name)
                var p = people[canonical] ?? Person(name: canonical)
                p.mentions += 1
                p.aliases[m.text, default: 0] += 1
                if m.name != m.text { p.aliases[m.name, default: 0] += 1 }
                if let t = m.title { p.titles.insert(t) }
                if seen.insert(canonical).inserted { p.articles += 1 }
                people[canonical] = p
            }
            for q in analysis.quotes where !q.anonymous {
                guard let s = q.speaker, var p = people[name(s)] else { continue }
                p.quotes += 1
                if let t = q.title { p.titles.insert(t) }
                people[p.name] = p
            }
        }
        return people.values.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }
}
