/// An article body as an array of Unicode scalars, so every offset is a code-point index
/// (the unit `TextSpan` uses) and access is O(1).
struct BodyText {
    let scalars: [Unicode.Scalar]

    init(_ body: String) { scalars = Array(body.unicodeScalars) }

    var count: Int { scalars.count }

    func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(view)
    }

    func string(_ span: TextSpan) -> String { string(span.start, span.end) }
}

/// Character classes on scalars with an ASCII fast path.
enum ScalarClass {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
        return s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func isAlnum(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }

    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 97 && s.value <= 122 }
        return s.properties.isLowercase
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{2009}" || s == "\u{202F}"
    }

    static func isDash(_ s: Unicode.Scalar) -> Bool { s == "\u{2014}" || s == "\u{2013}" }

    /// Apostrophe-like marks that may sit inside a word ("don’t", "Russia’s").
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
}
