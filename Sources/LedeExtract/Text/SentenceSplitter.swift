import LedeCorpus

/// Splits each paragraph into sentences with rules that survive news text: abbreviations,
/// initials, decimals, ellipses, and punctuation inside closing quote marks followed by an
/// attribution ("?” Hua said"). Never crosses a paragraph boundary.
struct SentenceSplitter {
    let vocabulary: Vocabulary

    func split(_ text: BodyText, _ paragraphs: [Paragraph]) -> [Sentence] {
        var out: [Sentence] = []
        for (index, p) in paragraphs.enumerated() {
            for (a, b) in ranges(text, p.start, p.end) {
                out.append(Sentence(span: TextSpan(a, b), paragraph: index, text: text.string(a, b)))
            }
        }
        return out
    }

    func ranges(_ text: BodyText, _ start: Int, _ end: Int) -> [(Int, Int)] {
        let s = text.scalars
        var out: [(Int, Int)] = []
        var sentenceStart = skipSpace(s, start, end)
        var i = sentenceStart
        while i < end {
            let c = s[i]
            guard c == "." || c == "?" || c == "!" || c == "\u{2026}" else { i += 1; continue }
            var j = i
            var ellipsis = c == "\u{2026}"
            if c == "." {
                // ". . ." and "..." are one mark.
                var k = i, dots = 0
                while k < end, s[k] == "." || (s[k] == " " && k + 1 < end && s[k + 1] == ".") {
                    if s[k] == "." { dots += 1 }
                    k += 1
                }
                ellipsis = ellipsis || dots >= 2
                j = k - 1
            } else {
                while j + 1 < end, s[j + 1] == "?" || s[j + 1] == "!" { j += 1 }
            }
            var k = j + 1
            var closedQuote = false
            while k < end, QuoteMarks.isCloser(s[k]) || s[k] == ")" || s[k] == "]" {
                if QuoteMarks.isCloser(s[k]) { closedQuote = true }
                k += 1
            }
            guard k < end else { break }
            guard ScalarClass.isSpace(s[k]) else { i = k; continue }
            let next = skipSpace(s, k, end)
            guard next < end, shouldSplit(text, at: i, mark: c, ellipsis: ellipsis, closedQuote: closedQuote, next: next, end: end) else {
                i = k
                continue
            }
            out.append((sentenceStart, k))
            sentenceStart = next
            i = next
        }
        var last = end
        while last > sentenceStart, ScalarClass.isSpace(s[last - 1]) { last -= 1 }
        if last > sentenceStart { out.append((sentenceStart, last)) }
        return out
    }

    private func shouldSplit(_ text: BodyText, at i: Int, mark: Unicode.Scalar, ellipsis: Bool, closedQuote: Bool,
                             next: Int, end: Int) -> Bool {
        let s = text.scalars
        let n = s[next]
        // A sentence starts with a capital, a digit, an opening mark or a bracket.
        if ScalarClass.isLower(n) { return false }
        if ellipsis && !closedQuote { return false }
        let nextWord = word(text, from: next, end: end)
        if mark == ".", !ellipsis, !closedQuote {
            let before = wordBefore(text, i)
            let isInitial = before.count == 1 && before.unicodeScalars.first.map(ScalarClass.isUpper) == true
            if isInitial { return false }
            if vocabulary.abbreviations.contains(before.lowercased()) || before.unicodeScalars.contains(".") {
                return vocabulary.sentenceStarters.contains(nextWord.lowercased())
            }
        }
        // “…?” Hua Chunying said hours after …: the attribution belongs to the quote's sentence.
        if closedQuote && attributionFollows(text, from: next, end: end, short: mark == ".") { return false }
        return true
    }

    /// True when the clause after `from` holds a speech verb within its first 8 words; after a
    /// closing `.”` the whole clause must also be short ("Zhao said.").
    private func attributionFollows(_ text: BodyText, from: Int, end: Int, short: Bool) -> Bool {
        let s = text.scalars
        var i = from, words = 0, verbAt = -1
        while i < end, words <= 14 {
            let c = s[i]
            if c == "." || c == "?" || c == "!" || QuoteMarks.isOpener(c) { break }
            if ScalarClass.isAlnum(c) {
                let w = word(text, from: i, end: end)
                words += 1
                if verbAt < 0, words <= 8, vocabulary.speechVerbs[w.lowercased()] != nil { verbAt = words }
                i += w.unicodeScalars.count
            } else { i += 1 }
        }
        return verbAt > 0 && (!short || words <= 6)
    }

    private func word(_ text: BodyText, from: Int, end: Int) -> String {
        var j = from
        while j < end, ScalarClass.isAlnum(text.scalars[j]) || (text.scalars[j] == "." && j + 1 < end && ScalarClass.isAlnum(text.scalars[j + 1])) { j += 1 }
        return text.string(from, j)
    }

    /// The word ending just before the period at `i` ("Sen", "U.S", "J").
    private func wordBefore(_ text: BodyText, _ i: Int) -> String {
        var j = i
        while j > 0, ScalarClass.isAlnum(text.scalars[j - 1]) || text.scalars[j - 1] == "." { j -= 1 }
        return text.string(j, i)
    }

    private func skipSpace(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, ScalarClass.isSpace(s[i]) { i += 1 }
        return i
    }
}
