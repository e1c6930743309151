import Foundation
import LedeCorpus
import LedeLanguage
@testable import LedeREPL
import Testing

/// Fixed completion data: two tables, a variable, and values per (pipeline, field).
struct FixedData: CompletionData {
    var sourceNames = ["articles", "quotes", "recent"]
    var schemas: [String: Schema] = [
        "articles": Schema([Column("outlet", .text), Column("headline", .text), Column("words", .number)]),
        "quotes": Schema([Column("speaker", .text), Column("text", .text), Column("cue", .text)]),
        "losses": Schema([Column("date", .date), Column("fuel tank", .number), Column("field artillery", .number)]),
    ]
    var values: [String: [String]] = [
        "quotes/speaker": ["Ilse Brandvold", "Bram Okafor", "Zhao Wei", "Ana Brás"],
        "articles/outlet": ["Harbour Gazette", "The Ledger", "Northwind"],
    ]
    var asked: [String] = []

    func schema(ofPipeline pipeline: String) -> Schema? {
        let first = pipeline.split(separator: " ").first.map(String.init) ?? ""
        if pipeline.contains("| select") { return Schema([Column("speaker", .text)]) }
        return schemas[first]
    }

    func values(of field: String, inPipeline pipeline: String) -> [String] {
        let first = pipeline.split(separator: " ").first.map(String.init) ?? ""
        return values[first + "/" + field] ?? []
    }
}

func complete(_ line: String, at cursor: Int? = nil, _ data: CompletionData = FixedData()) -> Completion {
    Completer.complete(line: line, cursor: cursor ?? line.count, data: data)
}

@Suite struct CompleterTests {
    @Test func verbsAfterPipe() {
        let c = complete("articles | wh")
        #expect(c.candidates == ["where"])
        #expect(c.range == 11..<13)
        #expect(c.suffix == " ")
        #expect(complete("quotes | ").candidates.contains("select"))
    }

    @Test func keywordsAndTablesAtTheStart() {
        let c = complete("")
        #expect(c.candidates.contains("load") && c.candidates.contains("quotes") && c.candidates.contains("recent"))
        #expect(complete("qu").candidates == ["quit", "quotes"])
        #expect(complete("re").candidates == ["recent"])
        #expect(complete("x = 1; sch").candidates == ["schema"])
    }

    @Test func tablesAndVariablesAfterLetSchemaExport() {
        #expect(complete("let a = re").candidates == ["recent"])
        #expect(complete("schema q").candidates == ["quotes"])
        #expect(complete("export rec").candidates == ["recent"])
        #expect(complete("format js").candidates == ["json", "jsonl"])
        #expect(complete("help whe").candidates == ["where"])
    }

    @Test func explainSQLTakesAPipeline() {
        #expect(complete("explain s").candidates == ["sql"])
        #expect(complete("explain sql rec").candidates == ["recent"])
        #expect(complete("explain sql quotes | where spe").candidates == ["speaker"])
    }

    @Test func fieldsOfTheFlowingTable() {
        let c = complete("quotes | where sp")
        #expect(c.candidates == ["speaker"])
        #expect(c.suffix == " ")
        #expect(complete("articles | sort wo").candidates.first == "words")
        // After a select only its fields flow on.
        #expect(!complete("quotes | select speaker | where cu").candidates.contains("cue"))
        // Functions complete with an opening bracket.
        let f = complete("articles | select low")
        #expect(f.candidates == ["lower"] && f.suffix == "(")
    }

    @Test func namesThatAreNotIdentifiersCompleteInBackticks() {
        #expect(complete("losses | where fu").candidates == ["`fuel tank`"])
        let quoted = complete("losses | select `fi")
        #expect(quoted.candidates == ["`field artillery`"])
        #expect(quoted.range == 16..<19)
        // The open name may already hold a space.
        let spaced = complete("losses | select `fuel t")
        #expect(spaced.candidates == ["`fuel tank`"] && spaced.range == 16..<23)
        #expect(complete("quotes | join lo", FixedData(sourceNames: ["quotes", "losses"])).candidates == ["losses"])
    }

    @Test func fieldsInAContinuedStatement() {
        #expect(complete("quotes |\n  where sp").candidates == ["speaker"])
        #expect(complete("let x = quotes | where (sp").candidates == ["speaker"])
        // A line ending in a comma goes on, as the language reads it.
        #expect(complete("articles | select outlet,\n  wor").candidates.contains("words"))
        #expect(complete("articles | count\nwor").candidates.isEmpty)
    }

    @Test func valuesOfTheFieldBeforeTheOperator() {
        let c = complete("quotes | where speaker ~ \"Bra")
        #expect(c.candidates == ["Bram Okafor", "Ana Brás", "Ilse Brandvold"])
        #expect(c.range == 26..<29)
        let one = complete("quotes | where speaker ~ \"Brandv")
        #expect(one.candidates == ["Ilse Brandvold"])
        #expect(one.suffix == "\"")
        #expect(complete("quotes | where speaker = \"zh").candidates == ["Zhao Wei"])
        #expect(complete("articles | where outlet in [\"Northwind\", \"The").candidates == ["The Ledger"])
        #expect(complete("articles | where outlet != \"").candidates.count == 3)
        // No closing quote added when one is already there.
        #expect(complete("quotes | where speaker ~ \"Zha\"", at: 29).suffix == "")
    }

    @Test func noValuesOutsideAComparison() {
        #expect(complete("quotes | where text ~ \"x\" and \"Bra").candidates.isEmpty)
        #expect(complete("quotes | where text ~ /Bra").candidates.isEmpty)
        #expect(complete("articles # wh").candidates.isEmpty)
    }

    @Test func pathsInsideLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-paths-\(getpid())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("samples"), withIntermediateDirectories: true)
        try Data().write(to: dir.appendingPathComponent("sample.txt"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let c = complete("load \"\(dir.path)/sam")
        #expect(c.candidates == ["\(dir.path)/sample.txt", "\(dir.path)/samples/"])
        #expect(c.range.lowerBound == 6)
        let file = complete("load \"\(dir.path)/sample.")
        #expect(file.candidates == ["\(dir.path)/sample.txt"] && file.suffix == "\"")
        let folder = complete("save \"\(dir.path)/samples")
        #expect(folder.candidates == ["\(dir.path)/samples/"] && folder.suffix == "")
    }

    @Test func nonASCIIOffsetsAreCharacters() {
        let c = complete("articles | where headline ~ \"東京\" | wh")
        #expect(c.candidates == ["where"])
        #expect(c.range == 35..<37)
    }
}

/// In the sandbox, Tab lists no folder the session may not read.
@Suite struct SandboxCompletionTests {
    struct Sandboxed: CompletionData {
        var sourceNames: [String] { [] }
        func schema(ofPipeline pipeline: String) -> Schema? { nil }
        func values(of field: String, inPipeline pipeline: String) -> [String] { [] }
        var fileAccess: FileAccess { .sandbox(read: ["/nonexistent-class-folder"], write: "/nonexistent-class-folder/exports") }
    }

    @Test func pathsOutsideAreNotListed() {
        #expect(!Completer.complete(line: "load \"/etc/", cursor: 11, data: FixedData()).candidates.isEmpty)
        #expect(Completer.complete(line: "load \"/etc/", cursor: 11, data: Sandboxed()).candidates.isEmpty)
    }
}
