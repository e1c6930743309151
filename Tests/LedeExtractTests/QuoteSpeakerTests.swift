import Testing
@testable import LedeExtract

/// Speakers in the harder layouts: reader comments signed with a bar, brackets after names,
/// quotes that follow a sentence of reported speech.
@Suite struct QuoteSpeakerTests {
    private func marked(_ paragraphs: String...) -> [Quote] {
        extractor.analyze(article(paragraphs.joined(separator: "\n\n"))).quotes.filter { $0.kind != .indirect }
    }

    @Test func horizontalBarSignsEachQuote() {
        let q = marked(
            "Readers sent us their views on the new bridge.",
            "\u{201C}The toll is far too high for the families who cross it every day.\u{201D} \u{2015} Lena Ortiz",
            "\u{201C}It cut my commute in half and I am grateful for it.\u{201D}\u{2015} Tomas Reyes")
        #expect(q.map(\.speaker) == ["Lena Ortiz", "Tomas Reyes"])
    }

    @Test func abbreviatedStateAfterName() {
        let a = marked("\u{201C}We will hold hearings on this before the summer recess,\u{201D} Rep. Ana Ruiz (D-Fla.) said.")
        #expect(a.first?.speaker == "Ana Ruiz")
        let b = marked("\u{201C}Our assumption is that the bill will pass this week,\u{201D} Sen. Carl Dunn, R-Ky., said.")
        #expect(b.first?.speaker == "Carl Dunn")
    }

    @Test func documentsAndAssurancesSpeak() {
        let a = marked("Parents sent a letter to the board.", "\u{201C}Our children deserve schools that stay open all year,\u{201D} the letter reads.")
        #expect(a.first?.speaker == "the letter")
        #expect(a.first?.cue == "read")
        let b = marked("\u{201C}Nobody here is going to lose a job over this plan,\u{201D} Marta Klein assured the workers.")
        #expect(b.first?.speaker == "Marta Klein")
        #expect(b.first?.cue == "assure")
    }

    @Test func quoteAfterReportedSpeechSentence() {
        let q = marked("The agency may wait until the talks are over, Helen Park said. \u{201C}Nobody wants to be seen taking sides before the vote.\u{201D}")
        #expect(q.first?.speaker == "Helen Park")
        #expect(q.first?.kind == .direct)
    }

    @Test func labelFragmentsAreCredited() {
        let q = analyze("Senator Rosa Diaz called the budget \u{201C}a slow disaster\u{201D} on the floor.",
                       "Mayor Ken Abe described the fire as \u{201C}an intentional act.\u{201D}").quotes
        // A label inside the clause ("… on the floor") makes the clause the row.
        #expect(q.map(\.kind) == [.indirect, .partial])
        #expect(q.map(\.speaker) == ["Rosa Diaz", "Ken Abe"])
        #expect(q.first?.text == "the budget \u{201C}a slow disaster\u{201D} on the floor")
        // A fragment inside a reported clause is part of that clause's row.
        let said = analyze("Ken Abe said the repairs were \u{201C}years overdue\u{201D} and costly.", "Rosa Diaz said that \u{201C}nobody is safe.\u{201D}").quotes
        #expect(said.map(\.speaker) == ["Ken Abe", "Rosa Diaz"])
        #expect(said.first?.text == "the repairs were \u{201C}years overdue\u{201D} and costly")
    }

    @Test func fragmentsThatAreMostOfTheReportedSpeechAreCredited() {
        let q = analyze("Nina Holt says she is \u{201C}ready for anything.\u{201D}",
                       "Omar Reed said the levy was \u{201C}unfair\u{201D} to every small shop owner in the district.",
                       "Lia Moss said she was on \u{201C}The Morning Hour Show.\u{201D}").quotes
        // Most of what Holt says is quoted; Reed's one word sits in the reporter's paraphrase of
        // what he said; a show's name after "on" is a title, which nobody says.
        #expect(q.map(\.kind) == [.partial, .indirect, .indirect, .term])
        #expect(q.map(\.speaker) == ["Nina Holt", "Omar Reed", "Lia Moss", nil])
        #expect(q.first?.cue == "say")
    }

