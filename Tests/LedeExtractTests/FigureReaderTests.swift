import Testing
import LedeCorpus
@testable import LedeExtract

@Suite("Figures")
struct FigureReaderTests {
    let reader = FigureReader()

    func figures(_ s: String, quotes: [Quote] = []) -> [Figure] { reader.read(sentence: s, quotes: quotes) }

    @Test func categoriesAndLemmas() {
        let fs = figures("The army lost 58 Russian planes, 83 helicopters and 1,205 armored vehicles of various types.")
        #expect(fs.map(\.value) == [58, 83, 1205])
        #expect(fs.map(\.category) == ["Russian planes", "helicopters", "armored vehicles"])
        #expect(fs.map(\.categoryLemma) == ["plane", "helicopter", "armored vehicle"])
        #expect(fs.map(\.group) == ["aircraft", "aircraft", "armour"])
        let d = figures("Seven unmanned aerial vehicles and 12 drones were shot down.")
        #expect(d.map(\.categoryLemma) == ["unmanned aerial vehicle", "drone"])
        #expect(d.map(\.group) == ["aircraft", "aircraft"])
        #expect(figures("Some 40 people died.").first?.categoryLemma == "person")
        #expect(figures("12 casualties").first?.categoryLemma == "casualty")
    }

    /// What is counted after "of" for fractions, what money is "in" or "for", a plural ending the
    /// phrase, and a people's name singularised.
    @Test func categoriesOfFractionsMoneyAndPlurals() {
        #expect(figures("More than a quarter of its troops were lost.").first?.categoryLemma == "troop")
        #expect(figures("Biden seeks $33bn in extra funding for Kyiv.").first?.categoryLemma == "extra funding")
        #expect(figures("It moved 190,000 soldiers near the border.").first?.categoryLemma == "soldier")
        #expect(figures("Some 1,000 children born in shelters were counted.").first?.categoryLemma == "child")
        #expect(figures("Eight million Venezuelans have left.").first?.categoryLemma == "venezuelan")
        #expect(figures("The deficit was $-50.8bn in March.").first?.category == nil)
    }

    /// Number forms of business and world news.
    @Test func currencyForms() {
        let fs = figures("It lost $US55,931,000, its deficit was $-50.8bn, shares rose to C $6 and oil to US $58.24 per barrel.")
        #expect(fs.map(\.value) == [55_931_000, -50_800_000_000, 6, 58.24])
        #expect(fs.map(\.unit) == ["US$", "$", "C$", "US$"])
        let range = figures("Between 200,000 to 260,000 people fled.").first
        #expect(range?.low == 200_000 && range?.high == 260_000 && range?.categoryLemma == "person")
        #expect(figures("Prices rose 5 per cent.").first?.unit == "%")
    }

    /// A figure inside a quote or reported speech is claimed by its speaker, resolved as quotes
    /// are ("the minister" to the last person given that role).
    @Test func claimantIsTheSpeakerOfTheQuoteHoldingIt() {
        let a = analyze("Foreign Minister Vladimir Makei spoke on Tuesday.",
                        "The minister said that 30,000 troops would stay for two weeks.")
        #expect(a.figures.first { $0.value == 30000 }?.claimant == "Vladimir Makei")
        let b = analyze("\u{201C}Russia committed over 120 battalion tactical groups,\u{201D} the U.K. Ministry of Defence said.")
        #expect(b.figures.first?.claimant == "the U.K. Ministry of Defence")
    }

    @Test func categoryCarriedAlongAList() {
        let fs = figures("They destroyed 5, 6 and 7 tanks.")
        #expect(fs.map(\.categoryLemma) == ["tank", "tank", "tank"])
        #expect(fs.map(\.group) == ["armour", "armour", "armour"])
        let v = figures("Hundreds of civilians fled.")
        #expect(v.first?.categoryLemma == "civilian"); #expect(v.first?.group == "people")
        let p = figures("Turnout was 12% of voters.")
        #expect(p.first?.unit == "%"); #expect(p.first?.categoryLemma == "voter")
    }

