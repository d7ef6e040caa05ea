import XCTest
@testable import StorylineModel

final class ExtractionActorTests: XCTestCase {
    func testTitlesGiveRolesAndAffiliations() {
        let corpus = ExtractionFixtures.corpus("date 2023-05-10 German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.")
        let scholz = try? XCTUnwrap(corpus.actor("olaf-scholz"))
        XCTAssertEqual(scholz?.kind, .person)
        XCTAssertEqual(scholz?.role, "Chancellor")
        XCTAssertEqual(scholz?.affiliation, "germany")
        let macron = corpus.actor("emmanuel-macron")
        XCTAssertEqual(macron?.kind, .person)
        XCTAssertEqual(macron?.role, "President")
        XCTAssertEqual(macron?.affiliation, "france")
        XCTAssertNil(corpus.actor("chancellor"))
        XCTAssertNil(corpus.actor("president"))
    }

    func testLowerCaseTitlesBeforeNames() {
        let corpus = ExtractionFixtures.corpus("The bank's chief executive Maria Lindqvist said profits fell. Spokesman Tomas Berg declined to comment.")
        XCTAssertEqual(corpus.actor("maria-lindqvist")?.kind, .person)
        XCTAssertEqual(corpus.actor("maria-lindqvist")?.role, "chief executive")
        XCTAssertEqual(corpus.actor("tomas-berg")?.kind, .person)
    }

    func testOccupationsOfTheArtsAndMediaAreTitles() {
        let corpus = ExtractionFixtures.corpus("""
        Critic Tsedale Hailu wrote that the album was a love letter. The conductor Ilse Varnhaven took a bow. \
        Columnist Okon Duvet said so.
        """)
        XCTAssertEqual(corpus.actor("tsedale-hailu")?.role, "Critic")
        XCTAssertEqual(corpus.actor("ilse-varnhaven")?.kind, .person)
        XCTAssertEqual(corpus.actor("ilse-varnhaven")?.role, "conductor")
        XCTAssertEqual(corpus.actor("okon-duvet")?.role, "Columnist")
    }

    func testLaterShortFormsReferBackToFullNames() {
        let corpus = ExtractionFixtures.corpus("""
        Prime Minister Helena Varga announced new elections on Monday. Varga said the vote would be held in spring.
        Critics of Varga’s government called the move a gamble.
        """)
        let people = corpus.actors.filter { $0.kind == .person }
        XCTAssertEqual(people.map(\.name), ["Helena Varga"])
        XCTAssertEqual(people.first?.aliases, ["Varga"])
        XCTAssertEqual(people.first?.mentions, 3)
    }

    func testFirstWordOfAFullNameReferBack() {
        let corpus = ExtractionFixtures.corpus("Park Min Jun won the vote in Busan. Park thanked his supporters.")
        XCTAssertEqual(corpus.actor("park-min-jun")?.aliases, ["Park"])
    }

    func testCountryNamesDemonymsAndAbbreviationsAreOneActor() {
        let corpus = ExtractionFixtures.corpus("""
        U.S. officials met their Canadian counterparts. The United States and Canada agreed on tariffs.
        American farmers welcomed the deal, and the US Senate will vote on it.
        """)
        let us = corpus.actor("united-states")
        XCTAssertEqual(us?.kind, .country)
        XCTAssertEqual(Set(us?.aliases ?? []), ["U.S.", "American", "US"])
        XCTAssertEqual(corpus.actor("canada")?.aliases, ["Canadian"])
        XCTAssertEqual(corpus.actors.filter { $0.kind == .country }.count, 2)
    }

    func testOfficialNamesAndAbbreviationsOfCountries() {
        let corpus = ExtractionFixtures.corpus("Officials of the Democratic People's Republic of Korea met DPRK diplomats. North Korean media reported it.")
        XCTAssertEqual(Set(corpus.actor("north-korea")?.aliases ?? []), ["Democratic People's Republic of Korea", "DPRK", "North Korean"])
    }

