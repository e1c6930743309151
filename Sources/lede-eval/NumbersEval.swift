import Foundation
import LedeExtract
import LedeCorpus

/// `lede-eval numbers DIR`: scores `NumberReader` against the Microsoft Recognizers-Text English
/// number test cases in DIR (`../shared/corpora/recognizers-numbers`).
///
/// Scoring, per case: the reader's matches, filtered to what the model is about, must equal the
/// expected `Results` as a multiset (order ignored). Missing or extra readings make the case
/// wrong; `Results: []` means nothing may be read.
/// - Number: every match's value (a range gives its two bounds); measures and ages ("180ml",
///   "29km", "45 years old") are dimensions, not numbers, and are left out.
/// - Percent: matches whose unit is "%", by value.
/// - NumberRange: every match as (low, high) bounds: a value v is (v, v), "more than v" is (v, -),
///   "up to v" is (-, v); open and closed ends are not told apart.
/// - Currency: currency matches as (amount, currency), the expected currency name mapped to the
///   reader's symbol ("Dollar" -> "$", "Pound" -> "£").
/// - Ordinal: the reader must read nothing (ordinals are not figures).
/// Set LEDE_EVAL_VERBOSE=1 to list the failing cases.
func runNumbersEval(dir: String) {
    let reader = NumberReader()
    let verbose = ProcessInfo.processInfo.environment["LEDE_EVAL_VERBOSE"] == "1"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
    if files.isEmpty { print("numbers: no .json files in \(dir)"); return }
    var allCases = 0, allRight = 0, plainCases = 0, plainRight = 0
    var rows: [(String, Int, Int, Int, Int)] = []
    let started = Date()
    for file in files {
        guard let data = FileManager.default.contents(atPath: dir + "/" + file),
              let cases = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            print("numbers: cannot read \(file)"); continue
        }
        let model = modelName(file)
        var right = 0, nsTotal = 0, nsRight = 0
        for c in cases {
            guard let input = c["Input"] as? String else { continue }
            let expected = (c["Results"] as? [[String: Any]]) ?? []
            let got = reader.numbers(in: input)
            let ok = score(model: model, expected: expected, got: got)
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
                print("  FAIL \(model)\(flagged ? " (flagged NotSupported)" : ""): \(input.prefix(120))\n       expected \(exp)\n       got      \(g)")
            }
        }
        rows.append((model, cases.count, right, nsTotal, nsRight))
        if model != "Ordinal" {
            allCases += cases.count; allRight += right
            plainCases += cases.count - nsTotal; plainRight += right - nsRight
        }
    }
    print("model         cases  right   share   (of them flagged NotSupported upstream: right/cases)")
    for (model, total, right, nsTotal, nsRight) in rows {
        let label = model == "Ordinal" ? "Ordinal*" : model
        print(String(format: "%-12@ %6d %6d  %5.1f%%   (%d/%d)", label as NSString, total, right,
                     100 * Double(right) / Double(max(total, 1)), nsRight, nsTotal))
    }
    print(String(format: "%-12@ %6d %6d  %5.1f%%", "all numbers" as NSString, allCases, allRight,
                 100 * Double(allRight) / Double(max(allCases, 1))))
    print(String(format: "%-12@ %6d %6d  %5.1f%%   (cases not flagged NotSupported upstream)", "supported" as NSString,
                 plainCases, plainRight, 100 * Double(plainRight) / Double(max(plainCases, 1))))
    print("* Ordinal: right = nothing read (ordinals are not figures); not in the overall share.")
    print(String(format: "time: %.3f s", Date().timeIntervalSince(started)))
}

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

private func score(model: String, expected: [[String: Any]], got: [NumberMatch]) -> Bool {
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
    case "NumberRange":
        let exp: [(Double?, Double?)] = expected.map { r in
            let s = (resolution(r)["value"] as? String ?? "").dropFirst().dropLast()
            let parts = s.split(separator: ",", omittingEmptySubsequences: false).map { Double($0) }
            return (parts.first ?? nil, parts.count > 1 ? parts[1] : nil)
        }
        let ours: [(Double?, Double?)] = got.map { $0.bounds }
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
