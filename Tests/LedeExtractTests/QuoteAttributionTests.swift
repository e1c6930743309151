import LedeCorpus
import Testing
@testable import LedeExtract

@Suite struct QuoteAttributionTests {
    private func first(_ paragraphs: String...) -> Quote? {
        extractor.analyze(article(paragraphs.joined(separator: "\n\n"))).quotes.first { $0.kind != .indirect }
    }

    @Test func quoteThenNameSaid() {
        let q = first("\"We will not back down from this fight,\" Maria Lopez said.")
        #expect(q?.speaker == "Maria Lopez")
        #expect(q?.cue == "say")
        #expect(q?.kind == .direct)
    }

    @Test func quoteThenSaidName() {
        let q = first("\u{201C}The budget is balanced for the first time,\u{201D} said Finance Minister Tom Weber.")
        #expect(q?.speaker == "Tom Weber")
        #expect(q?.title == "Finance Minister")
    }

    @Test func nameSaidCommaQuote() {
        #expect(first("Tom Weber said, \"The budget is balanced for now.\"")?.speaker == "Tom Weber")
    }

    @Test func nameSaidColonQuote() {
        #expect(first("Tom Weber said: \u{201C}The budget is balanced for now.\u{201D}")?.speaker == "Tom Weber")
    }

    @Test func toldOutletAddressee() {
        let q = first("National Security Advisor Jake Sullivan told CNN, \u{201C}There will be consequences for this.\u{201D}")
        #expect(q?.speaker == "Jake Sullivan")
        #expect(q?.title == "National Security Advisor")
        #expect(q?.cue == "tell")
        #expect(q?.addressee == "CNN")
    }

    @Test func respondedBySaying() {
        let q = first("Anna Berg responded by saying, \u{201C}That report is simply false and misleading.\u{201D}")
        #expect(q?.speaker == "Anna Berg")
        #expect(q?.cue == "respond")
        #expect(q?.cueText == "responded by saying")
    }

    @Test func repeatedAfterQuote() {
        let q = first("Anna Berg spoke twice.", "\u{201C}I already made that clear to everyone,\u{201D} Berg repeated.")
        #expect(q?.speaker == "Anna Berg")
        #expect(q?.mention == "Berg")
        #expect(q?.cue == "repeat")
    }

    @Test func accordingTo() {
        let q = first("\u{201C}Prices will rise again next year,\u{201D} according to Paul Kern.")
        #expect(q?.speaker == "Paul Kern")
        #expect(q?.cue == "according to")
    }

    @Test func dashAttributions() {
        #expect(first("\u{201C}Nothing about this decision was easy for anyone\u{201D} \u{2014} Paul Kern")?.speaker == "Paul Kern")
        #expect(first("Paul Kern \u{2014} \u{201C}Nothing about this decision was easy for anyone.\u{201D}")?.speaker == "Paul Kern")
    }

    @Test func appositionGivesTitle() {
        let q = first("Lijian Zhao, a spokesperson for the Chinese Ministry of Foreign Affairs, said, \u{201C}The US is spreading disinformation about China.\u{201D}")
        #expect(q?.speaker == "Lijian Zhao")
        #expect(q?.title == "spokesperson for the Chinese Ministry of Foreign Affairs")
    }

    @Test func quoteOnlyParagraphContinuesTheSpeaker() {
        let quotes = extractor.analyze(article("\u{201C}We have done our part here,\u{201D} Anna Berg said.", "\u{201C}Now it is their turn to act.\u{201D}")).quotes
        #expect(quotes.count == 2)
        #expect(quotes.map(\.speaker) == ["Anna Berg", "Anna Berg"])
    }

    @Test func quoteOnlyParagraphAfterNamedSpeaker() {
        let quotes = extractor.analyze(article(
            "Mayor Anna Berg spoke to reporters on Monday about the flood: ",
            "\u{201C}We will rebuild every road and every bridge in this town.\u{201D}")).quotes.filter { $0.kind == .direct }
        #expect(quotes.first?.speaker == "Anna Berg")
    }

    @Test func pronounsResolveToNearestPerson() {
        let quotes = extractor.analyze(article(
            "Anna Berg met Paul Kern on Monday.",
            "\u{201C}The talks went well for both of our countries,\u{201D} he said.",
            "\u{201C}We agreed on nearly everything in the end,\u{201D} she said of Anna Berg\u{2019}s team.")).quotes
        #expect(quotes.first?.speaker == "Paul Kern")
        #expect(quotes.first?.mention == "he")
    }