    @Test func fragmentAfterASpeechParticipleOrAContraction() {
        let q = marked("Rosa Diaz argued that the new parking rules would help the old town, saying it\u{2019}s \u{201C}about fairness.\u{201D}",
                       "Ken Abe said he\u{2019}s \u{201C}looking forward to it.\u{201D}")
        #expect(q.map(\.kind) == [.partial, .partial])
        #expect(q.map(\.speaker) == ["Rosa Diaz", "Ken Abe"])
    }

    @Test func subjectAfterALongLeadInWithAPlace() {
        let q = marked("Speaking at a farm fair in Ames, Iowa, Rosa Diaz went after her rival, calling him \u{201C}a tired act.\u{201D}")
        #expect(q.first?.speaker == "Rosa Diaz")
        #expect(q.first?.cue == "call")
    }

    @Test func labelAndReasonVerbsCreditTheirFragment() {
        let q = marked("Mayor Ken Abe referred to the plan as \u{201C}a costly mistake.\u{201D}",
                       "Nina Holt praised the crew as \u{201C}tireless and brave.\u{201D}",
                       "Omar Reed urged the council to \u{201C}act now.\u{201D}")
        #expect(q.map(\.kind) == [.partial, .partial, .partial])
        #expect(q.map(\.speaker) == ["Ken Abe", "Nina Holt", "Omar Reed"])
        #expect(q.map(\.cue) == ["refer", "praise", "urge"])
    }

    @Test func openingAdverbsAndModifiersAreNotPartOfTheName() {
        let q = marked("Rival Nina Holt said: \u{201C}The plan is far too costly for a town this size.\u{201D}",
                       "Maybe Omar Reed put it best: \u{201C}Nobody asked the people who live here.\u{201D}")
        #expect(q.map(\.speaker) == ["Nina Holt", "Omar Reed"])
    }

    @Test func scareQuotesAndTitlesAreNotCredited() {
        let q = analyze("\u{201C}We are ready for the vote,\u{201D} Rosa Diaz said. Her critics doubt the \u{201C}reform\u{201D} plan.",
                        "Ken Abe said on \u{201C}Meet the Mayor.\u{201D}").quotes
        #expect(q.map(\.speaker) == ["Rosa Diaz", nil, nil])
        #expect(q.map(\.kind) == [.direct, .term, .term])
    }

    @Test func phraseClosingReportedSpeechIsTheSpeakers() {
        let a = analyze("Hana Ortiz said the club would \u{201C}appeal the ruling\u{201D}.")
        #expect(a.quotes.first { $0.kind == .partial }?.speaker == "Hana Ortiz")
        // One word closing her clause is hers too: the clause is the row.
        let b = analyze("Hana Ortiz said the ruling was \u{201C}wrong\u{201D}.")
        #expect(b.quotes.map(\.text) == ["the ruling was \u{201C}wrong\u{201D}"])
        #expect(b.quotes.first?.speaker == "Hana Ortiz")
    }

    @Test func jobDescriptionAfterNameIsNotTheSubject() {
        let a = analyze("Dr. Paula Ricci, head of surgery at the Eastfield Clinic, said the ward would reopen next week.")
        #expect(a.quotes.first { $0.kind == .indirect }?.speaker == "Paula Ricci")
    }

    /// Speaker and kind of each row of one sentence.
    private func speakers(_ text: String) -> [String?] { analyze(text).quotes.map(\.speaker) }

