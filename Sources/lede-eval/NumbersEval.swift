import Foundation
import LedeExtract
import LedeCorpus

/// `lede-eval numbers DIR`: scores `NumberReader` against the Microsoft Recognizers-Text English
/// number test cases in DIR (`../shared/corpora/recognizers-numbers`).
///
/// Two scores are printed per model.
/// - strict (the headline): the reader's matches, filtered to what the model is about, must equal
///   the expected `Results` as a multiset (order ignored). Missing or extra readings make the case
///   wrong; `Results: []` means nothing may be read.
/// - by value: the same, but expected results that carry no value ("percent = null" for "a small
///   percent", "dollar = <null>" for a bare currency word) are dropped from the expected set first:
///   there is no value to read, and Lede deliberately reads no figure from a bare "percent" or
///   "dollar". Every valued expected result must still be read with the right value (and currency),
///   and nothing else may be read. The count of cases with such null-valued results is printed.
/// What each model is about:
/// - Number: every match's value (a range gives its two bounds); measures and ages ("180ml",
///   "29km", "45 years old") are dimensions, not numbers, and are left out.
/// - Percent: matches whose unit is "%", by value.
/// - NumberRange: range readings as (low, high) bounds: ranges and vague figures, qualified values
///   ("more than v" is (v, -), "up to v" is (-, v), "about v" is (v, v)) and values stated as an
///   equality ("equal to v", "equals v": (v, v)); open and closed ends are not told apart. A bare
///   unqualified number ("200" in "200 or greater than 190") is no range reading and is left out.
///   (Until numbers2 every match counted, a bare value as (v, v); that older rule's count is printed
///   in a note under the table.)
/// - Currency: currency matches as (amount, currency), the expected currency name mapped to the
///   reader's symbol ("Dollar" -> "$", "Pound" -> "£").
/// - Ordinal: the reader must read nothing (ordinals are not figures).
/// Set LEDE_EVAL_VERBOSE=1 to list the failing cases.
func runNumbersEval(dir: String) {
    let reader = NumberReader()
    let verbose = ProcessInfo.processInfo.environment["LEDE_EVAL_VERBOSE"] == "1"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
    if files.isEmpty { print("numbers: no .json files in \(dir)"); return }
    var allCases = 0, allRight = 0, plainCases = 0, plainRight = 0, allByValue = 0, allNull = 0
    var rows: [(String, Int, Int, Int, Int, Int, Int)] = []
    var oldRangeRight = 0
    let started = Date()
    for file in files {
        guard let data = FileManager.default.contents(atPath: dir + "/" + file),
              let cases = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            print("numbers: cannot read \(file)"); continue
        }
        let model = modelName(file)
        var right = 0, nsTotal = 0, nsRight = 0, byValue = 0, nullCases = 0
        for c in cases {
            guard let input = c["Input"] as? String else { continue }
            let expected = (c["Results"] as? [[String: Any]]) ?? []
            let got = reader.numbers(in: input)
            let ok = score(model: model, expected: expected, got: got, input: input)
            let valued = expected.filter { hasValue($0) }
            if valued.count < expected.count { nullCases += 1 }
            let okByValue = valued.count == expected.count ? ok : score(model: model, expected: valued, got: got, input: input)
            if okByValue { byValue += 1 }
            if model == "NumberRange", score(model: "NumberRangeAll", expected: expected, got: got, input: input) { oldRangeRight += 1 }
            let flagged = c["NotSupported"] != nil || c["NotSupportedByDesign"] != nil
            if ok { right += 1 }
            if flagged { nsTotal += 1; if ok { nsRight += 1 } }
            if !ok && verbose {
                let exp = expected.map { r -> String in
                    let res = r["Resolution"] as? [String: Any] ?? [:]
                    return "\(r["Text"] ?? "") = \(res["value"] ?? "nil")\(res["unit"].map { " \($0)" } ?? "")"
                }
                let g = got.map { m -> String in
                    let v = m.kind == .number ? fmt(m.value) : "[\(fmt(m.low)),\(fmt(m.high))]"
                    return "\(m.text) = \(v)\(m.unit.map { " \($0)" } ?? "")\(m.qualifier.map { " q:\($0)" } ?? "")"
                }
                print("  FAIL \(model)\(flagged ? " (flagged NotSupported)" : "")\(okByValue ? " (right by value)" : ""): \(input.prefix(120))\n       expected \(exp)\n       got      \(g)")
            }
        }
        rows.append((model, cases.count, right, nsTotal, nsRight, byValue, nullCases))
        if model != "Ordinal" {
            allCases += cases.count; allRight += right; allByValue += byValue; allNull += nullCases
            plainCases += cases.count - nsTotal; plainRight += right - nsRight
        }
    }
    print("model          cases  right   share  | by value  share  null-valued | (flagged NotSupported upstream: right/cases)")
    for (model, total, right, nsTotal, nsRight, byValue, nullCases) in rows {
        let label = model == "Ordinal" ? "Ordinal*" : model
        print(String(format: "%@ %6d %6d  %5.1f%%  | %6d  %5.1f%%  %6d      | (%d/%d)", pad(label) as NSString, total, right,
                     100 * Double(right) / Double(max(total, 1)), byValue, 100 * Double(byValue) / Double(max(total, 1)),
                     nullCases, nsRight, nsTotal))
    }
    print(String(format: "%@ %6d %6d  %5.1f%%  | %6d  %5.1f%%  %6d", pad("all numbers") as NSString, allCases, allRight,
                 100 * Double(allRight) / Double(max(allCases, 1)), allByValue,
                 100 * Double(allByValue) / Double(max(allCases, 1)), allNull))
    print(String(format: "%@ %6d %6d  %5.1f%%   (cases not flagged NotSupported upstream)", pad("supported") as NSString,
                 plainCases, plainRight, 100 * Double(plainRight) / Double(max(plainCases, 1))))
    print("* Ordinal: right = nothing read (ordinals are not figures); not in the overall share.")
    print("by value: expected results with no value (\"percent = null\", \"dollar = <null>\") dropped; null-valued: cases with such results.")
    if let r = rows.first(where: { $0.0 == "NumberRange" }) {
        let old = allRight - r.2 + oldRangeRight
        print("note: NumberRange under the older rule (every reading counted, a bare value as [v,v]): \(oldRangeRight)/\(r.1);"
              + String(format: " all numbers strict under it: %d/%d (%.1f%%)", old, allCases, 100 * Double(old) / Double(max(allCases, 1))))
    }
    print(String(format: "time: %.3f s", Date().timeIntervalSince(started)))
}

