import Testing
@testable import LedeExtract

@Suite struct SourceTests {
    private func sources(_ paragraphs: String...) -> [SourceRef] {
        extractor.analyze(article(paragraphs.joined(separator: "\n\n"))).sources
    }

    @Test func outletsCitedInAList() {
        let refs = sources("Russia asked China for help, according to U.S. officials who spoke with the New York Times, Financial Times and the Washington Post on Sunday.")
        let outlets = refs.filter { $0.kind == .outlet }.map(\.name)
        #expect(outlets == ["New York Times", "Financial Times", "Washington Post"])
        #expect(refs.contains { $0.kind == .anonymous && $0.name == "U.S. officials" && $0.cue == "according to" })
    }

    @Test func toldOutlet() {
        let refs = sources("\u{201C}There will be consequences for this,\u{201D} Jake Sullivan told CNN in an interview.")
        #expect(refs.contains { $0.kind == .outlet && $0.name == "CNN" })
        #expect(refs.contains { $0.kind == .person && $0.name == "Jake Sullivan" })
    }

    @Test func accordingToOutlet() {
        let refs = sources("The deal is done, according to the New York Times.")
        #expect(refs.contains { $0.kind == .outlet && $0.name == "New York Times" && $0.cue == "according to" })
    }

    @Test func outletNamedByItsLastWord() {
        let refs = sources("The mill will close in March, a union official told the Kettering Courier on Friday.",
                           "Kettering Courier understands that 80 jobs will go.")
        let outlets = refs.filter { $0.kind == .outlet }
        #expect(outlets.map(\.name) == ["Kettering Courier", "Kettering Courier"])
        #expect(outlets.first?.cue == "tell")
        #expect(analyze("Kettering Courier understands that 80 jobs will go.").mentions.first { $0.name == "Kettering Courier" }?.kind == .outlet)
    }

    @Test func outletWordEndingANameCitedNowhereIsNoOutlet() {
        let a = analyze("\u{201C}Prices will fall,\u{201D} said Michael Sun, a trader in Leeds.",
                        "\u{201C}Nobody is buying,\u{201D} Michael Sun told reporters.")
        #expect(!a.sources.contains { $0.kind == .outlet })
        #expect(a.quotes.map(\.speaker) == ["Michael Sun", "Michael Sun"])
    }

    @Test func anonymousSourcing() {
        let refs = sources(
            "One source familiar with the requests told reporters there are signs of progress.",
            "The official said the talks would go on.",
            "Officials who spoke on condition of anonymity said the plan was ready.",
            "\u{201C}It is done now,\u{201D} a senior official said.")
        let names = refs.filter { $0.kind == .anonymous }.map(\.name)
        #expect(names.contains("One source familiar with the requests"))
        #expect(names.contains("The official"))
        #expect(names.contains { $0.hasPrefix("Officials") })
        #expect(names.contains("a senior official"))
    }

    @Test func officialAsAdjectiveIsNoSource() {
        let refs = sources("Xinhua, the official Chinese state press agency, published the text.")
        #expect(!refs.contains { $0.kind == .anonymous }, "\(refs)")
    }

    @Test func organisationSource() {
        let refs = sources("\u{201C}These claims are baseless and absurd,\u{201D} the Kremlin said.")
        #expect(refs.contains { $0.kind == .organisation && $0.name == "Kremlin" })
    }
}
