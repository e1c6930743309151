import LedeCorpus

/// The language reference: statements, tables, verbs and functions, each from its own `HelpEntry`.
/// `help`, `help TOPIC`, the REPL and the README's reference all come from here.
public enum Help {
    public static let statements: [HelpEntry] = [
        HelpEntry(.statement, "load", syntax: "load \"PATH\", ... [with \"METADATA.tsv\"] [optional]",
                  summary: "Load articles from files, folders and globs (`**` for any depth); loads accumulate. Reading nothing is an error unless `optional`.",
                  examples: ["load \"Notebooks/samples\""]),
        HelpEntry(.statement, "load", syntax: "load table \"FILE\" as NAME",
                  summary: "Load a table that is not articles (JSON, JSON Lines, CSV, TSV) to start from or join; it never counts as articles.",
                  examples: []),
        HelpEntry(.statement, "let", syntax: "let NAME = PIPELINE",
                  summary: "Keep a pipeline's result under a name; later pipelines can start from it.",
                  examples: ["let ledger = articles | where outlet ~ \"Ledger\"\nledger | count"]),
        HelpEntry(.statement, "export", syntax: "export PIPELINE to \"FILE.csv\" [overwrite]",
                  summary: "Write a result to a file (csv, tsv, json, jsonl or md by its extension), replacing it only with `overwrite`.",
                  examples: []),
        HelpEntry(.statement, "explain", syntax: "explain sql PIPELINE",
                  summary: "The SQL a store runs for a pipeline (the verbs SQL runs exactly as Lede does) and the verbs left to Lede.",
                  examples: ["explain sql quotes | where kind = \"direct\" | group by outlet | count"]),
        HelpEntry(.statement, "help", syntax: "help [TOPIC]",
                  summary: "This reference; `help where` for one verb, `help verbs`, `help functions`, `help tables`, `help syntax`.",
                  examples: ["help where"]),
        HelpEntry(.statement, "schema", syntax: "schema [TABLE]",
                  summary: "The tables and their fields with types.", examples: ["schema quotes"]),
        HelpEntry(.statement, "vars", syntax: "vars", summary: "The variables in scope.", examples: ["vars"]),
        HelpEntry(.statement, "format", syntax: "format table|csv|tsv|json|jsonl|markdown",
                  summary: "How results are printed from now on.", examples: ["format markdown\narticles | take 1 | select file"]),
        HelpEntry(.statement, "timer", syntax: "timer on|off", summary: "Show how long each statement took.", examples: ["timer on"]),
        HelpEntry(.statement, "rows", syntax: "rows N", summary: "Rows shown before \"... N more rows\".", examples: ["rows 10"]),
        HelpEntry(.statement, "width", syntax: "width N", summary: "Columns a printed table may use.", examples: ["width 100"]),
        HelpEntry(.statement, "timeout", syntax: "timeout SECONDS",
                  summary: "Stop any statement that runs longer, with an error (300 at first; 0 for no limit).", examples: ["timeout 60"]),
        HelpEntry(.statement, "save", syntax: "save \"FILE.lede\" [overwrite]",
                  summary: "Save this session's successful statements as a script.", examples: []),
        HelpEntry(.statement, "save", syntax: "save notebook \"FILE.md\" [overwrite]",
                  summary: "Save this session's successful statements with their outputs as a notebook (`lede notebook run FILE.md` runs it again).", examples: []),
        HelpEntry(.statement, "sandbox", syntax: "sandbox on|off",
                  summary: "Enter the classroom sandbox (reads under this folder and the samples, writes into exports/, time and row limits); it cannot be turned off.", examples: []),
        HelpEntry(.statement, "open", syntax: "open \"STORE.db\" | open \"postgresql://USER@HOST/DATABASE\"",
                  summary: "Keep articles and analyses in this store from now on (made when missing), and add the articles it holds.",
                  examples: []),
        HelpEntry(.statement, "cache", syntax: "cache clear",
                  summary: "Forget every article and analysis the store holds (the default cache, `--store` or `open`); loaded articles stay.",
                  examples: []),
        HelpEntry(.statement, "clear", syntax: "clear", summary: "Forget all loaded articles and variables.", examples: []),
        HelpEntry(.statement, "quit", syntax: "quit", summary: "Leave (Ctrl-D does the same).", examples: []),
    ]

    public static var tables: [HelpEntry] { Tables.all.map(\.help) }

    public static let syntax = """
    Statements end at a newline or `;`; a line ending in `|` continues on the next. `#` starts a comment.
      load "PATH", ... [with "META.tsv"]    let NAME = PIPELINE    export PIPELINE to "FILE" [overwrite]
    A pipeline starts from a table or variable and passes a table through verbs:
      quotes | where speaker ~ "Zhao" | select speaker, cue, text
    Expressions: fields, "text", 3.5, 2022-03-14, [lists], null, true, false
      = != < <= > >=   ~ "text" or ~ /regex/ (case-insensitive)   in [..]   and or not   + - * / %
      functions: lower(text), year(date), round(n, 1), ...   arg(1) is a script's first argument
    Field names with a hyphen (triplet-uuid) are one name: write spaces around `-` to subtract.
    Other names that are not identifiers go in backticks: `fuel tank`. article.FIELD is a field of the row's article.
    """

    public static var entries: [HelpEntry] { statements + tables + Verbs.all.map(\.help) + Functions.all.map(\.help) }

    static func text(for topic: String?, at span: SourceSpan, context: CheckContext) throws(Diagnostic) -> String {
        guard let topic else { return overview }
        switch topic {
        case "verbs": return list("Verbs", Verbs.all.map(\.help))
        case "functions": return list("Functions", Functions.all.map(\.help))
        case "tables": return list("Tables", tables)
        case "statements": return list("Statements", statements)
        case "syntax": return syntax + "\n"
        default: break
        }
        let matches = entries.filter { $0.name == topic }
        guard !matches.isEmpty else {
            throw context.error("no help on `\(topic)`", at: span,
                                help: Suggestions.help(for: topic, in: entries.map(\.name) + ["verbs", "functions", "tables", "statements", "syntax"],
                                                       otherwise: "`help` lists the topics"))
        }
        return matches.map(detail).joined(separator: "\n")
    }

    static func detail(_ e: HelpEntry) -> String {
        var out = "\(e.syntax)\n  \(e.summary)\n"
        if !e.examples.isEmpty {
            out += "  example\(e.examples.count > 1 ? "s" : ""):\n"
            out += e.examples.map { "    " + $0.replacingOccurrences(of: "\n", with: "\n    ") + "\n" }.joined()
        }
        return out
    }

    static func list(_ title: String, _ entries: [HelpEntry]) -> String {
        let width = entries.map { $0.syntax.count }.max() ?? 0
        return "\(title):\n" + entries.map { "  " + DisplayWidth.pad($0.syntax, to: min(width, 44)) + "  " + $0.summary + "\n" }.joined()
    }

    static var overview: String {
        """
        Lede: load news articles, then question them with pipelines.
          load "Notebooks/samples"
          quotes | where speaker ~ "Brandvold" | select speaker, cue, text
          figures | group by outlet | sum value

        """ + list("Statements", statements) + "\n" + list("Tables", tables) + "\n"
            + "Verbs: " + Verbs.all.map(\.help.name).joined(separator: ", ") + "\n"
            + "Functions: " + Functions.all.map(\.name).joined(separator: ", ") + "\n"
            + "`help NAME` shows one with examples; `help syntax` the grammar.\n"
    }
}
