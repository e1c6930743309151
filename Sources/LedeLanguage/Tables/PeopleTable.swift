import LedeCorpus
import LedeExtract

/// The `people` table: one row per person the loaded articles name, under the one name the
/// corpus gives them, with the names it was merged from, so a user can see (and, with
/// `aliases.txt`, override) how "Trump", "Mr Trump" and "Donald Trump" became one.
struct PeopleTable: LedeTable {
    let help = HelpEntry(.table, "people", syntax: "people",
                         summary: "Each person the articles name, under one name across the corpus, with the names merged into it (aliases), titles and counts.",
                         examples: ["people | top 5 by quotes | select name, aliases, quotes"])
    let rowOrigin: RowOrigin.Kind? = nil

    func schema(for articles: [Article]) -> Schema { schema }

    var schema: Schema {
        Schema([
            Column("name", .text, "the person's name across the corpus"),
            Column("aliases", .list, "names the articles used for them, most frequent first"),
            Column("kind", .text, "person"),
            Column("titles", .list, "roles the articles gave them"),
            Column("mentions", .number, "times named"),
            Column("quotes", .number, "quotes credited to them"),
            Column("articles", .number, "articles naming them"),
        ], table: name)
    }

    func table(_ context: RunContext) throws(Diagnostic) -> Table {
        let rows: [[Value]] = try context.names().people.map { p in
            let aliases = p.aliases.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { Value.text($0.key) }
            return [.text(p.name), .list(aliases), .text("person"), .list(p.titles.sorted().map(Value.text)),
                    Value(p.mentions), Value(p.quotes), Value(p.articles)]
        }
        return Table(schema, rows: rows)
    }
}
