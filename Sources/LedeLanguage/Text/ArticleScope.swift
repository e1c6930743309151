import Foundation
import LedeCorpus

/// What the rows flowing into an article-level verb (compare, stories, kwic, terms, keyness,
/// disagreements) stand for, read from their origins: the articles, and for item rows (quotes,
/// figures, sources, hedges) which items. A story row stands for all its member articles.
struct ArticleScope {
    /// Session article indices, each once, in the order rows first name them.
    var articles: [Int]
    /// The kind of item the rows are (quote, figure, source, hedge), or nil for rows that stand
    /// for whole articles (articles, stories, sentences, mentions, kwic lines).
    var itemKind: RowOrigin.Kind?
    /// For item rows: per article, the items that flow in.
    var items: [Int: Set<Int>] = [:]

    /// True when the `item`th `kind` item of `article` is counted: all items of an article in
    /// scope, except that items of the kind flowing in count only when they flow in.
    func includes(_ kind: RowOrigin.Kind, article: Int, item: Int) -> Bool {
        guard kind == itemKind else { return true }
        return items[article]?.contains(item) ?? false
    }

    static func of(_ table: Table, verb: String, at span: SourceSpan, context: CheckContext) throws(Diagnostic) -> ArticleScope {
        if table.count == 0 { return ArticleScope(articles: [], itemKind: nil) }
        guard table.origins.count == table.count else {
            throw context.error("`\(verb)` needs rows that come from articles", at: span,
                                help: "start from articles, quotes, figures, sources, hedges or stories; rows computed by group, count or compare no longer name their articles")
        }
        var scope = ArticleScope(articles: [], itemKind: nil)
        // Indexed by article: a flag per article costs less than hashing each row's article.
        var seen: [Bool] = []
        func add(_ a: Int) {
            guard a >= 0 else { return }
            if a >= seen.count { seen.append(contentsOf: repeatElement(false, count: max(a + 1 - seen.count, seen.count))) }
            if !seen[a] { seen[a] = true; scope.articles.append(a) }
        }
        // Rows of a table are nearly all of one kind: whether it counts is looked up once per run of it.
        var kind: (of: RowOrigin.Kind, counts: Bool)?
        for origin in table.origins {
            if origin.members.isEmpty { add(origin.article) } else { origin.members.forEach(add) }
            if kind?.of != origin.kind { kind = (origin.kind, Tables.scopeKinds.contains(origin.kind)) }
            if kind?.counts == true {
                if scope.itemKind == nil { scope.itemKind = origin.kind }
                if origin.kind == scope.itemKind { scope.items[origin.article, default: []].insert(origin.item) }
            }
        }
        return scope
    }
}

/// Expressions over the `articles` table (`compare by bias_text`, `keyness outlet = "fox"`) used
/// by verbs whose input may be another table: checked against the input when it is the
/// articles table, otherwise when the verb runs, against the session's articles.
struct ArticleExprs {
    let items: [Item]

    /// Checks what can be checked before running.
    func check(input: Schema, context: CheckContext) throws(Diagnostic) {
        guard input.table == ArticleTable.name else { return }
        let compiler = ExprCompiler(schema: input, context: context)
        for item in items { _ = try compiler.compile(item.expr) }
    }

    /// The compiled expressions and the articles table to evaluate them on (the session's,
    /// built once for them), read a row at a time (`Table.row`).
    func compile(_ run: RunContext, context: CheckContext) throws(Diagnostic) -> (exprs: [CompiledExpr], articles: Table) {
        let table = try run.table(named: ArticleTable.name)
        let compiler = ExprCompiler(schema: table.schema, context: context)
        var exprs: [CompiledExpr] = []
        for item in items { exprs.append(try compiler.compile(item.expr)) }
        return (exprs, table)
    }

    /// Groups articles by the expressions' values, in order of first appearance. Text values
    /// group without regard to case or surrounding spaces ("FOX" with "fox"); a group is labelled
    /// with its most frequent spelling.
    func group(_ scope: [Int], _ run: RunContext, context: CheckContext) throws(Diagnostic) -> (labels: [[Value]], members: [[Int]]) {
        let (exprs, table) = try compile(run, context: context)
        // The articles' values, each distinct list once with how many articles hold it: folding
        // and spelling then run per distinct list, not per article.
        var distinct: [[Value]] = []
        var counts: [Int] = []
        var indexOf: [[Value]: Int] = [:]
        var distinctOfArticle: [Int] = []
        distinctOfArticle.reserveCapacity(scope.count)
        if items.count == 1, let column = items[0].expr.fieldName.flatMap(table.schema.index(of:)) {
            // One field: the articles table's codes tell its values apart already.
            let encoded = table.storage.codes(column)
            var distinctOfCode = [Int](repeating: -1, count: encoded.values.count)
            for code in scope.map({ Int(encoded.codes[$0]) }) {
                if distinctOfCode[code] < 0 {
                    distinctOfCode[code] = distinct.count
                    distinct.append([encoded.values[code]])
                    counts.append(0)
                }
                counts[distinctOfCode[code]] += 1
                distinctOfArticle.append(distinctOfCode[code])
            }
        } else {
            for a in scope {
                let row = table.row(a)
                let values = exprs.map { $0.eval(row) }
                if let known = indexOf[values] {
                    counts[known] += 1
                    distinctOfArticle.append(known)
                } else {
                    indexOf[values] = distinct.count
                    distinctOfArticle.append(distinct.count)
                    distinct.append(values)
                    counts.append(1)
                }
            }
        }
        var order: [[Value]] = []
        var groupOf: [[Value]: Int] = [:]
        var groupOfDistinct: [Int] = []
        var spellings: [[(values: [Value], count: Int)]] = []
        for (values, count) in zip(distinct, counts) {
            let key = values.map(Self.fold)
            let group = groupOf[key] ?? order.count
            if group == order.count {
                groupOf[key] = group
                order.append(key)
                spellings.append([])
            }
            groupOfDistinct.append(group)
            if let i = spellings[group].firstIndex(where: { $0.values.map(\.plain) == values.map(\.plain) }) {
                spellings[group][i].count += count
            } else {
                spellings[group].append((values, count))
            }
        }
        var members = [[Int]](repeating: [], count: order.count)
        for (a, d) in zip(scope, distinctOfArticle) { members[groupOfDistinct[d]].append(a) }
        // The most frequent spelling; on a tie, the first seen.
        let labels = zip(order, spellings).map { key, spellings -> [Value] in
            spellings.reduce(nil) { (best: (values: [Value], count: Int)?, s) in
                s.count > best?.count ?? 0 ? s : best
            }?.values ?? key
        }
        return (labels, members)
    }

    static func fold(_ v: Value) -> Value {
        if case .text(let s) = v { return .text(s.trimmingCharacters(in: .whitespaces).lowercased()) }
        return v
    }
}
