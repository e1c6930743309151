import Testing
@testable import LedeExtract

@Suite struct MentionTests {
    @Test func namesWithTitlesAndLastNames() {
        let a = extractor.analyze(article(
            "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.",
            "Later, Putin said the talks went well, and Xi agreed."))
        let people = Set(a.mentions.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Vladimir Putin", "Xi Jinping"])
        #expect(a.mentions.first { $0.name == "Beijing" }?.kind == .place)
        #expect(a.mentions.first { $0.text == "Vladimir Putin" }?.title == "Russian President")
        #expect(a.mentions.first { $0.text == "Putin" }?.name == "Vladimir Putin")
        #expect(a.mentions.first { $0.text == "Xi" }?.name == "Xi Jinping")
    }

    @Test func placesAndOrganisationsAreNotPeople() {
        let a = extractor.analyze(article("Officials in Hong Kong and New York spoke to the Washington Post and the European Union about Wall Street."))
        #expect(!a.mentions.contains { $0.kind == .person })
        #expect(a.mentions.map(\.name) == ["Hong Kong", "New York", "Washington Post", "European Union"])
        #expect(a.mentions.map(\.kind) == [.place, .place, .outlet, .place])
        #expect(a.mentions.map(\.evidence) == ["place list", "place list", "outlet list", "place list"])
        // A city of the gazetteer never speaks as a person; a given name opens a person's name.
        let b = extractor.analyze(article("\u{201C}We are ready for the storm,\u{201D} Red Deer said.", "Patricia Hewitt met Ms Hewitt."))
        #expect(b.mentions.first { $0.name == "Red Deer" }?.kind == .place)
        #expect(b.mentions.first { $0.text == "Patricia Hewitt" }?.evidence == "given name Patricia")
        #expect(b.mentions.first { $0.text == "Hewitt" }?.evidence == "honorific Ms")
    }

    @Test func streetsAndDamsAreNoPeople() {
        let a = extractor.analyze(article(
            "Water reached the Kessel Dam spillway and homes on Tanner Street and Quay Lane were flooded.",
            "Crews from the Kessel Dam said pumping would start on Tanner Street."))
        #expect(!a.mentions.contains { $0.kind == .person })
    }

    @Test func aCapitalisedRunAfterHisIsAThing() {
        let a = extractor.analyze(article("The cardinal will repeat his stance in his Christmas Midnight Mass on Friday."))
        #expect(!a.mentions.contains { $0.kind == .person })
    }

    @Test func aClauseAfterTheVerbIsNoSpeaker() {
        // "insists the main wall is safe" reports what is insisted; "the main wall" does not speak.
        let q = extractor.analyze(article("The authority, which runs the dam, insists the main wall is safe for now.")).quotes
        #expect(!q.contains { $0.speaker == "the main wall" })
    }

    @Test func sentenceStartNeedsEvidence() {
        #expect(!extractor.analyze(article("Breaking News alerts went out at noon.")).mentions.contains { $0.kind == .person })
        let a = extractor.analyze(article("Ming Jinwei, a senior editor, wrote a post.", "Ming Jinwei later deleted it."))
        #expect(a.mentions.contains { $0.name == "Ming Jinwei" })
    }

    @Test func titleBeforeSingleName() {
        let a = extractor.analyze(article("President Trump spoke on Monday."))
        #expect(a.mentions.map(\.name) == ["Trump"])
        #expect(a.mentions.first?.title == "President")
    }
}
