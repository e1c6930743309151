import Foundation
import LedeCorpus
import LedeExtract

/// PolNeAR scoring. Rules (also in Scripts/eval's header):
/// - Articles are read the way Lede reads them, by the plain-text loader: the headline (and any
///   date or caption line) is not body text, so no quote is looked for there. The .ann offsets
///   count code points into the raw .txt, so each quote's body offsets are mapped back to the raw
///   file before matching (a body that cannot be mapped is reported).
/// - Gold direct quote: an attribution whose Content has at least half of its letters and digits
///   inside paired double quote marks (an opening " or “ closed by " or ”, paired per line,
///   independently of the extractor; mixed pairs such as "…” are common in the corpus).
///   Every other Content is gold indirect. A discontinuous Content ("…," he said. "…") is one
///   gold item, as the extractor joins a quote interrupted by its attribution.
/// - A predicted quote matches a gold content at threshold t when the letters and digits they share
///   are at least t × the larger of the two. Precision: share of predictions matching some gold
///   item; recall: share of gold items matched by some prediction. Direct predictions are
///   `kind == .direct` plus `partial` quotes credited to a speaker (`isAttributedMarked`): gold
///   direct means attributed words inside quote marks, whatever their length. The figures for
///   `kind == .direct` alone are printed too.
/// - Speaker: on matched pairs (t = 0.3) with a gold Source, correct when the predicted speaker or
///   its mention as written contains the gold source text or vice versa (case-insensitive), or they
///   share a capitalised word of three letters or more. Gold pronoun sources (he, she, they, ...)
///   count as correct when the predicted mention is that same pronoun (the same link as written;
///   the extractor's resolution is then not checked) or when the predicted speaker's last word
///   occurs in the 1,500 characters before the quote; they are also reported apart.
func runPolnearEval(dir: String, split: String, verbose: Bool) {
    let textDir = "\(dir)/\(split)/text", annDir = "\(dir)/\(split)/attributions"
    guard let annFiles = try? FileManager.default.contentsOfDirectory(atPath: annDir) else {
        print("polnear: skipped, \(annDir) not found")
        return
    }
    let extractor = Extractor()
    var direct = Tally(), directOnly = Tally(), indirect = Tally()
    var seconds = 0.0
    var cache: [String: [Quote]] = [:]
    var unmapped = 0
    // The articles as Lede reads them: the plain-text loader takes the headline (and date and
    // caption lines) out of the body, so quotes are found in the body only; their offsets are
    // mapped back to the raw file, which the annotations count in.
    var corpus = Corpus()
    _ = corpus.load([textDir])
    var loaded: [String: Article] = [:]
    for a in corpus.articles { loaded[a.file] = a }
    for ann in annFiles.sorted() where ann.hasSuffix(".ann") {
        let base = String(ann.dropLast(4).dropLast(5))
        guard let raw = try? String(contentsOfFile: "\(textDir)/\(base).txt", encoding: .utf8),
              let annText = try? String(contentsOfFile: "\(annDir)/\(ann)", encoding: .utf8) else { continue }
        let scalars = Array(raw.unicodeScalars)
        let preds: [Quote]
        if let hit = cache[base] { preds = hit } else {
            var article = loaded[base + ".txt"]
            if article == nil {  // a byte-identical copy of another file: load it alone
                var single = Corpus()
                _ = single.load(["\(textDir)/\(base).txt"])
                article = single.articles.first
            }
            guard let article else { continue }
            let t0 = Date()
            let result = extractor.analyze(article)
            seconds += Date().timeIntervalSince(t0)
            let bodyScalars = Array(article.body.unicodeScalars)
            let offsets = rawOffsets(body: bodyScalars, raw: scalars)
            if let bad = bodyScalars.indices.first(where: { offsets[$0] >= scalars.count || scalars[offsets[$0]] != bodyScalars[$0] && !" \n".unicodeScalars.contains(bodyScalars[$0]) }) {
                unmapped += 1
                if verbose {
                    let at = String(String.UnicodeScalarView(bodyScalars[bad..<min(bad + 40, bodyScalars.count)]))
                    print("MAP \(base): body not found in the raw text from body offset \(bad): \(at)")
                }
            }
            preds = result.quotes.map { q in
                var q = q
                q.span = mapSpan(q.span, offsets)
                q.mentionSpan = q.mentionSpan.map { mapSpan($0, offsets) }
                return q
            }
            cache[base] = preds
        }
        let quoted = quotedMask(scalars)
        let gold = parseAnn(annText)
        var goldDirect: [GoldItem] = [], goldIndirect: [GoldItem] = []
        // Quote – attribution – quote is one discontinuous Content in PolNeAR, and one quote here.
        for g in gold {
            let letters = g.content.flatMap { Array($0.start..<min($0.end, scalars.count)) }.filter { isAlnum(scalars[$0]) }
            guard !letters.isEmpty else { continue }
            let inside = letters.filter { quoted[$0] }.count
            if inside * 2 >= letters.count { goldDirect.append(g) } else { goldIndirect.append(g) }
        }
        direct.add(preds.filter(isAttributedMarked), goldDirect, scalars, file: base, verbose: verbose,
                   partials: preds.filter { $0.kind == .partial && !isAttributedMarked($0) })
        directOnly.add(preds.filter { $0.kind == .direct }, goldDirect, scalars, file: base, verbose: false,
                       partials: preds.filter { $0.kind == .partial })
        indirect.add(preds.filter { $0.kind == .indirect }, goldIndirect, scalars, file: base, verbose: false)
    }
    print("polnear \(split): \(cache.count) articles, \(annFiles.count) annotation files, extraction \(String(format: "%.2f", seconds)) s\(unmapped > 0 ? ", \(unmapped) bodies not mapped to raw offsets" : "")")
    direct.print("direct (quote marks with a speaker: kind direct, or partial credited to someone)")
    directOnly.print("direct (kind == direct only)")
    indirect.print("indirect")
}