    func testCapitalsStandForTheirState() throws {
        let corpus = ExtractionFixtures.corpus("Moscow rejected the proposal on Friday.", "Berlin welcomed the plan.")
        let moscow = try XCTUnwrap(corpus.actor("moscow"))
        XCTAssertEqual(moscow.kind, .place)
        XCTAssertEqual(moscow.standsFor, "russia")
        XCTAssertEqual(corpus.articleIDs(mentioning: "russia"), ["a0"])
        XCTAssertEqual(corpus.actor("kremlin"), nil)
    }

    func testSeatsOfGovernmentStandForTheirState() {
        let corpus = ExtractionFixtures.corpus("The Kremlin declined to comment.")
        XCTAssertEqual(corpus.actor("kremlin")?.standsFor, "russia")
    }

    func testOrganisationWordsMakeOrganisations() {
        let corpus = ExtractionFixtures.corpus("""
        The Federal Communications Commission fined the company. The Ministry of Health disagreed, and the Green Party \
        asked the Supreme Court to step in.
        """)
        XCTAssertEqual(corpus.actor("federal-communications-commission")?.kind, .organization)
        XCTAssertEqual(corpus.actor("ministry-of-health")?.kind, .organization)
        XCTAssertEqual(corpus.actor("green-party")?.kind, .organization)
        XCTAssertEqual(corpus.actor("supreme-court")?.kind, .organization)
    }

    func testCountryBeforeAnOrganisationIsNamedApart() {
        let corpus = ExtractionFixtures.corpus("A French Foreign Affairs Committee report and the Indian National Statistics Office disagree.")
        XCTAssertNotNil(corpus.actor("foreign-affairs-committee"))
        XCTAssertNotNil(corpus.actor("national-statistics-office"))
        XCTAssertNotNil(corpus.actor("france"))
        XCTAssertNotNil(corpus.actor("india"))
    }

    func testACountryInsideAnOrganisationsNameIsItsAffiliation() {
        let corpus = ExtractionFixtures.corpus("The Canadian Space Agency and the Swiss Federal Railways signed a deal with the Dutch Treasury.")
        XCTAssertEqual(corpus.actor("space-agency")?.aliases, ["Canadian Space Agency"])
        XCTAssertEqual(corpus.actor("space-agency")?.affiliation, "canada")
        XCTAssertEqual(corpus.actor("dutch-treasury")?.affiliation, "netherlands")
        XCTAssertEqual(corpus.actor("canada")?.mentions, 1, "the country is still named")
        XCTAssertEqual(corpus.actor("netherlands")?.aliases, ["Dutch"])
    }

    func testBuildingsNamedLikeOrganisationsArePlaces() {
        let corpus = ExtractionFixtures.corpus("Fans filled Hampden Park Stadium before the final.")
        XCTAssertEqual(corpus.actor("hampden-park-stadium")?.kind, .place)
    }

    func testAcronymsReferBackToTheirOrganisation() {
        let corpus = ExtractionFixtures.corpus("The National Transportation Safety Board (NTSB) opened an inquiry. The NTSB said it would report in May.")
        let board = corpus.actor("national-transportation-safety-board")
        XCTAssertEqual(board?.aliases, ["NTSB"])
        XCTAssertEqual(board?.mentions, 3)
    }

    func testACapitalThatIsAlsoAPlaceElsewhereDoesNotImplyItsCountry() {
        // Victoria is the Seychelles' capital and an Australian state.
        let corpus = ExtractionFixtures.corpus("Bushfires burned across Victoria on Monday, and Victoria declared a state of emergency.")
        XCTAssertNil(corpus.actor("seychelles"))
        XCTAssertEqual(corpus.actor("victoria")?.kind, .place)
        // A capital of one country stands for it still.
        let moscow = ExtractionFixtures.corpus("Moscow said on Monday that talks would resume.")
        XCTAssertEqual(moscow.actor("moscow")?.standsFor, "russia")
    }

    func testGroupsNamedByTheirFighters() {
        let corpus = ExtractionFixtures.corpus("Zhelani rebels attacked a tanker, and Russian forces shelled the port.")
        XCTAssertEqual(corpus.actor("zhelani")?.kind, .group)
        XCTAssertEqual(corpus.actor("zhelani")?.aliases, ["Zhelani rebels"])
        XCTAssertEqual(corpus.actor("russia")?.kind, .country)
    }