    @Test func unnamedSubjectsAndDescriptions() {
        // The noun before a relative clause.
        #expect(speakers("A nurse who asked not to be named told reporters that the ward had been \u{201C}full for weeks\u{201D} and that staff were leaving.")
            == ["A nurse"])
        // An unnamed source or a description opening the sentence, before an aside.
        #expect(speakers("A council official, who was not authorised to speak, said repairs to the pier would cost \u{201C}well over budget\u{201D}.")
            == ["A council official"])
        // "The chairman" with nobody named before: unresolved, kept as the mention.
        let chairman = analyze("The chairman, a retired banker, said the fund was nearly empty.").quotes
        #expect(chairman.map(\.speaker) == [nil])
        #expect(chairman.map(\.mention) == ["The chairman"])
        // A description ending in the place someone comes from.
        #expect(speakers("A doctor from neighbouring Estonia said the clinic had been \u{201C}short of staff for years\u{201D}.")
            == ["A doctor from neighbouring Estonia"])
    }

    @Test func reportedSpeechAfterAnAddresseeATimeOrAQuoteMark() {
        let told = analyze("The coach told the Riverside Gazette that the team would not travel to the final.").quotes.first
        #expect(told?.addressee == "the Riverside Gazette" && told?.text == "the team would not travel to the final")
        #expect(analyze("Jana Holm said on Friday that the school would close for a week.").quotes.first?.text == "the school would close for a week")
        #expect(speakers("Jana Holm said in a statement that the school would close for a week.") == ["Jana Holm"])
        #expect(analyze("Jana Holm said on Friday.").quotes.isEmpty)
        #expect(speakers("Jana Holm said \u{201C}dozens of\u{201D} pupils had already left the school.") == ["Jana Holm"])
        // A phrase before "but that" is part of the speaker's clause.
        #expect(speakers("Hana Ortiz said the club would \u{201C}appeal the ruling\u{201D} but that no date had been set.") == ["Hana Ortiz"])
    }

    @Test func clauseWithItsOwnContentIsNoTrailingAttribution() {
        let a = analyze("Twelve boats sank, according to the Eastport General Hospital, though Tidewater Weekly has reported that 15 were lost.")
        let q = a.quotes.filter { $0.kind == .indirect }
        #expect(q.map(\.speaker) == ["Eastport General Hospital"])
        #expect(q.first?.text == "Twelve boats sank")
    }

    /// A sentence whose subject speaks elsewhere in the article reports their words, though no
    /// speech verb governs the fragment; a subject who never speaks leaves it a term.
    @Test func fragmentOfSomeoneWhoSpeaks() {
        let a = analyze("\u{201C}The risk is real,\u{201D} said Amitai Etzioni.",
                        "He names Russia as the \u{201C}failing state\u{201D} of gravest concern.").quotes
        #expect(a.first { $0.text.contains("failing state") }?.speaker == "Amitai Etzioni")
        let b = analyze("Tom Vale names Russia as the \u{201C}failing state\u{201D} of gravest concern.").quotes
        #expect(b.first { $0.text.contains("failing state") }?.kind == .term)
    }

    /// A quote whose paragraphs were run together ("… damage. "There …") and that goes on into
    /// the next paragraph is one quote, and a school named before it is not who speaks.
    @Test func quoteOverRunTogetherParagraphs() {
        let q = analyze("Mr Howard left Llanelli Grammar School for Cambridge. He said: \"I don't think it did me any lasting damage. \"There might have been some occasions when we left early.",
                        "\"I'm just being honest.\" Another player said nothing.").quotes.filter { $0.kind == .direct }
        #expect(q.map(\.speaker) == ["Howard"])
        #expect(q.first?.text.hasSuffix("I'm just being honest.") == true)
    }

    @Test func rolesAndPlacesBeforeANameAreItsTitle() {
        let q = marked(
            "On the question, Tory MP Mark Dalby, who sits on the committee, said: \u{201C}It is unusual to publish them.\u{201D}",
            "\u{201C}We did well in the talks on debt relief,\u{201D} said UK Chancellor of the Exchequer Gordon Brenn.",
            "Gen Farouk said: \u{201C}I will go to the capital next week.\u{201D}",
            "Midlands MEP Robert Kellan said: \u{201C}They are wrong about this.\u{201D}")
        #expect(q.map(\.speaker) == ["Mark Dalby", "Gordon Brenn", "Farouk", "Robert Kellan"])
        #expect(q.map(\.title) == ["Tory MP", "UK Chancellor of the Exchequer", "Gen", "Midlands MEP"])
    }

    @Test func theSpokeswomanIsTheOneIntroducedEarlier() {
        let q = marked(
            "\u{201C}I can confirm that the regulator has passed the case on,\u{201D} a BaFin spokeswoman said. \u{201C}We found clues,\u{201D} the spokeswoman said.",
            "A spokesman for the Home Office said the plan was wrong. \u{201C}We are developing a programme for them,\u{201D} said the spokesman.")
        #expect(q.map(\.speaker) == ["a BaFin spokeswoman", "a BaFin spokeswoman", "A spokesman for the Home Office"])
        #expect(q.map(\.anonymous) == [true, true, true])
    }

    @Test func aRoleAfterReportedSpeechIsItsSpeaker() {
        // Nobody calls Kerran "the Liberal Democrat leader": the reader takes the person who just spoke.
        let q = extractor.analyze(article(
            "Voters will have a clear choice between fear and hope at the next election, said Charles Kerran.",
            "In his New Year message the Liberal Democrat leader said Labour relied on fear and \u{201C}populist scares\u{201D}.")).quotes
        let scares = q.first(where: { $0.text.contains("populist") })
        #expect(scares?.speaker == "Charles Kerran")
    }

    @Test func labelsAfterAccusingAndContinuingAreTheSpeakers() {
        let q = extractor.analyze(article(
            "Tory leader Michael Hale accused the prime minister and Mr Brand of\"squabbling like schoolboys\".",
            "Labour hit back with election coordinator Alan Milne accusing Mr Hale of producing a \"fraudulent prospectus\".",
            "But the new plane \"is a niche player\", Mr Learmount continued, adding that reach was not all that mattered.",
            "Between 1,500 and 2,000 households left, according to a city official, though the city continues to use a figure of 1,200.")).quotes
        let speakers = ["squabbling", "fraudulent", "niche", "1,500"].map { words in q.first(where: { $0.text.contains(words) })?.speaker }
        #expect(speakers == ["Michael Hale", "Alan Milne", "Learmount", "a city official"])
    }

    @Test func aCompanyNamedWithItsPossessive() {
        let q = extractor.analyze(article(
            "Sainsbury's said the merger would create a grocer with \"unrivalled\" reach in the north.",
            "It's said that the deal will close in May.",
            "Russia\u{2019}s alleged requests for equipment come as the other side claimed to have destroyed 58 planes.")).quotes
        #expect(q.map(\.speaker) == ["Sainsbury's"])
    }

    @Test func heIsTheSubjectNotAPossessiveInTheClause() {
        let q = marked(
            "Graham Robb, spokesman for the No campaign, said the Yes side was rattled. And he hit back at Mr Mallon's claim that an assembly would help. \u{201C}It can push paper around but it can not get people moving,\u{201D} he said.")
        #expect(q.last?.speaker == "Graham Robb")
    }

    @Test func abbreviatedTitlesAreRoles() {
        let q = marked(
            "Sen. Bernie Sandler spoke in Ohio on Tuesday.",
            "The senator said he would \u{201C}introduce legislation in the next session of Congress to fix it.\u{201D}")
        #expect(q.last?.speaker == "Bernie Sandler")
    }

    @Test func aReportNamedAfterANumberOrAnAdjectiveIsANoun() {
        let a = extractor.analyze(article(
            "The 41-page report, released in February, includes several threats.",
            "According to the latest reports, Russia has gathered about 190,000 soldiers near the border."))
        #expect(a.quotes.map(\.speaker) == ["the latest reports"])
        #expect(a.figures.map(\.claimant) == [nil, "the latest reports"])
    }

    @Test func aFirmsShortNameIsItsFullName() {
        let q = marked(
            "Shares of Daiwa Securities jumped on talk of a merger with a bank.",
            "Daiwa said that \u{201C}there are no plans to enter into negotiations\u{201D}.")
        #expect(q.map(\.speaker) == ["Daiwa Securities"])
    }

    @Test func aTimeWordBeforeTheSubjectIsALeadIn() {
        let q = marked(
            "\u{201C}We will put in place appropriate care for our patients,\u{201D} said the health board.",
            "Earlier, David Rowe, Chief Executive of Hereford Hospitals NHS Trust, had said: \u{201C}It is with real regret that we have taken this step.\u{201D}")
        #expect(q.map(\.speaker) == ["the health board", "David Rowe"])
    }

    @Test func aDocumentSpeaksForWhoeverIssuedIt() {
        let q = marked(
            "In adverts entitled An Open Letter from chief executive Sidney Tarrel, the company defends its drug. \u{201C}It was simply wrong to suggest that information was missing,\u{201D} the letter says.",
            "In a statement, Marta Klein said the comment had been taken out of context. \u{201C}He fully supports the plan,\u{201D} said the statement.",
            "Parents sent a letter to the board.")
        #expect(q.map(\.speaker) == ["Sidney Tarrel", "Marta Klein"])
        // A letter nobody is said to have written still speaks as itself.
        let a = marked("Parents sent a letter to the board.", "\u{201C}Our children deserve schools that stay open all year,\u{201D} the letter reads.")
        #expect(a.first?.speaker == "the letter")
    }

    @Test func aRoleRefersToTheSubjectOfTheSentenceBefore() {
        let q = extractor.analyze(article(
            "Gordon Brennan has issued a rallying cry to supporters before the vote.",
            "The chancellor said the vote would give a \u{201C}clear and fundamental\u{201D} choice.",
            "Speaking in Gateshead, Mr Brennan claimed the health service was not safe.")).quotes
        #expect(q.first(where: { $0.text.contains("fundamental") })?.speaker == "Gordon Brennan")
    }

    @Test func theLeadsDescriptionIsTheNameThatOpensTheNextParagraph() {
        let q = extractor.analyze(article(
            "The Conservatives have been \u{201C}a lot smarter\u{201D} in the campaign, a Labour backbencher has said.",
            "Derek Whyte said a five-month campaign had turned off voters.")).quotes
        #expect(q.first?.speaker == "Derek Whyte")
        #expect(q.first?.mention == "a Labour backbencher")
        // Further down the article a description stays unnamed.
        let later = extractor.analyze(article(
            "Voters went to the polls on Thursday.",
            "The Conservatives have been \u{201C}a lot smarter\u{201D} in the campaign, a Labour backbencher has said.",
            "Derek Whyte said a five-month campaign had turned off voters.")).quotes
        #expect(later.first?.speaker != "Derek Whyte")
    }

    @Test func whoIsAllegedToHaveSaidIt() {
        let q = extractor.analyze(article(
            "UKIP suspended John Houston on Monday.",
            "Mr Houston is alleged to have said that prisons should be \u{201C}made available to the community\u{201D} for work.")).quotes
        #expect(q.first(where: { $0.text.contains("made available") })?.speaker == "John Houston")
    }

    @Test func theSubjectIsBeforeAParticiplesPlace() {
        let q = marked("Protesters marching through the streets chanted \u{201C}What curfew?\u{201D} and kept going until 2 a.m.")
        #expect(q.first?.speaker == "Protesters")
    }
}