/// A prediction scored against gold direct quotes: words in quote marks credited to a source.
/// Every `direct` quote counts (one with no speaker found is a direct quote whose speaker was
/// missed); a `partial` quote (a short fragment inside a sentence) counts
/// when the extractor credits it to someone, since PolNeAR annotates attributed content whatever
/// its length ("Trump said the debate was “rigged”"). Unattributed partials (scare quotes,
/// titles) are not scored.
/// For each scalar of a loaded body, its offset in the raw file. Each body paragraph is a block
/// of raw lines (trimmed, joined with a space), found at the first raw line start from which it
/// reads on; whitespace is matched loosely.
func rawOffsets(body: [Unicode.Scalar], raw: [Unicode.Scalar]) -> [Int] {
    var map = [Int](repeating: 0, count: body.count + 1)
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{A0}" }
    /// Maps body[b..<e] onto raw from r; nil when it does not read there.
    func walk(_ b: Int, _ e: Int, from r0: Int, write: Bool) -> Int? {
        var r = r0, i = b
        while i < e {
            while r < raw.count && isSpace(raw[r]) && !isSpace(body[i]) { r += 1 }
            guard r < raw.count else { return nil }
            if body[i] == raw[r] || (isSpace(body[i]) && isSpace(raw[r])) {
                if write { map[i] = r }
                i += 1; r += 1
                if isSpace(body[i - 1]) { while r < raw.count && isSpace(raw[r]) && (i == e || !isSpace(body[i])) { r += 1 } }
            } else { return nil }
        }
        return r
    }
    var r = 0, b = 0
    while b < body.count {
        var e = b
        while e < body.count && body[e] != "\n" { e += 1 }
        if e > b {
            var start = r, end: Int? = nil
            while start < raw.count {
                if start == 0 || raw[start - 1] == "\n" || raw[start - 1] == "\r" {
                    var s = start
                    while s < raw.count && (raw[s] == " " || raw[s] == "\t") { s += 1 }
                    if let found = walk(b, e, from: s, write: true) { end = found; break }
                }
                start += 1
            }
            if let end { r = end } else { for i in b..<e { map[i] = min(r, raw.count) } }
        }
        if e < body.count { map[e] = min(r, raw.count) }
        b = e + 1
    }
    map[body.count] = raw.count
    return map
}

func mapSpan(_ s: TextSpan, _ offsets: [Int]) -> TextSpan {
    let start = offsets[min(s.start, offsets.count - 1)]
    let end = s.end > s.start ? offsets[min(s.end - 1, offsets.count - 1)] + 1 : start
    return TextSpan(start, max(start, end))
}

func isAttributedMarked(_ q: Quote) -> Bool {
    q.kind == .direct || (q.kind == .partial && (q.speaker != nil || q.mention != nil))
}

