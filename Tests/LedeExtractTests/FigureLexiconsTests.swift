import Foundation
import Testing
@testable import LedeExtract

@Suite("Figure lexicons")
struct FigureLexiconsTests {
    @Test func standardFilesLoad() {
        let lex = FigureLexicons.standard
        #expect(lex.group(of: "helicopter") == "aircraft")
        #expect(lex.group(of: "Armored  Vehicle") == "armour")
        #expect(lex.cues["claimed"] == "claim")
        #expect(!lex.hedges.byFirst.isEmpty)
        #expect(!lex.suffixUnits.byFirst.isEmpty)
    }

    @Test func userOverridesAddReplaceAndRemove() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# user taxonomy\nhovercraft\tnaval\ntank\tarmoured vehicles\n-drone\n"
            .write(to: dir.appendingPathComponent("taxonomy.txt"), atomically: true, encoding: .utf8)
        try "perchance\tpossibility\n".write(to: dir.appendingPathComponent("hedges.txt"), atomically: true, encoding: .utf8)
        let lex = FigureLexicons.load(overrides: dir.path)
        #expect(lex.group(of: "hovercraft") == "naval")
        #expect(lex.group(of: "tank") == "armoured vehicles")
        #expect(lex.group(of: "drone") == nil)
        #expect(lex.group(of: "helicopter") == "aircraft")
        let hedges = HedgeFinder(lexicon: lex).find(in: "Perchance it may rain.")
        #expect(hedges.map(\.lemma) == ["perchance", "may"])
        let figures = FigureReader(lexicons: lex).read(sentence: "They sank 3 hovercraft.")
        #expect(figures.first?.group == "naval")
    }

    @Test func singularise() {
        let cases = ["planes": "plane", "casualties": "casualty", "people": "person", "warships": "warship",
                     "pieces": "piece", "buses": "bus", "taxes": "tax", "aircraft": "aircraft", "systems": "system"]
        for (p, s) in cases { #expect(Taxonomy.singular(p) == s, "\(p)") }
    }
}