extension QuoteSpeakerTests {
    @Test func aBracketedPartySitsBetweenTheNameAndItsAside() {
        let q = extractor.analyze(article(
            "\u{201C}They would just go get them,\u{201D} Rep. Luis Ortega (R-Ohio), a panel member, said in a phone interview.")).quotes
        #expect(q.first?.speaker == "Luis Ortega")
    }

    @Test func anUnnamedSourceAfterSaidKeepsWhatQualifiesIt() {
        let q = extractor.analyze(article(
            "\u{201C}The committee is in a frenzy and lurching,\u{201D} said one Democratic source on the panel.",
            "\u{201C}Cancellations are not unusual in the industry,\u{201D} wrote analysts from Halvard Brothers in a note to clients.")).quotes
        #expect(q.map(\.speaker) == ["one Democratic source on the panel", "analysts from Halvard Brothers"])
    }

    @Test func aSpeechVerbWeCannotReadKeepsTheLastSpeakerAway() {
        // The paragraph's own "said" names someone unreadable (a garbled name): unknown, never
        // the person of the paragraph before.
        let q = extractor.analyze(article(
            "\u{201C}We are ready,\u{201D} said Anna Berg.",
            "\u{201C}Europe must defend itself,\u{201D} French President Fran\u{00A7}ois Hollande said Friday.")).quotes
        #expect(q.last?.speaker != "Anna Berg")
    }