private func pad(_ s: String) -> String { s.padding(toLength: 13, withPad: " ", startingAt: 0) }

private func modelName(_ file: String) -> String {
    for m in ["NumberRange", "Ordinal", "Percent", "Currency", "Number"] where file.contains(m + "Model") { return m }
    return file
}

private func fmt(_ v: Double?) -> String {
    guard let v else { return "-" }
    return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
}

private func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return abs(x - y) <= max(1e-6, 1e-9 * max(abs(x), abs(y)))
    default: return false
    }
}

/// Multiset equality under `same`.
private func sameItems<T>(_ a: [T], _ b: [T], _ same: (T, T) -> Bool) -> Bool {
    guard a.count == b.count else { return false }
    var left = b
    for x in a {
        guard let k = left.firstIndex(where: { same(x, $0) }) else { return false }
        left.remove(at: k)
    }
    return true
}

private func resolution(_ r: [String: Any]) -> [String: Any] { r["Resolution"] as? [String: Any] ?? [:] }

private func number(_ s: Any?) -> Double? {
    guard let s = s as? String else { return nil }
    return Double(s.replacingOccurrences(of: "%", with: ""))
}

private let currencyNames: [String: [String]] = [
    "Dollar": ["$", "US$"], "United States dollar": ["US$", "$"], "Canadian dollar": ["C$"],
    "Hong Kong dollar": ["HK$"], "Australian dollar": ["A$"], "New Zealand dollar": ["NZ$"],
    "Mexican peso": ["MX$"], "Pound": ["£"], "British pound": ["£"], "Euro": ["€"], "Cent": ["¢"],
    "Pence": ["p"], "Penny": ["p"], "Japanese yen": ["¥"], "Chinese yuan": ["CN¥"], "Rupee": ["₹"],
    "Franc": ["CHF"], "Swiss franc": ["CHF"], "Finnish markka": ["FIM"], "Peseta": ["ESP"],
    "Netherlands guilder": ["NLG"], "Turkish lira": ["TRY"], "Costa Rican colón": ["₡"], "Georgian lari": ["₾"],
    "Lao kip": ["₭"], "Sri Lankan rupee": ["LKR"], "Sen": ["sen"], "Bitcoin": ["₿"], "Satoshi": ["sat"],
]

