/// Category lemmas and groups: singularises what a figure counts and finds it in the taxonomy.
public enum Taxonomy {
    static let irregular: WordTable<String> = [
        "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
        "knives": "knife", "halves": "half", "police": "police", "aircraft": "aircraft",
        "personnel": "personnel", "sheep": "sheep", "series": "series", "species": "species",
        "news": "news", "data": "data", "media": "media", "staff": "staff", "troops": "troop",
        "crises": "crisis", "analyses": "analysis", "thieves": "thief", "leaves": "leaf",
        "shelves": "shelf", "wolves": "wolf", "buses": "bus", "viruses": "virus", "bonuses": "bonus",
        "campuses": "campus", "statuses": "status", "gases": "gas", "dies": "die", "ties": "tie",
        "lies": "lie", "pies": "pie", "movies": "movie", "cookies": "cookie", "zombies": "zombie",
        "hippies": "hippie", "rookies": "rookie", "goalies": "goalie", "calories": "calorie",
        "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "vetoes": "veto",
        "echoes": "echo", "torpedoes": "torpedo", "volcanoes": "volcano", "tornadoes": "tornado",
        "indices": "index", "matrices": "matrix", "criteria": "criterion", "phenomena": "phenomenon",
        "dead": "dead", "wounded": "wounded", "injured": "injured", "missing": "missing",
    ]

    /// "armored vehicles" -> "armored vehicle", "casualties" -> "casualty", "people" -> "person".
    public static func singular(_ word: String) -> String {
        let w = word.lowercased()
        if let s = irregular[w] { return s }
        if w.count <= 3 { return w.hasSuffix("s") && w.count == 3 && !w.hasSuffix("ss") && w != "gas" && w != "bus" ? String(w.dropLast()) : w }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        for e in ["sses", "ches", "shes", "xes", "zzes"] where w.hasSuffix(e) { return String(w.dropLast(2)) }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.hasSuffix("'s") { return w }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    /// The lemma of a category given as words ("Russian", "planes"): the longest run of last words
    /// that the taxonomy lists once singularised, else the words without leading capitalised
    /// modifiers ("Russian"), last word singularised. Returns the lemma and its group.
    static func lemma(words: [(text: String, capitalised: Bool)], lexicons: FigureLexicons) -> (String, String?)? {
        guard !words.isEmpty else { return nil }
        var lower = words.map { $0.text.lowercased() }
        // A proper name ("Aguas Argentinas") is kept as written, not singularised; a people's
        // name is ("Ukrainians", "Venezuelans").
        if !words.allSatisfy(\.capitalised) || words.count == 1 && lower[0].hasSuffix("ans") {
            lower[lower.count - 1] = singular(lower[lower.count - 1])
        }
        let maxN = min(lexicons.taxonomyMaxWords, lower.count)
        if maxN >= 1 {
            for n in stride(from: maxN, through: 1, by: -1) {
                let cand = lower[(lower.count - n)...].joined(separator: " ")
                if let g = lexicons.taxonomy[cand] { return (cand, g) }
            }
        }
        // Drop leading capitalised modifiers ("Russian", "Ukrainian") but keep a capitalised head.
        var k = 0
        while k < lower.count - 1, words[k].capitalised { k += 1 }
        return (lower[k...].joined(separator: " "), nil)
    }
}
