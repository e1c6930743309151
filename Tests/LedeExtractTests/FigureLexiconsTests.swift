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

    @Test func singularise() {
        let cases = ["planes": "plane", "casualties": "casualty", "people": "person", "warships": "warship",
                     "pieces": "piece", "buses": "bus", "taxes": "tax", "aircraft": "aircraft", "systems": "system"]
        for (p, s) in cases { #expect(Taxonomy.singular(p) == s, "\(p)") }
    }
}