/// False for an expected result whose value is null ("percent = null", "dollar = <null>").
private func hasValue(_ r: [String: Any]) -> Bool {
    let v = resolution(r)["value"]
    if v == nil || v is NSNull { return false }
    if let s = v as? String, s.isEmpty || s == "null" { return false }
    return true
}

/// Words that state a value as an equality: "equal to 20", "equals 20", "equaling to 20".
private let equalityWords: Set<String> = ["equal", "equals", "equaling", "equalling", "equalled", "equaled"]

/// True when the reading `m` is a range reading: a range, a vague figure, a qualified value or a
/// value stated as an equality.
private func isRangeReading(_ m: NumberMatch, input: String) -> Bool {
    if m.kind != .number || m.qualifier != nil { return true }
    let scalars = Array(input.unicodeScalars)
    let before = String(String.UnicodeScalarView(scalars[0..<min(m.span.start, scalars.count)])).lowercased()
    let words = before.split(whereSeparator: { !$0.isLetter }).suffix(2).map(String.init)
    return words.contains { equalityWords.contains($0) }
}

private func score(model: String, expected: [[String: Any]], got: [NumberMatch], input: String) -> Bool {
    switch model {
    case "Ordinal":
        // Right when nothing read overlaps an ordinal ("first", "last but one").
        let spans = expected.compactMap { r -> ClosedRange<Int>? in
            guard let a = r["Start"] as? Int, let b = r["End"] as? Int, b >= a else { return nil }
            return a...b
        }
        return !got.contains { m in spans.contains { $0.overlaps(m.span.start...max(m.span.start, m.span.end - 1)) } }
    case "Percent":
        let exp = expected.map { number(resolution($0)["value"]) }
        let ours = got.filter { $0.unit == "%" }.map { $0.value }
        return sameItems(exp, ours) { close($0, $1) }
    case "NumberRange", "NumberRangeAll":
        let exp: [(Double?, Double?)] = expected.map { r in
            let s = (resolution(r)["value"] as? String ?? "").dropFirst().dropLast()
            let parts = s.split(separator: ",", omittingEmptySubsequences: false).map { Double($0) }
            return (parts.first ?? nil, parts.count > 1 ? parts[1] : nil)
        }
        let ours: [(Double?, Double?)] = got.filter { model == "NumberRangeAll" || isRangeReading($0, input: input) }.map { $0.bounds }
        return sameItems(exp, ours) { close($0.0, $1.0) && close($0.1, $1.1) }
    case "Currency":
        let exp: [(Double?, String)] = expected.map { (number(resolution($0)["value"]), resolution($0)["unit"] as? String ?? "") }
        let ours: [(Double?, String)] = got.filter { $0.unitKind == .currency }.map { ($0.value, $0.unit ?? "") }
        return sameItems(exp, ours) { e, o in close(e.0, o.0) && (currencyNames[e.1] ?? [e.1]).contains(o.1) }
    default:
        let exp = expected.map { number(resolution($0)["value"]) }
        var ours: [Double?] = []
        for m in got where m.unitKind != .measure && m.unitKind != .age {
            switch m.kind {
            case .number: ours.append(m.value)
            case .range: ours.append(m.low); ours.append(m.high)
            case .vague: ours.append(m.value)
            }
        }
        return sameItems(exp, ours) { close($0, $1) }
    }
}