    @Test func saidThisMonthIsWhenNotWhat() {
        let q = marked("\u{201C}Let us sit there and just debate, because the system is rigged,\u{201D} Trump said this month on CNBC.")
        #expect(q.first?.speaker == "Trump")
    }

    @Test func aVerdictIsFollowedByItsSpeakersWords() {
        let q = extractor.analyze(article(
            "His former partner, Lawrence B. Cummings, called him a master at deals. \u{201C}He showed again and again an ability to put together deals.\u{201D}")).quotes
        #expect(q.first?.speaker == "Lawrence B. Cummings")
    }

    @Test func aNicknameInMarksIsPartOfTheName() {
        let q = extractor.analyze(article(
            "Another player - Jimmy \u{201C}the Whirlwind\u{201D} White - admitted missing lessons. \u{201C}Tony Meo and me used to spend our spare time there,\u{201D} Mr White said.")).quotes
        #expect(q.count == 1)
        #expect(q.first?.text.hasPrefix("Tony Meo") == true)
        // A surname that is also a word ("White") is a name after an honorific.
        #expect(q.first?.speaker?.hasSuffix("White") == true)
    }

    @Test func theClauseSubjectIntroducesTheParagraphAfterItsColon() {
        let q = extractor.analyze(article(
            "On July 6, 2015, Sanders made the following comment:",
            "\u{201C}For young people who have graduated high school, the unemployment rate is 33 percent.\u{201D}",
            "While having a heated debate, a friend commented: \u{201C}For you, immigration is the most important reason.\u{201D}")).quotes
        #expect(q.map(\.speaker) == ["Sanders", "a friend"])
    }

