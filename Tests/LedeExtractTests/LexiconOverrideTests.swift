import Foundation
import Testing
@testable import LedeExtract

/// One override semantics for every lexicon file: plain lines replace the list, `+entry` adds
/// (replacing an entry with the same key), `-key` removes.
@Suite struct LexiconOverrideTests {
    // One entry a line (titles, outlets, stop words, ...): the key is the whole entry.
    @Test func wordLists() throws {
        let replaced = try lexicons(overriding: ["titles.txt": "# only these\nMayor\nGovernor\n"])
        #expect(replaced.list("titles") == ["Mayor", "Governor"])

        let edited = try lexicons(overriding: ["outlets.txt": "+Kyiv Post\n-cnn\n+Xinhua\n"])
        let outlets = edited.list("outlets")
        #expect(outlets.contains("Kyiv Post") && outlets.contains("New York Times"))
        #expect(!outlets.contains("CNN"))
        #expect(outlets.filter { $0 == "Xinhua" }.count == 1, "`+` of a listed entry does not list it twice")
        #expect(outlets.count == Lexicons.standard.list("outlets").count)

        let a = Extractor(lexicons: edited).analyze(article("\u{201C}The bridge will open next spring,\u{201D} the mayor told the Kyiv Post."))
        #expect(a.sources.contains { $0.kind == .outlet && $0.name == "Kyiv Post" })
    }

    // Lemma then its forms (speech verbs): the key is the lemma.
    @Test func lemmaLists() throws {
        let replaced = try lexicons(overriding: ["speech-verbs.txt": "say said\n"])
        #expect(replaced.list("speech-verbs") == ["say said"])

        let edited = try lexicons(overriding: ["speech-verbs.txt": "+harrumph harrumphed harrumphs\n-tell\n+say said says\n"])
        let verbs = edited.list("speech-verbs")
        #expect(verbs.contains("harrumph harrumphed harrumphs"))
        #expect(!verbs.contains { $0.hasPrefix("tell ") })
        #expect(verbs.filter { $0.hasPrefix("say ") } == ["say said says"])

        let text = "\u{201C}We will win,\u{201D} harrumphed Jane Smith."
        #expect(analyze(text).quotes.first?.speaker == nil)
        #expect(Extractor(lexicons: edited).analyze(article(text)).quotes.first?.speaker == "Jane Smith")
    }

    // TAB-separated fields (units, qualifiers, taxonomy, hedges, figure cues): the key is the first field.
    @Test func taxonomy() throws {
        let lex = try lexicons(overriding: ["taxonomy.txt": "# user taxonomy\n+hovercraft\tnaval\n+tank\tarmoured vehicles\n-drone\n"]).figures
        #expect(lex.group(of: "hovercraft") == "naval")
        #expect(lex.group(of: "tank") == "armoured vehicles")
        #expect(lex.group(of: "drone") == nil)
        #expect(lex.group(of: "helicopter") == "aircraft")
        #expect(FigureReader(lexicons: lex).read(sentence: "They sank 3 hovercraft.").first?.group == "naval")

        let only = try lexicons(overriding: ["taxonomy.txt": "hovercraft\tnaval\n"]).figures
        #expect(only.taxonomy == ["hovercraft": "naval"])
    }

    @Test func hedges() throws {
        let added = try lexicons(overriding: ["hedges.txt": "+perchance\tpossibility\n-may\n"]).figures
        #expect(HedgeFinder(lexicon: added).find(in: "Perchance it may rain.").map(\.lemma) == ["perchance"])
        let replaced = try lexicons(overriding: ["hedges.txt": "perchance\tpossibility\n"]).figures
        #expect(HedgeFinder(lexicon: replaced).find(in: "Perchance it may rain, allegedly.").map(\.lemma) == ["perchance"])
    }

    @Test func units() throws {
        let reader = FigureReader(lexicons: try lexicons(overriding: ["units.txt": "+furlongs\tfurlong\tmeasure\n-km\n"]).figures)
        #expect(reader.read(sentence: "The horse ran 8 furlongs.").first?.unit == "furlong")
        #expect(reader.read(sentence: "The road is 8 km long.").first?.unit == nil)
        #expect(FigureReader().read(sentence: "The road is 8 km long.").first?.unit != nil)
    }

    @Test func qualifiersAndCues() throws {
        let lex = try lexicons(overriding: ["qualifiers.txt": "+circa\tapprox\n", "figure-cues.txt": "+tallied\ttally\n-claimed\n"]).figures
        #expect(FigureReader(lexicons: lex).read(sentence: "They counted circa 40 boats.").first?.approximate == true)
        #expect(lex.cues["tallied"] == "tally")
        #expect(lex.cues["claimed"] == nil)
        #expect(Lexicons.standard.figures.cues["claimed"] == "claim")
    }

    @Test func malformedLineNamesFileAndLine() throws {
        let dir = try temporaryFolder(["units.txt": "# units\n+furlongs\tfurlong\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let error = try #require(throws: LexiconError.self) { try Lexicons.load(overrides: dir) }
        #expect(error.file == dir + "/units.txt")
        #expect(error.line == 2)
        #expect(error.description.hasPrefix(dir + "/units.txt:2: expected `form<TAB>unit<TAB>kind[<TAB>position]`"))

        #expect(throws: LexiconError.self) { try lexicons(overriding: ["qualifiers.txt": "+circa\tnear\n"]) }
        #expect(throws: LexiconError.self) { try lexicons(overriding: ["outlets.txt": "+\n"]) }
    }

    @Test func missingFolderOrUnknownFileIsAnError() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("lede-absent-\(UUID().uuidString)").path
        let error = try #require(throws: LexiconError.self) { try Lexicons.load(overrides: missing) }
        #expect(error.description == "\(missing): no such lexicon folder")
        let unknown = try #require(throws: LexiconError.self) { try lexicons(overriding: ["speech-verb.txt": "say said\n"]) }
        #expect(unknown.message.hasPrefix("not a lexicon file"))
        // Other files (a README, notes) are not lexicons and are left alone.
        #expect(try lexicons(overriding: ["README.md": "my lists"]).list("titles") == Lexicons.standard.list("titles"))
    }

    @Test func everyBuiltInFileLoads() {
        for name in ["speech-verbs", "characterization-verbs", "indirect-verbs", "titles", "anonymous", "anonymous-phrases",
                     "outlets", "outlet-words", "organisation-words", "name-stopwords", "places", "place-words", "abbreviations",
                     "sentence-starters", "stopwords", "units", "qualifiers", "taxonomy", "hedges", "figure-cues",
                     "given-names", "gazetteer-places", "honorifics", "person-nouns", "aliases"] {
            #expect(!Lexicons.standard.list(name).isEmpty, "\(name).txt")
        }
        #expect(Lexicons.standard.names.count == 25)
    }
}
