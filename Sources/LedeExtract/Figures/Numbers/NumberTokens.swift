/// A hand-written tokenizer over Unicode scalars, shared by the number, figure and hedge readers.
///
/// Words are runs of letters (lower-cased in `text`), numbers are runs of ASCII digits with
/// thousands separators ("1,205", "1 234 567") and a decimal part, everything else is a
/// one-scalar symbol. Offsets are Unicode-scalar offsets into the scanned text.
struct NToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }
    var kind: Kind
    var start: Int
    var end: Int
    /// Lower-cased word, the number as written, or the symbol.
    var text: String
    /// Whitespace between the previous token and this one.
    var spaceBefore: Bool
    var upperFirst: Bool = false
    var allUpper: Bool = false
    // Numbers only.
    var value: Double = 0
    var intDigits: Int = 0
    var hasSeparator: Bool = false
    var hasDecimal: Bool = false
    var leadingZero: Bool = false

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    /// True when this token touches the previous one (no whitespace between).
    var attached: Bool { !spaceBefore }
}

enum NTokenizer {
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x202F || v == 0x2009
            || v == 0x2007 || v == 0x200B || v == 0x0C || v == 0x0B || v == 0x3000 || v == 0x2028
            || v == 0x2029 || (v >= 0x2000 && v <= 0x200A)
    }
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v == 0xA0 || v == 0x2019 || v == 0x2018 || v == 0x201C || v == 0x201D || v == 0x2014
            || v == 0x2013 || v == 0x00A3 || v == 0x20AC || v == 0x00A5 || v == 0x00B0 { return false }
        return s.properties.isAlphabetic
    }

    static func tokenize(_ text: String) -> [NToken] {
        tokenize(Array(text.unicodeScalars))
    }

    static func tokenize(_ s: [Unicode.Scalar]) -> [NToken] {
        var out: [NToken] = []
        out.reserveCapacity(s.count / 4)
        let n = s.count
        var i = 0
        var space = true
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        while i < n {
            let c = s[i]
            let v = c.value
            if isSpace(v) { space = true; i += 1; continue }
            if isDigit(v) {
                let t = scanNumber(s, i, spaceBefore: space, prev: out.last)
                out.append(t)
                i = t.end
                space = false
                continue
            }
            if isLetter(c) {
                var j = i
                var upperFirst = false
                var allUpper = true
                var ascii = true
                bytes.removeAll(keepingCapacity: true)
                while j < n {
                    let w = s[j].value
                    if w < 0x80 {
                        if w >= 0x41 && w <= 0x5A {
                            if j == i { upperFirst = true }
                            bytes.append(UInt8(w + 32))
                        } else if w >= 0x61 && w <= 0x7A {
                            allUpper = false
                            bytes.append(UInt8(w))
                        } else { break }
                    } else if isLetter(s[j]) || (j > i && w >= 0x300 && s[j].properties.generalCategory == .nonspacingMark) {
                        ascii = false
                        if s[j].properties.isUppercase { if j == i { upperFirst = true } } else { allUpper = false }
                        bytes.append(contentsOf: Array(String(s[j]).utf8))
                    } else { break }
                    j += 1
                }
                var word = String(decoding: bytes, as: UTF8.self)
                if !ascii { word = word.lowercased() }
                var t = NToken(kind: .word, start: i, end: j, text: word, spaceBefore: space)
                t.upperFirst = upperFirst
                t.allUpper = allUpper
                out.append(t)
                i = j
                space = false
                continue
            }
            // ".25": a decimal point opening a number.
            if v == 0x2E, i + 1 < n, isDigit(s[i + 1].value),
               out.last.map({ !($0.isNumber && $0.end == i) }) ?? true {
                let t = scanNumber(s, i, spaceBefore: space, prev: out.last)
                out.append(t)
                i = t.end
                space = false
                continue
            }
            out.append(NToken(kind: .symbol, start: i, end: i + 1, text: String(Character(c)), spaceBefore: space))
            space = false
            i += 1
        }
        return out
    }

    /// True when a list goes on after offset `k`: ", 5", " and 26", " or 7", " & 8".
    private static func listContinues(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var j = k
        while j < n(s), isSpace(s[j].value) { j += 1 }
        if j < n(s), s[j] == "," || s[j] == "&" {
            j += 1
            while j < n(s), isSpace(s[j].value) { j += 1 }
            return j < n(s) && isDigit(s[j].value)
        }
        var w = ""
        while j < n(s), (s[j].value >= 0x61 && s[j].value <= 0x7A) || (s[j].value >= 0x41 && s[j].value <= 0x5A) {
            w.unicodeScalars.append(s[j]); j += 1
        }
        guard ["and", "or", "to"].contains(w.lowercased()) else { return false }
        while j < n(s), isSpace(s[j].value) { j += 1 }
        return j < n(s) && isDigit(s[j].value)
    }
    @inline(__always) private static func n(_ s: [Unicode.Scalar]) -> Int { s.count }

    private static func scanNumber(_ s: [Unicode.Scalar], _ start: Int, spaceBefore: Bool, prev: NToken?) -> NToken {
        let n = s.count
        var i = start
        var digits: [UInt8] = []  // ASCII of the number without separators
        var intDigits = 0
        var hasSep = false
        var hasDec = false
        // Integer part.
        while i < n, isDigit(s[i].value) { digits.append(UInt8(s[i].value)); i += 1 }
        intDigits = digits.count
        let leadingZero = intDigits > 1 && digits.first == 0x30
        // Comma groups: 1,234,567 or the Indian 12,34,567; "22,24,26" stays apart.
        if intDigits > 0, intDigits <= 3, i < n, s[i] == "," {
            var groups: [Int] = []
            var j = i
            var ends: [Int] = []
            while j < n, s[j] == ",", j + 1 < n, isDigit(s[j + 1].value) {
                var k = j + 1
                while k < n, isDigit(s[k].value) { k += 1 }
                groups.append(k - j - 1)
                ends.append(k)
                j = k
            }
            if !groups.isEmpty {
                // Take the longest prefix of groups that is a valid grouping.
                var take = 0
                if groups.allSatisfy({ $0 == 3 }) { take = groups.count } else if groups.last == 3,
                    groups.dropLast().allSatisfy({ $0 == 2 }), intDigits <= 2 { take = groups.count } else {
                    while take < groups.count, groups[take] == 3 { take += 1 }
                    // "22,240,26": a bad tail spoils the whole run.
                    if take < groups.count { take = 0 }
                }
                if take > 0 {
                    var k = i
                    while k < ends[take - 1] {
                        if isDigit(s[k].value) { digits.append(UInt8(s[k].value)) }
                        k += 1
                    }
                    i = ends[take - 1]
                    intDigits = digits.count
                    hasSep = true
                }
            }
        }
        // European forms: "1.111,11" (dots group thousands, a comma before the decimals) and a
        // decimal comma "5,00", "1,3" with one group of one or two digits. Not a list: "22,24 and 26",
        // "1,2,3", ", 4,5" (a comma-separated run) stay apart.
        if !hasSep, intDigits > 0, intDigits <= 3, i < n {
            if s[i] == "." {
                var j = i
                var groupEnds: [Int] = []
                while j + 3 < n, s[j] == ".", isDigit(s[j + 1].value), isDigit(s[j + 2].value), isDigit(s[j + 3].value),
                      !(j + 4 < n && isDigit(s[j + 4].value)) {
                    j += 4
                    groupEnds.append(j)
                }
                if !groupEnds.isEmpty, j + 1 < n, s[j] == ",", isDigit(s[j + 1].value) {
                    var k = j + 1
                    while k < n, isDigit(s[k].value) { k += 1 }
                    if k - j - 1 <= 2, !(k + 1 < n && (s[k] == "," || s[k] == ".") && isDigit(s[k + 1].value)) {
                        for q in i..<j where isDigit(s[q].value) { digits.append(UInt8(s[q].value)) }
                        intDigits = digits.count
                        digits.append(0x2E)
                        for q in (j + 1)..<k { digits.append(UInt8(s[q].value)) }
                        i = k
                        hasSep = true
                        hasDec = true
                    }
                }
            } else if s[i] == ",", i + 1 < n, isDigit(s[i + 1].value), !(prev.map { $0.text == "," } ?? false) {
                var k = i + 1
                while k < n, isDigit(s[k].value) { k += 1 }
                let fraction = s[(i + 1)..<k].map { UInt8($0.value) }
                let moreGroups = k + 1 < n && (s[k] == "," || s[k] == ".") && isDigit(s[k + 1].value)
                // Not a tennis score either: "7-6,4-6".
                let dash: (Unicode.Scalar) -> Bool = { $0 == "-" || $0 == "–" || $0 == "/" || $0 == ":" }
                let scoreLike = (k < n && dash(s[k])) || (start > 0 && dash(s[start - 1]))
                if (fraction.count == 1 || fraction.count == 2 && fraction.allSatisfy { $0 == 0x30 } || fraction.count == 2 && intDigits == 1),
                   !moreGroups, !scoreLike, !listContinues(s, k) {
                    digits.append(0x2E)
                    digits.append(contentsOf: fraction)
                    i = k
                    hasDec = true
                }
            }
        }
        // Space-grouped thousands: "1 234 567", "40 000" (also no-break and thin spaces).
        if !hasSep, intDigits > 0, intDigits <= 3, !(prev?.isNumber ?? false) {
            var j = i
            var took = false
            while j < n, isSpace(s[j].value), s[j] != "\n" {
                var k = j + 1
                var cnt = 0
                while k < n, isDigit(s[k].value) { k += 1; cnt += 1 }
                if cnt != 3 { break }
                if k < n, s[k] == "," || isLetter(s[k]) { break }
                for q in (j + 1)..<k { digits.append(UInt8(s[q].value)) }
                j = k
                took = true
            }
            if took { i = j; intDigits = digits.count; hasSep = true }
        }
        // Decimal part, unless the number is a dotted sequence (192.168.1.2, 1.2.3).
        let prevDotted = prev.map { $0.text == "." && $0.end == start } ?? false
        if !prevDotted, i + 1 < n, s[i] == ".", isDigit(s[i + 1].value) {
            var k = i + 1
            while k < n, isDigit(s[k].value) { k += 1 }
            let dotted = k + 1 < n && s[k] == "." && isDigit(s[k + 1].value)
            if !dotted {
                digits.append(0x2E)
                for q in (i + 1)..<k { digits.append(UInt8(s[q].value)) }
                i = k
                hasDec = true
            }
        } else if start == i, s[i] == "." {
            // ".25"
            var k = i + 1
            digits.append(0x30); digits.append(0x2E)
            while k < n, isDigit(s[k].value) { digits.append(UInt8(s[k].value)); k += 1 }
            i = k
            hasDec = true
        }
        var text = String.UnicodeScalarView()
        for q in start..<i { text.append(s[q]) }
        var t = NToken(kind: .number, start: start, end: i, text: String(text), spaceBefore: spaceBefore)
        t.value = Double(String(decoding: digits, as: UTF8.self)) ?? 0
        t.intDigits = intDigits
        t.hasSeparator = hasSep
        t.hasDecimal = hasDec
        t.leadingZero = leadingZero
        return t
    }
}