    @Test func aDateWithASlashStartsTheTitle() {
        let q = marked("\u{201C}The rationales to veto the bill do not hold weight,\u{201D} said 9/11 widow Terry Strada.")
        #expect(q.first?.speaker == "Terry Strada")
    }

    @Test func aPossessiveBeforeANounForPeopleIsADescription() {
        let q = marked("\u{201C}We live in a hard kingdom,\u{201D} my father often said.")
        #expect(q.first?.speaker == "my father")
        // Not a Miss named Universe.
        let m = extractor.analyze(article("Alicia Machado, a former Miss Universe, spoke on Monday.", "\u{201C}He was cruel,\u{201D} she said.")).quotes
        #expect(m.first?.speaker == "Alicia Machado")
    }

    @Test func aNameBeforeASpeechVerbsIngFormSpeaks() {
        let q = marked("The ad uses footage of Hillary Clinton asking, \u{201C}Why aren\u{2019}t I 50 points ahead, you might ask?\u{201D}")
        #expect(q.first?.speaker == "Hillary Clinton")
    }

    @Test func theNameBeforeAnIngFormOutranksTheClausesVerb() {
        let q = marked("The spot concludes with footage of Trump saying during the debate last week, \u{201C}That makes me smart,\u{201D} when Clinton blasted him.")
        #expect(q.first?.speaker == "Trump")
    }

