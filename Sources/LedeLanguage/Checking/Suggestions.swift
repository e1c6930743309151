/// "Did you mean" for misspelt names: every candidate at the smallest edit distance, if close enough.
public enum Suggestions {
    public static func closest(to name: String, in candidates: [String]) -> [String] {
        let target = Array(name.lowercased())
        let limit = max(2, target.count / 3)
        var best = Int.max
        var found: [String] = []
        for candidate in Set(candidates).sorted() {
            let d = distance(target, Array(candidate.lowercased()))
            guard d <= limit else { continue }
            if d < best { best = d; found = [candidate] } else if d == best { found.append(candidate) }
        }
        return found
    }

    /// "did you mean `outlet`?" / "did you mean `speaker` or `speakers`?", or nil.
    public static func help(for name: String, in candidates: [String], otherwise: String? = nil) -> String? {
        let names = closest(to: name, in: candidates).map { "`\($0)`" }
        guard !names.isEmpty else { return otherwise }
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        return "did you mean \(list)?"
    }

    /// Levenshtein distance with transpositions counted as one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, row) = (previous, row, previous2)
        }
        return previous[b.count]
    }
}