    @Test func qualifiersOnFigures() {
        let f = figures("At least 20 soldiers and nearly 300 civilians were killed.")
        #expect(f.map(\.qualifier) == ["at least", "nearly"])
        #expect(f.allSatisfy { $0.approximate })
        #expect(f.first?.qualifierSpan == TextSpan(0, 8))
        let g = figures("an estimated $2.5bn loss")
        #expect(g.first?.qualifier == "an estimated"); #expect(g.first?.unit == "$"); #expect(g.first?.value == 2.5e9)
    }

    @Test func claimantFromClaimVerb() {
        let f = figures("The Ukrainian side has claimed to have destroyed 58 planes and 83 helicopters.")
        #expect(f.map(\.claimant) == ["Ukrainian side", "Ukrainian side"])
        #expect(f.map(\.cue) == ["claim", "claim"])
        let s = figures("About 40 people died, the ministry said.")
        #expect(s.first?.claimant == "ministry"); #expect(s.first?.cue == "say")
        let t = figures("Police said 12 people were arrested.")
        #expect(t.first?.claimant == "Police")
    }

    @Test func claimantFromAccordingTo() {
        let f = figures("More than 1,000 civilians have died, according to the UN.")
        #expect(f.first?.claimant == "UN"); #expect(f.first?.cue == "according to")
        #expect(f.first?.claimantSpan == TextSpan(54, 56))
        let g = figures("According to U.S. officials, 20 jets were sent.")
        #expect(g.first?.claimant == "U.S. officials")
    }

    @Test func claimantWhoMadeTheRecord() {
        let f = figures("About 600 homes lost power, according to figures compiled by the grid operator, and 40 stayed dark.")
        #expect(f.map(\.claimant) == ["grid operator", "grid operator"])
        #expect(figures("According to data from the health ministry, 75 clinics closed.").first?.claimant == "health ministry")
    }

    @Test func eachClaimTakesItsNearestClaimant() {
        let f = figures("Twelve boats sank, according to the coastguard, though Tidewater Weekly has reported that 15 were lost.")
        #expect(f.map(\.claimant) == ["coastguard", "Tidewater Weekly"])
    }

    @Test func claimantFromQuoteSpeaker() {
        let s = "“We shot down 12 drones,” the spokesman said."
        let q = Quote(sentence: 0, span: TextSpan(1, 23), text: "We shot down 12 drones,", kind: .direct,
                      speaker: "Igor Konashenkov", mention: "the spokesman", mentionSpan: TextSpan(26, 39),
                      cue: "say", cueText: "said", cueSpan: TextSpan(40, 44))
        let f = figures(s, quotes: [q])
        #expect(f.first?.value == 12)
        #expect(f.first?.claimant == "Igor Konashenkov")
        #expect(f.first?.claimantSpan == TextSpan(26, 39))
        #expect(f.first?.cue == "say")
        // Without the quote, the sentence's claim verb still gives a claimant.
        #expect(figures(s).first?.claimant == "spokesman")
    }

    @Test func noClaimant() {
        #expect(figures("The bridge is 29km long.").first?.claimant == nil)
    }

    @Test func notFiguresInSentences() {
        #expect(figures("One source said it was a second attempt on March 14, 2022, at 10:30.").isEmpty)
        #expect(figures("He was 45 years old.").first?.unit == "years old")
    }

    @Test func articleOffsetsAndSentences() {
        let body = "Intro here.\n\nThey lost 7 ships. Then 3 more tanks."
        let article = Article(id: "x", path: "x", file: "x", body: body)
        let sentences = [
            Sentence(span: TextSpan(0, 11), paragraph: 0, text: "Intro here."),
            Sentence(span: TextSpan(13, 31), paragraph: 1, text: "They lost 7 ships."),
            Sentence(span: TextSpan(32, 50), paragraph: 1, text: "Then 3 more tanks."),
        ]
        let fs = reader.read(article, sentences: sentences, quotes: [])
        #expect(fs.map(\.sentence) == [1, 2])
        #expect(fs.map(\.span) == [TextSpan(23, 24), TextSpan(37, 38)])
        #expect(fs.first?.categoryLemma == "ship"); #expect(fs.first?.group == "naval")
        // Without sentences, paragraphs are read.
        #expect(reader.read(article, sentences: [], quotes: []).count == 2)
    }
}