    @Test func anEmployerAfterForIsNotPartOfTheName() {
        let q = marked("\u{201C}The impact of the debate is still small,\u{201D} wrote Cameron Easley for Morning Consult.")
        #expect(q.first?.speaker == "Cameron Easley")
    }

    @Test func aSingerSpeaksTheLyrics() {
        let q = marked("\u{201C}Promise mama you\u{2019}ll keep your hands in sight,\u{201D} Blige sings to Clinton.")
        #expect(q.first?.speaker == "Blige")
    }

    @Test func aPronounRefersBackFromWhereItIsWritten() {
        let q = extractor.analyze(article(
            "Gerald Conlon said the families were delighted with the apology.",
            "He said Mr Blair had spoken with \u{201C}such sincerity\u{201D}, adding: \u{201C}He went beyond what we thought he would.\u{201D}")).quotes
        #expect(q.first(where: { $0.text.hasPrefix("He went") })?.speaker == "Gerald Conlon")
    }

    @Test func aTitleInMarksHandsNoSpeakerOn() {
        // The show's name in marks is no one's words; the state in brackets is not the name.
        let q = extractor.analyze(article(
            "On \u{201C}Face the Nation,\u{201D} Sen. Bernie Sanders (Vt.), who lost the primaries, identified young voters\u{2019} exhaustion as one of the reasons. \u{201C}The younger people are sick and tired of discrimination.\u{201D}")).quotes
        #expect(q.first(where: { $0.text.hasPrefix("The younger") })?.speaker == "Bernie Sanders")
    }

    @Test func aPassiveNamesItsSpeakerAfterBy() {
        let q = marked("\u{201C}American Skin (41 Shots)\u{201D} was written by Springsteen after the shooting.")
        #expect(q.first?.speaker == "Springsteen")
    }

    @Test func aFirmsPossessiveNameKeepsItsOrganisationWord() {
        let q = extractor.analyze(article(
            "Southcorp has rejected a takeover offer from brewing giant Foster\u{2019}s Group.",
            "Foster\u{2019}s said a combination of the two companies would create a global player.")).quotes
        #expect(q.first?.speaker == "Foster\u{2019}s Group")
    }

    @Test func declaringItselfIsALabel() {
        let q = marked("General Electric has posted a jump in sales, and declared itself \u{201C}in great shape\u{201D}.")
        #expect(q.first?.speaker == "General Electric")
    }

    @Test func theyIsTheGroupThatJustSpoke() {
        let q = extractor.analyze(article(
            "Charles Kennedy said students can decide the fate of MPs.",
            "The Conservatives say they would abolish university tuition fees.",
            "They say the Lib Dem policy would leave universities dependent on the \u{201C}goodwill\u{201D} of the chancellor.")).quotes
        #expect(q.last?.mention == "They")
        #expect(q.last?.speaker == "Conservatives")
    }

    @Test func aNameEndingInANumberWordIsAGroup() {
        let q = extractor.analyze(article(
            "One of the so-called Guildford Four, Gerry Conlon - who was wrongly convicted - said the families were delighted. He said Mr Blair had spoken with \u{201C}such sincerity\u{201D}, adding: \u{201C}He went beyond what we thought he would.\u{201D}")).quotes
        #expect(q.first(where: { $0.text.hasPrefix("He went") })?.speaker == "Gerry Conlon")
    }

    @Test func aQuoteWithoutACueIsTheWordsOfWhoeverIsReportedNext() {
        let q = extractor.analyze(article(
            "The government wanted retirement ages to be \u{201C}increasingly consigned to the past\u{201D}. \u{201C}We are sweeping them away entirely for people under 65\u{201D}. Mr Johnson said his department had a long-term aim.")).quotes
        #expect(q.first(where: { $0.text.hasPrefix("We are sweeping") })?.speaker == "Johnson")
    }
}
