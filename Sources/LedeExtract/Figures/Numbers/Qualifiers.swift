/// The qualifier of a figure, from the qualifiers lexicon: before it ("about", "more than") or
/// after it ("or more").
extension NumberParser {
    /// Adds a qualifier before ("about", "more than") or after ("or more") the number.
    func qualify(_ m0: NumberMatch) -> NumberMatch {
        var m = m0
        var after = m.kind == .range ? nil : lex.qualifiersAfter.match(toks, at: m.endToken)
        // "5000 or less than 6000": the words open the next figure's qualifier.
        if let a = after, t(a.end) == "than" || t(a.end) == "to" || isNum(a.end) || isNumberWord(a.end) { after = nil }
        if let a = after, lex.qualifiersBefore.match(toks, endingBefore: a.end) != nil, isNum(a.end) { after = nil }
        if m.kind != .range, after == nil || after!.value.kind == .approx,
           let q = lex.qualifiersBefore.match(toks, endingBefore: m.firstToken),
           !(toks[q.start].kind == .symbol && q.start > 0 && toks[q.start - 1].kind == .symbol && attached(q.start)) {
            m.qualifier = q.value.phrase
            m.qualifierKind = q.value.kind
            m.qualifierSpan = TextSpan(toks[q.start].start, toks[m.firstToken - 1].end)
            m.qualifierToken = q.start
            m.approximate = true
        } else if let q = after {
            m.qualifier = q.value.phrase
            m.qualifierKind = q.value.kind
            m.qualifierSpan = TextSpan(toks[m.endToken].start, toks[q.end - 1].end)
            m.approximate = true
            m.endToken = q.end
        }
        if m.kind != .number { m.approximate = true }
        return m
    }
}
