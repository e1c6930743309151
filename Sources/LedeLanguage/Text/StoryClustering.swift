import Foundation
import LedeCorpus

/// Groups articles that cover the same event by their text: TF-IDF vectors of content words
/// (headline words weigh `headlineWeight` times), cosine similarity between articles published
/// within `windowDays` of each other, then greedy average-linkage clustering: the most similar
/// pairs are joined first, and two groups join only while the mean similarity of their dated-near
/// pairs stays at or above `threshold` (plain single linkage chains unrelated stories together).
/// With `onePerOutlet` a story never holds two articles of one outlet (the shape of BASIL's triplets).
struct StoryClustering {
    var threshold = 0.12
    var windowDays = 3
    var onePerOutlet = false
    var headlineWeight = 3.0

    /// Stories as lists of positions in `articles`, each list in input order.
    func clusters(_ articles: [Article], stopWords: StopWords, cancellation: Cancellation) throws(Diagnostic) -> [[Int]] {
        let n = articles.count
        let vectors = Self.vectors(articles, headlineWeight: headlineWeight, stopWords: stopWords)
        // Pairs close enough in time; articles without a date pair with every other.
        let dated = articles.indices.filter { articles[$0].date != nil }.sorted { articles[$0].date!.ordinal < articles[$1].date!.ordinal }
        let undated = articles.indices.filter { articles[$0].date == nil }
        var sims: [Int: Double] = [:]  // key i * n + j, i < j
        func add(_ x: Int, _ y: Int) {
            let (i, j) = x < y ? (x, y) : (y, x)
            sims[i * n + j] = Self.cosine(vectors[i], vectors[j])
        }
        for (p, i) in dated.enumerated() {
            if p & 63 == 0, cancellation.isCancelled { throw Interrupted.diagnostic }
            guard let day = articles[i].date?.ordinal else { continue }
            for q in (p + 1)..<dated.count {
                let j = dated[q]
                if (articles[j].date?.ordinal ?? day) - day > windowDays { break }
                add(i, j)
            }
        }
        for i in undated { for j in 0..<n where j != i && !(articles[j].date == nil && j < i) { add(i, j) } }

        var clusterOf = Array(0..<n)
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: (0..<n).map { ($0, [$0]) })
        let outlets = articles.map { ($0.outlet ?? "").lowercased() }
        let pairs = sims.filter { $0.value >= threshold }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for (key, _) in pairs {
            let a = clusterOf[key / n], b = clusterOf[key % n]
            guard a != b, let ma = members[a], let mb = members[b] else { continue }
            if onePerOutlet, !Set(ma.map { outlets[$0] }).isDisjoint(with: mb.map { outlets[$0] }) { continue }
            var total = 0.0, count = 0
            for x in ma { for y in mb { if let s = sims[min(x, y) * n + max(x, y)] { total += s; count += 1 } } }
            guard count > 0, total / Double(count) >= threshold else { continue }
            for y in mb { clusterOf[y] = a }
            members[a] = ma + mb
            members[b] = nil
        }
        return members.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    typealias Vector = [(term: Int, weight: Double)]

    /// Unit-length TF-IDF vectors (sublinear tf, idf = ln(N/df)), terms sorted; words found in one
    /// article only are left out, as they cannot make two articles alike.
    static func vectors(_ articles: [Article], headlineWeight: Double, stopWords: StopWords) -> [Vector] {
        var vocabulary: [String: Int] = [:]
        var counts: [[Int: Double]] = []
        var df: [Int: Int] = [:]
        for article in articles {
            var c: [Int: Double] = [:]
            func add(_ text: String, _ weight: Double) {
                for t in Tokenizer.tokens(text) where stopWords.isContent(t) && t.norm.count >= 3 {
                    let id = vocabulary[t.norm] ?? { let id = vocabulary.count; vocabulary[t.norm] = id; return id }()
                    c[id, default: 0] += weight
                }
            }
            add(article.body, 1)
            add(article.headline ?? "", headlineWeight)
            for id in c.keys { df[id, default: 0] += 1 }
            counts.append(c)
        }
        let n = Double(articles.count)
        return counts.map { c in
            var v: Vector = c.compactMap { id, tf in
                let d = df[id] ?? 1
                return d > 1 ? (id, (1 + log(tf)) * log(n / Double(d))) : nil
            }
            let norm = sqrt(v.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 { v = v.map { ($0.term, $0.weight / norm) } }
            return v.sorted { $0.term < $1.term }
        }
    }

    static func cosine(_ a: Vector, _ b: Vector) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term { sum += a[i].weight * b[j].weight; i += 1; j += 1 }
            else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        return sum
    }
}