struct GoldItem {
    var content: [TextSpan]
    var source: String?
}

/// Attribution relations of one .ann file: each E line with its Content spans and Source text.
func parseAnn(_ text: String) -> [GoldItem] {
    var spans: [String: (kind: String, ranges: [TextSpan], text: String)] = [:]
    var relations: [[String: String]] = []
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { continue }
        if parts[0].hasPrefix("T"), parts.count >= 3 {
            let head = parts[1].split(separator: " ", maxSplits: 1).map(String.init)
            guard head.count == 2 else { continue }
            let ranges = head[1].split(separator: ";").compactMap { piece -> TextSpan? in
                let n = piece.split(separator: " ").compactMap { Int($0) }
                return n.count == 2 ? TextSpan(n[0], n[1]) : nil
            }
            spans[parts[0]] = (head[0], ranges, parts[2])
        } else if parts[0].hasPrefix("E") {
            var roles: [String: String] = [:]
            for pair in parts[1].split(separator: " ") {
                let kv = pair.split(separator: ":").map(String.init)
                if kv.count == 2 { roles[kv[0].trimmingCharacters(in: .decimalDigits)] = kv[1] }
            }
            relations.append(roles)
        }
    }
    return relations.compactMap { roles in
        guard let c = roles["Content"], let content = spans[c] else { return nil }
        return GoldItem(content: content.ranges, source: roles["Source"].flatMap { spans[$0]?.text })
    }
}

private func isAlnum(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }

/// True for scalars between paired double quote marks on the same line. An opening " or “ is
/// closed by " or ”: texts mix straight and curly marks ("…” and “…"), and such a pair quotes
/// as much as a matched one; a “…” inside a straight quote is nested in it.
func quotedMask(_ s: [Unicode.Scalar]) -> [Bool] {
    var mask = [Bool](repeating: false, count: s.count)
    var open: Int?
    var nested = false  // a “ inside a "-opened quote: its ” closes it, not the outer quote
    for (i, c) in s.enumerated() {
        if c == "\n" { open = nil; continue }
        if let o = open {
            if c == "\u{201C}" && s[o] == "\"" { nested = true; continue }
            if c == "\"" || (c == "\u{201D}" && !nested) {
                for k in o...i { mask[k] = true }
                open = nil
            } else if c == "\u{201D}" { nested = false }
        } else if c == "\"" || c == "\u{201C}" {
            open = i
            nested = false
        }
    }
    return mask
}

let pronounSources: Set<String> = ["he", "she", "they", "him", "her", "them", "i", "we", "it", "you"]

struct Tally {
    var predicted = 0, gold = 0
    var matchedPred30 = 0, matchedPred80 = 0, matchedGold30 = 0, matchedGold80 = 0
    var speakerChecked = 0, speakerRight = 0, pronounChecked = 0, pronounRight = 0

    /// Gold items missed by the scored predictions but found as partial quotes (short or
    /// embedded fragments, which the gold rule may count as direct).
    var missedAsPartial = 0

