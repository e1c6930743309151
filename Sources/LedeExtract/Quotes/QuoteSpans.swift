import LedeCorpus

/// A quoted stretch of the body as found by its marks, before attribution.
struct QuoteSpan {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the closing mark, or the end of the last paragraph when the quote never closes.
    var close: Int
    /// The quoted words, without the marks and surrounding spaces.
    var inner: TextSpan
    var firstParagraph: Int
    var lastParagraph: Int
    /// Offsets of continuation marks opening later paragraphs of a multi-paragraph quote.
    var innerMarks: [Int] = []
}

/// Pairs quote marks inside each paragraph. A quote never runs past its paragraph, except the
/// journalistic multi-paragraph quote: a paragraph that opens a quote without closing it,
/// followed by a paragraph that starts with a quote mark, continues into that paragraph.
enum QuoteSpans {
    static func find(_ text: BodyText, _ paragraphs: [Paragraph]) -> [QuoteSpan] {
        let s = text.scalars
        var out: [QuoteSpan] = []
        var p = 0
        var pending: QuoteSpan?
        var pendingClosers: [Unicode.Scalar] = []
        while p < paragraphs.count {
            let para = paragraphs[p]
            var i = para.start
            var open: (at: Int, closers: [Unicode.Scalar])?
            // Marks inside the open quote that reopen it ("A. "B."), left out of its text.
            var reopened: [Int] = []
            if var q = pending {
                // The continuation mark that opens this paragraph is not a new quote.
                let first = skipSpace(s, para.start, para.end)
                q.innerMarks.append(first)
                pending = q
                open = (q.open, pendingClosers)
                i = first + 1
            }
            var skipSingleAt = Set<Int>()
            var nested = 0
            while true {
                if i >= para.end, let o = open, pending == nil, QuoteMarks.isSingle(s[o.at]) {
                    // An unpaired single mark was an apostrophe: rescan after it.
                    skipSingleAt.insert(o.at)
                    i = o.at + 1
                    open = nil
                }
                guard i < para.end else { break }
                let c = s[i]
                let before: Unicode.Scalar? = i > para.start ? s[i - 1] : nil
                let after: Unicode.Scalar? = i + 1 < para.end ? s[i + 1] : nil
                if var o = open {
                    // A curly quote inside a straight one takes the curly closer with it:
                    // "… about “Equal Justice” anymore …".
                    if c == "\u{201C}", s[o.at] == "\"", o.closers.contains("\u{201D}") {
                        o.closers = ["\""]
                        open = o
                        i += 1
                        continue
                    }
                    if c == "\"", s[o.at] == "\"", reopens(s, i, after: after, since: o.at) {
                        reopened.append(i)
                        i += 1
                        continue
                    }
                    // “… what he calls “hell” than …”: a quote inside a quote, in the same marks,
                    // closes before the outer one does. After a stop it reopens a run-on
                    // paragraph instead (“…a partner. “I would …”).
                    if c == "\u{201C}", s[o.at] == "\u{201C}", !reopens(s, i, after: after, since: o.at) {
                        nested += 1
                        i += 1
                        continue
                    }
                    if c == "\u{201D}", nested > 0 {
                        nested -= 1
                        i += 1
                        continue
                    }
                    if o.closers.contains(c), QuoteMarks.closes(c, before: before, after: after) {
                        if var q = pending {
                            q.close = i
                            q.lastParagraph = p
                            q.innerMarks += reopened
                            out.append(finish(q, s))
                            pending = nil
                        } else if !QuoteMarks.isSingle(c) || i - o.at > 2 {
                            // "rock ‘n’ roll": a single letter between single marks is an elision.
                            out.append(finish(QuoteSpan(open: o.at, close: i, inner: TextSpan(0, 0), firstParagraph: p, lastParagraph: p, innerMarks: reopened), s))
                        }
                        open = nil
                        reopened = []
                    }
                    i += 1
                    continue
                }
                if QuoteMarks.isOpener(c), !(QuoteMarks.isSingle(c) && skipSingleAt.contains(i)),
                   let closers = QuoteMarks.closers(opening: c, before: before, after: after) {
                    open = (i, closers)
                    reopened = []
                    nested = 0
                }
                i += 1
            }
            if let o = open {
                let nextStartsWithMark = p + 1 < paragraphs.count && {
                    let first = skipSpace(s, paragraphs[p + 1].start, paragraphs[p + 1].end)
                    return first < paragraphs[p + 1].end && QuoteMarks.isOpener(s[first])
                }()
                var q = pending ?? QuoteSpan(open: o.at, close: para.end, inner: TextSpan(0, 0), firstParagraph: p, lastParagraph: p)
                q.close = para.end
                q.lastParagraph = p
                q.innerMarks += reopened
                if nextStartsWithMark && !QuoteMarks.isSingle(s[o.at]) {
                    pending = q
                    pendingClosers = o.closers
                } else {
                    // Unclosed: the quote ends with its paragraph.
                    if !QuoteMarks.isSingle(s[o.at]) { out.append(finish(q, s)) }
                    pending = nil
                }
            }
            p += 1
        }
        return out.filter { !isNickname($0, s) }
    }

    /// `Marcia "Cia" Price`, `Jimmy "the Whirlwind" White`: up to three words in marks between
    /// the given name and the surname, one of them capitalised, are part of the name, not a quote.
    private static func isNickname(_ q: QuoteSpan, _ s: [Unicode.Scalar]) -> Bool {
        let a = q.inner.start, b = q.inner.end
        guard q.firstParagraph == q.lastParagraph, a < b, b - a <= 30, (a..<b).contains(where: { ScalarClass.isUpper(s[$0]) }),
              (a..<b).allSatisfy({ ScalarClass.isLetter(s[$0]) || s[$0] == "-" || s[$0] == " " }),
              (a..<b).filter({ s[$0] == " " }).count < 3,
              q.open >= 2, s[q.open - 1] == " ", ScalarClass.isLetter(s[q.open - 2]),
              q.close + 2 < s.count, s[q.close + 1] == " ", ScalarClass.isUpper(s[q.close + 2]) else { return false }
        var w = q.open - 2
        while w > 0, ScalarClass.isLetter(s[w - 1]) { w -= 1 }
        return ScalarClass.isUpper(s[w])
    }

    private static func finish(_ q: QuoteSpan, _ s: [Unicode.Scalar]) -> QuoteSpan {
        var q = q
        var a = q.open + 1, b = q.close
        while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
        while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        q.inner = TextSpan(a, b)
        return q
    }

    /// A straight mark after a quoted sentence's stop and a space, before a word, while a straight
    /// quote is open: the next paragraph of the same quote, run into this one ("…a partner. "I would
    /// also…"), as in corpora whose paragraph breaks were lost. A closing mark follows its stop.
    private static func reopens(_ s: [Unicode.Scalar], _ i: Int, after: Unicode.Scalar?, since open: Int) -> Bool {
        guard i - 2 > open, ScalarClass.isSpace(s[i - 1]), let after, ScalarClass.isAlnum(after) else { return false }
        var k = i - 1
        while k > open, ScalarClass.isSpace(s[k]) { k -= 1 }
        return [".", "?", "!"].contains(s[k])
    }

    private static func skipSpace(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, ScalarClass.isSpace(s[i]) { i += 1 }
        return i
    }
}