    func testSentenceOpenersMonthsAndTitlesAreNotActors() {
        let corpus = ExtractionFixtures.corpus("""
        Sources said the deal was close. However, Officials declined to comment. In July, President spoke briefly.
        Notably, Analysts expect rates to fall in September. Both sides agree.
        """)
        XCTAssertEqual(corpus.actors.map(\.name), [])
    }

    func testAPlaceAfterAPrepositionOfPlace() {
        let corpus = ExtractionFixtures.corpus("The summit will be held in Tashkentabad next year.")
        XCTAssertEqual(corpus.actor("tashkentabad")?.kind, .place)
    }

    func testAPersonBeforeAVerbOfSaying() {
        let corpus = ExtractionFixtures.corpus("“We will not stop,” Okonkwo said on Sunday.")
        XCTAssertEqual(corpus.actor("okonkwo")?.kind, .person)
    }

    func testActorsMergeAcrossArticlesByCanonicalName() {
        let corpus = ExtractionFixtures.corpus(
            "President Lena Ortiz visited Chile on Monday.",
            "Ortiz returned home after meeting Chilean officials.")
        let ortiz = corpus.actor("lena-ortiz")
        XCTAssertEqual(ortiz?.articles, ["a0", "a1"])
        XCTAssertEqual(corpus.actors.filter { $0.kind == .person }.count, 1)
        XCTAssertEqual(corpus.actor("chile")?.articles, ["a0", "a1"])
    }

    func testActorsAreSortedBySalienceWithSlugIds() {
        let corpus = ExtractionFixtures.corpus("Côte d'Ivoire and Ghana signed a deal. Ghana will export power to Côte d'Ivoire. Ghana said so.")
        XCTAssertEqual(corpus.actors.map(\.id), ["ghana", "ivory-coast"])
        XCTAssertEqual(corpus.actor("ivory-coast")?.aliases, ["Côte d'Ivoire"])
    }

    func testEveryMentionPointsIntoItsArticle() {
        let corpus = ExtractionFixtures.corpus("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.")
        let article = corpus.articles[0]
        let scalars = Array(article.text.unicodeScalars)
        for mention in corpus.mentions {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[mention.range])).replacingOccurrences(of: "\u{2019}", with: "'"), mention.text)
            XCTAssertTrue(article.sentences[mention.sentence].range.contains(mention.range.lowerBound))
        }
    }
}

final class SelectionTests: XCTestCase {
    func testALastNameFindsItsPersonWhenItIsUnique() {
        let corpus = ExtractionFixtures.corpus("President Lena Ortiz met Governor Tomas Berg and Governor Ana Berg in Quito.")
        let index = ActorIndex(corpus.actors)
        XCTAssertEqual(index.actor(named: "ortiz")?.id, "lena-ortiz")
        XCTAssertNil(index.actor(named: "berg"), "two people are called Berg")
        XCTAssertEqual(index.actor(named: "LENA ORTIZ")?.id, "lena-ortiz")
    }

    func testASubsetKeepsTheEvidenceOfTheArticleItKeeps() throws {
        let corpus = ExtractionFixtures.corpus(
            "date 2023-11-15 Foreign Minister Ivo Petrov of Bulgaria visited Romania in July for border talks. Petrov discussed the border talks.",
            "date 2023-11-16 Bulgarian Foreign Minister Ivo Petrov visited Romania in July, and the border talks with Petrov went on.")
        let event = try XCTUnwrap(corpus.events.first { $0.date == "2023-07" && $0.sources.count == 2 })
        let kept = corpus.subset(articles: ["a1"])
        let narrowed = try XCTUnwrap(kept.events.first { $0.date == event.date && $0.actors == event.actors })
        XCTAssertEqual(narrowed.article, "a1")
        XCTAssertEqual(narrowed.evidence, corpus.articles[1].sentences[narrowed.sentence].text)
    }
}