    @Test func descriptionRefersToThePersonJustNamed() {
        let q = analyze("Omar Haddad, whose Mill Lane garage flooded twice, said he would not reopen.",
                        "\u{201C}I have nothing left to sell,\u{201D} the father-of-three said.").quotes.filter { $0.kind == .direct }
        #expect(q.first?.speaker == "Omar Haddad")
        #expect(q.first?.mention == "the father-of-three")
        // With nobody named nearby, nobody is named: the description stays as the mention.
        let alone = analyze("\u{201C}I have nothing left to sell,\u{201D} the father-of-three said.").quotes.first
        #expect(alone?.speaker == nil)
        #expect(alone?.mention == "the father-of-three")
        // "the chancellor" is the last person the text gave that role.
        let role = analyze("Chancellor Gordon Brown met Tony Blair on Monday.",
                           "\u{201C}The stakes are too high to stay at home,\u{201D} the chancellor said.").quotes.first
        #expect(role?.speaker == "Gordon Brown")
        // "the Ukrainian leader" heads the country the text named him for.
        let leader = analyze("French President Emmanuel Macron called Ukrainian President Volodymyr Zelensky on Monday.",
                             "\u{201C}We will not give up a single town,\u{201D} the Ukrainian leader said.",
                             "\u{201C}France stands with Ukraine today,\u{201D} the French president said.").quotes
        #expect(leader.map(\.speaker) == ["Volodymyr Zelensky", "Emmanuel Macron"])
    }

    @Test func pronounContinuesTheSpeakerNotANameInsideTheirSpeech() {
        let q = analyze("Mayor Lina Berg said auditor Piet Claes would review the accounts. Asked when, she said it would take \u{201C}a few weeks at most\u{201D}.").quotes
        #expect(q.first { $0.kind == .partial }?.speaker == "Lina Berg")
    }

    @Test func lastNameResolvesToFullName() {
        let q = first("Lijian Zhao held a press conference.", "\u{201C}China\u{2019}s position is consistent and clear,\u{201D} Zhao said.")
        #expect(q?.speaker == "Lijian Zhao")
        #expect(q?.mention == "Zhao")
    }

    @Test func itIsTheOrganisationJustNamed() {
        let q = first("The British Chambers of Commerce welcomed the proposal. \u{201C}This move is the best of both worlds,\u{201D} it said.")
        #expect(q?.speaker == "British Chambers of Commerce")
        #expect(q?.mention == "it")
    }

    @Test func organisationSpeakers() {
        #expect(first("\u{201C}The claims are baseless and absurd,\u{201D} the Kremlin said.")?.speaker == "Kremlin")
        #expect(first("\u{201C}We reject these claims entirely today,\u{201D} the ministry said.")?.speaker == "the ministry")
    }

    @Test func anonymousSpeakers() {
        let q = first("\u{201C}The decision has already been made by them,\u{201D} a senior official said.")
        #expect(q?.anonymous == true)
        #expect(q?.speaker == "a senior official")
        #expect(first("\u{201C}The deal is all but done now,\u{201D} sources said.")?.anonymous == true)
        #expect(first("One source familiar with the talks said, \u{201C}They are close to a deal now.\u{201D}")?.anonymous == true)
    }

    @Test func partialQuotes() {
        let quotes = extractor.analyze(article("Senator Ada Lind called the plan \u{201C}a disaster\u{201D}.")).quotes
        #expect(quotes.first { $0.text == "a disaster" }?.kind == .partial)
        #expect(quotes.first { $0.text == "a disaster" }?.speaker == "Ada Lind")
        // Quoted words nobody is said to say are a term, not a quote.
        let embedded = extractor.analyze(article("Critics see the plan as \u{201C}a slow and expensive road to nowhere at all\u{201D} this year.")).quotes
        #expect(embedded.first?.kind == .term)
    }

    @Test func indirectQuotes() {
        let quotes = extractor.analyze(article("Maria Lopez said that the city would rebuild every bridge by winter.")).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .indirect)
        #expect(quotes.first?.speaker == "Maria Lopez")
        #expect(quotes.first?.text == "the city would rebuild every bridge by winter")
        let plain = extractor.analyze(article("Maria Lopez said the city would rebuild every bridge by winter.")).quotes
        #expect(plain.first?.kind == .indirect)
    }

    @Test func surnameThatIsATitleWord() {
        let q = first("\u{201C}Our efforts have been insufficient so far,\u{201D} Amy Pope, deputy homeland security advisor, said on a call.")
        #expect(q?.speaker == "Amy Pope")
        #expect(q?.title == "deputy homeland security advisor")
    }

    @Test func nameBeforeColon() {
        #expect(first("The result does not surprise Republican pollster Daron Shaw: \u{201C}Lesser-known candidates often win early.\u{201D}")?.speaker == "Daron Shaw")
    }

    @Test func gerundAfterComma() {
        let q = first("Hours later, Trump Lee returned the compliment, telling Reuters, \u{201C}We have been friends for a long time.\u{201D}")
        #expect(q?.speaker == "Trump Lee")
        #expect(q?.addressee == "Reuters")
    }
}

