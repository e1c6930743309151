/// Which scalars are quotation marks and how they pair. Double marks: " “ ” „ « » ‹ ›; single
/// marks ‘ ’ ' open a quote only when clearly placed (after a space, before a letter), because
/// the same scalars are apostrophes in "don’t", "Russia’s" and "’90s".
enum QuoteMarks {
    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2039}", "\u{2018}", "\u{201D}", "\u{00BB}", "\u{203A}": return true
        default: return false
        }
    }

    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201D}", "\u{201C}", "\u{00BB}", "\u{00AB}", "\u{203A}", "\u{2039}", "\u{2019}", "'": return true
        default: return false
        }
    }

    static func isSingle(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2018}" || s == "\u{2019}" }

    /// The marks that close a quote opened by `s`, or nil when `s` cannot open one here.
    /// `before`/`after` are the neighbouring scalars (nil at a paragraph edge).
    static func closers(opening s: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> [Unicode.Scalar]? {
        let afterOK = after.map { !ScalarClass.isSpace($0) } ?? false
        let beforeOK = before.map { !ScalarClass.isAlnum($0) } ?? true
        switch s {
        // "…” and “…" (mixed straight and curly marks) are common typing slips.
        case "\"": return afterOK ? ["\"", "\u{201D}"] : nil
        // “…“ (a second opening mark used as the closer) is a common typing slip.
        case "\u{201C}": return afterOK ? ["\u{201D}", "\"", "\u{201C}"] : nil
        case "\u{201E}": return afterOK ? ["\u{201C}", "\u{201D}"] : nil
        case "\u{00AB}": return ["\u{00BB}"]
        case "\u{2039}": return ["\u{203A}"]
        // Reversed guillemets (German style) and ”…” (Swedish style) only after a space.
        case "\u{00BB}": return beforeOK && afterOK ? ["\u{00AB}"] : nil
        case "\u{203A}": return beforeOK && afterOK ? ["\u{2039}"] : nil
        case "\u{201D}": return beforeOK && afterOK && after.map(ScalarClass.isAlnum) == true ? ["\u{201D}"] : nil
        case "\u{2018}", "'":
            let letterAfter = after.map(ScalarClass.isLetter) ?? false
            return beforeOK && letterAfter ? [s == "'" ? "'" : "\u{2019}"] : nil
        default: return nil
        }
    }

    /// A single closing mark between two letters is an apostrophe ("don’t"), not a closer.
    static func closes(_ s: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard isSingle(s) else { return true }
        let letterBefore = before.map { !ScalarClass.isSpace($0) } ?? false
        let alnumAfter = after.map(ScalarClass.isAlnum) ?? false
        return letterBefore && !alnumAfter
    }
}

extension Token {
    /// A punctuation token that can open a quote.
    var isQuoteOpener: Bool { kind == .punct && (text.unicodeScalars.first.map(QuoteMarks.isOpener) ?? false) }
}