    mutating func add(_ preds: [Quote], _ gold: [GoldItem], _ scalars: [Unicode.Scalar], file: String, verbose: Bool,
                      partials: [Quote] = []) {
        predicted += preds.count
        self.gold += gold.count
        let goldSets = gold.map { g in Set(g.content.flatMap { Array($0.start..<min($0.end, scalars.count)) }.filter { isAlnum(scalars[$0]) }) }
        var goldHit30 = [Bool](repeating: false, count: gold.count), goldHit80 = goldHit30
        for p in preds {
            let ps = Set((p.span.start..<min(p.span.end, scalars.count)).filter { isAlnum(scalars[$0]) })
            var best = 0.0, bestIndex = -1
            for (gi, gs) in goldSets.enumerated() {
                let shared = Double(ps.intersection(gs).count) / Double(max(ps.count, gs.count, 1))
                if shared >= 0.3 { goldHit30[gi] = true }
                if shared >= 0.8 { goldHit80[gi] = true }
                if shared > best { best = shared; bestIndex = gi }
            }
            if best >= 0.3 { matchedPred30 += 1 }
            if best >= 0.8 { matchedPred80 += 1 }
            if verbose && best < 0.3 { Swift.print("FP \(file): \(p.kind) [\(p.speaker ?? "?") cue=\(p.cueText ?? "-")] \(p.text.prefix(90))") }
            guard best >= 0.3, let source = gold[bestIndex].source else { continue }
            let right = speakerMatches(p, source, scalars)
            if pronounSources.contains(source.lowercased()) {
                pronounChecked += 1
                if right { pronounRight += 1 }
            }
            speakerChecked += 1
            if right { speakerRight += 1 } else if verbose {
                let context = String(String.UnicodeScalarView(scalars[max(0, p.span.start - 120)..<min(scalars.count, p.span.end + 120)]))
                Swift.print("SPK \(file): gold=\(source) pred=\(p.speaker ?? "nil")/\(p.mention ?? "nil"): \(context.replacingOccurrences(of: "\n", with: " ¶ "))")
            }
        }
        let partialSets = partials.map { p in Set((p.span.start..<min(p.span.end, scalars.count)).filter { isAlnum(scalars[$0]) }) }
        for (gi, gs) in goldSets.enumerated() where !goldHit30[gi] {
            if let pi = partialSets.firstIndex(where: { Double($0.intersection(gs).count) >= 0.3 * Double(max($0.count, gs.count, 1)) }) {
                missedAsPartial += 1
                if verbose {
                    let p = partials[pi]
                    let context = String(String.UnicodeScalarView(scalars[max(0, p.span.start - 100)..<min(scalars.count, p.span.end + 60)]))
                    Swift.print("PARTIAL \(file): [\(gold[gi].source ?? "-") / \(p.speaker ?? "nil") cue=\(p.cueText ?? "-")] \(context.replacingOccurrences(of: "\n", with: " ¶ "))")
                }
            }
        }
        matchedGold30 += goldHit30.filter { $0 }.count
        matchedGold80 += goldHit80.filter { $0 }.count
        if verbose {
            for (gi, g) in gold.enumerated() where !goldHit30[gi] {
                let text = g.content.map { String(String.UnicodeScalarView(scalars[$0.start..<min($0.end, scalars.count)])) }.joined(separator: " … ")
                Swift.print("FN \(file): [\(g.source ?? "-")] \(text.prefix(90))")
            }
        }
    }

    func speakerMatches(_ p: Quote, _ source: String, _ scalars: [Unicode.Scalar]) -> Bool {
        let gold = source.lowercased()
        if pronounSources.contains(gold) {
            if p.mention?.lowercased() == gold { return true }
            guard let last = p.speaker?.split(separator: " ").last.map(String.init) else { return false }
            let window = String(String.UnicodeScalarView(scalars[max(0, p.span.start - 1500)..<p.span.start]))
            return window.contains(last)
        }
        for candidate in [p.speaker, p.mention].compactMap({ $0?.lowercased() }) where !candidate.isEmpty {
            if candidate.contains(gold) || gold.contains(candidate) { return true }
            let words = Set(candidate.split(separator: " ").filter { $0.count >= 3 }.map(String.init))
            let goldWords = source.split(separator: " ").filter { $0.count >= 3 && $0.first?.isUppercase == true }.map { $0.lowercased() }
            if goldWords.contains(where: words.contains) { return true }
        }
        return false
    }

    func print(_ label: String) {
        func prf(_ mp: Int, _ mg: Int) -> String {
            let p = predicted == 0 ? 0 : Double(mp) / Double(predicted)
            let r = gold == 0 ? 0 : Double(mg) / Double(gold)
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            return String(format: "P %.3f R %.3f F1 %.3f", p, r, f)
        }
        Swift.print("\(label): \(gold) gold, \(predicted) predicted")
        Swift.print("  overlap >= 30%: \(prf(matchedPred30, matchedGold30))")
        Swift.print("  overlap >= 80%: \(prf(matchedPred80, matchedGold80))")
        if missedAsPartial > 0 { Swift.print("  gold items missed but found as partial quotes: \(missedAsPartial)") }
        let acc = speakerChecked == 0 ? 0 : Double(speakerRight) / Double(speakerChecked)
        let named = speakerChecked - pronounChecked
        let namedAcc = named == 0 ? 0 : Double(speakerRight - pronounRight) / Double(named)
        Swift.print(String(format: "  speaker accuracy: %.3f (%d/%d); named gold sources %.3f (%d/%d); pronoun gold sources %d/%d",
                           acc, speakerRight, speakerChecked, namedAcc, speakerRight - pronounRight, named, pronounRight, pronounChecked))
    }
}