@Suite struct AttributionEdgeTests {
    /// "According to X" with nothing after the source once crashed the indirect-quote reader.
    @Test(arguments: ["According to officials.", "According to the ministry", "Prices rose, according to", "according to"])
    func accordingToAtTheEdgesNeverCrashes(_ text: String) {
        let analysis = Extractor().analyze(Article(id: "t", path: "t", file: "t", body: text))
        #expect(analysis.quotes.allSatisfy { $0.span.start >= 0 && $0.span.end <= text.unicodeScalars.count })
    }

    @Test func speechVerbInsideQuoteIsNotReportedSpeech() {
        let quotes = analyze("The harbourmaster was asked about the sunken ferry.",
                             "\"I cannot tell you that yet. When we know what sank her, we will say so,\" he said.").quotes
        #expect(quotes.filter { $0.kind != .indirect }.count == 1)
        #expect(quotes.first?.text.hasSuffix("we will say so,") == true)
        #expect(!quotes.contains { $0.kind == .indirect })
    }

    /// A fragment inside someone's reported clause is part of that clause's row: `partial` when the
    /// clause opens or closes on the quoted words, `indirect` when they sit in the reporter's paraphrase.
    @Test func fragmentInsideReportedClauseJoinsIt() {
        let a = analyze("Mayor Lena Holt said \u{201C}a few dozen\u{201D} shops had already reopened.")
        let q = a.quotes.first { $0.text.contains("a few dozen") }
        #expect(q?.kind == .partial)
        #expect(q?.speaker == "Lena Holt")
        #expect(q?.text == "\u{201C}a few dozen\u{201D} shops had already reopened")
        #expect(a.quotes.count == 1)
        let b = analyze("The union said the offer \u{201C}does not meet our members' needs\u{201D} and that talks would continue.")
        let r = b.quotes.first { $0.text.contains("does not meet") }
        #expect(r?.kind == .indirect)
        #expect(r?.speaker == "The union")
        #expect(b.quotes.count == 1)
    }

    /// Quoted words nobody is said to say are terms, which `quotes` leaves out; a label a speaker
    /// gives stays theirs, and a group named by its description speaks as that group.
    @Test func scareQuotesAreTerms() {
        let a = analyze("The critics called the plan \u{201C}a disaster\u{201D}. The new \u{201C}smart\u{201D} meters arrive in May.")
        #expect(a.quotes.first { $0.text == "a disaster" }?.speaker == "The critics")
        #expect(a.quotes.first { $0.text == "smart" }?.kind == .term)
    }

    /// "“A,” she said. “B.”": one quote of two spans, with every sentence it reaches.
    @Test func interruptedQuoteIsOne() {
        let text = "\u{201C}We will reopen the gate,\u{201D} Petra Vasskog said. \u{201C}Not before the inspection.\u{201D}"
        let a = analyze(text)
        let direct = a.quotes.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        #expect(direct.first?.text == "We will reopen the gate, Not before the inspection.")
        #expect(direct.first?.pieceTexts(in: text) == ["We will reopen the gate,", "Not before the inspection."])
        #expect(direct.first.map { $0.lastSentence > $0.sentence } == true)
    }

    /// Paragraphs run together ("… a partner. "I would also …"): a straight mark after a quoted
    /// sentence's stop reopens the same quote instead of closing it.
    @Test func reopenedStraightQuoteContinues() {
        let a = analyze("Mr Kiknavelidze said: \"I would not exclude a partner. \"I would also not exclude a delay. \"Another surprise was the premium.\" Gazprom said nothing.")
        let direct = a.quotes.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        #expect(direct.first?.text.hasSuffix("Another surprise was the premium.") == true)
        #expect(direct.first?.speaker == "Kiknavelidze")
    }

    @Test func stopOutsideTheMarksIsPartial() {
        let a = analyze("A surveyor said she had warned the council that the roof was \u{201C}close to the end of its life\u{201D}.")
        #expect(a.quotes.first { $0.text.contains("close to") }?.kind == .partial)
        // US style keeps the stop inside: a quoted sentence after "that" stays direct.
        let b = analyze("The surveyor said that \u{201C}the roof is close to the end of its life.\u{201D}")
        #expect(b.quotes.first { $0.text.hasPrefix("the roof") }?.kind == .direct)
    }
}
