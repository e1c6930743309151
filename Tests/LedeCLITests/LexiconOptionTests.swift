import Foundation
import Testing

/// `--lexicons DIR` and `LEDE_LEXICONS`: the user's word lists change what the binary extracts.
@Suite struct LexiconOptionTests {
    /// A fresh folder with an article `story.txt` and a lexicon folder `lexicons/` holding `files`.
    static func folder(lexicons files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cli-lexicons-\(UUID())")
        let lexicons = dir.appendingPathComponent("lexicons")
        try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
        try "\u{201C}We will rebuild the harbour wall,\u{201D} harrumphed Mayor Jane Smith. The repairs will perchance take a year.\n"
            .write(to: dir.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        for (name, text) in files {
            try text.write(to: lexicons.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    static let program = "load \"story.txt\"; quotes | select speaker, cue; hedges | count"

    @Test func addedSpeechVerbAndHedgeChangeTheResults() throws {
        let dir = try Self.folder(lexicons: [
            "speech-verbs.txt": "# my verbs\n+harrumph harrumphed harrumphs\n",
            "hedges.txt": "+perchance\tpossibility\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try LedeBinary.run(["--format", "csv", "-e", Self.program], in: dir)
        #expect(plain.status == 0)
        #expect(plain.stdout == "speaker,cue\n,\ncount\n0\n")

        let expected = "speaker,cue\nJane Smith,harrumph\ncount\n1\n"
        let flag = try LedeBinary.run(["--format", "csv", "--lexicons", "lexicons", "-e", Self.program], in: dir)
        #expect(flag.status == 0)
        #expect(flag.stdout == expected)
        let variable = try LedeBinary.run(["--format", "csv", "-e", Self.program], in: dir, environment: ["LEDE_LEXICONS": "lexicons"])
        #expect(variable.stdout == expected)
        // The flag wins over the variable.
        let both = try LedeBinary.run(["--format", "csv", "--lexicons", "lexicons", "-e", Self.program], in: dir,
                                      environment: ["LEDE_LEXICONS": "elsewhere"])
        #expect(both.stdout == expected)
    }

    @Test func missingFolderIsAUsageError() throws {
        let r = try LedeBinary.run(["--lexicons", "/no/such/lexicons", "-e", "articles | count"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("/no/such/lexicons: no such lexicon folder"))
        let variable = try LedeBinary.run(["-e", "articles | count"], environment: ["LEDE_LEXICONS": "/no/such/lexicons"])
        #expect(variable.status == 2)
        #expect(variable.stderr.contains("LEDE_LEXICONS"))
    }

    @Test func malformedLineNamesFileAndLine() throws {
        let dir = try Self.folder(lexicons: ["hedges.txt": "+perchance\tpossibility\n+perhaps possibly\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try LedeBinary.run(["--lexicons", "lexicons", "-e", Self.program], in: dir)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == "lede: lexicons: lexicons/hedges.txt:2: expected `phrase<TAB>class[<TAB>lemma]` (fields separated by a TAB), found 1 field\n")
    }
}
