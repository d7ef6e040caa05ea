import XCTest
@testable import StorylineModel

/// The well-known organisations of `organizations.tsv` (companies, news organisations, clubs and teams, parties) are
/// organisations wherever they are named, and the words left out of that list for being places or ordinary words
/// first stay what they are. The sentences are written for this test.
final class WellKnownOrganizationsTests: XCTestCase {
    /// The names the tagger finds in one sentence of space-separated tokens, as "text TYPE" in CoNLL types.
    private func names(_ sentence: String) -> Set<String> {
        Set(ExtractionFixtures.taggedNames(sentence.split(separator: " ").map(String.init)).map { $0.text + " " + $0.type })
    }

    /// Asserts that the tagger finds each of `expected` ("text TYPE") in `sentence`.
    /// The longest listed name that the words open, as the knowledge base matches it.
    private func listedMatch(_ tokens: [String]) -> (length: Int, value: KnownEntity)? {
        KnowledgeBase.shared.entities.longestMatch(from: 0, count: tokens.count, key: { tokens[$0] })
    }

    private func assertFinds(_ sentence: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let found = names(sentence)
        for name in expected { XCTAssertTrue(found.contains(name), "\(name) not in \(found)", file: file, line: line) }
    }

    func testCompaniesAreOrganisations() {
        assertFinds("Shares of Volkswagen rose after the carmaker agreed a supply deal with Lufthansa and Samsung Electronics .",
                    ["Volkswagen ORG", "Lufthansa ORG", "Samsung Electronics ORG"])
    }

    func testNewsOrganisationsAreOrganisations() {
        assertFinds("The report was first carried by Deutsche Welle and later confirmed by Interfax .", ["Deutsche Welle ORG", "Interfax ORG"])
    }

    func testClubsAndTeamsByFullNameAreOrganisations() {
        assertFinds("Manchester United drew with Borussia Dortmund in a friendly on Saturday .",
                    ["Manchester United ORG", "Borussia Dortmund ORG"])
        assertFinds("The New York Knicks lost at home to the Boston Celtics .", ["New York Knicks ORG", "Boston Celtics ORG"])
    }

    func testPartyAcronymsAreOrganisations() {
        assertFinds("Leaders of the BJP and the SPD met in Berlin to discuss trade .", ["BJP ORG", "SPD ORG", "Berlin LOC"])
    }

    func testAClubsTownAloneStaysAPlace() {
        assertFinds("She moved to Liverpool in 2019 to study medicine .", ["Liverpool LOC"])
        // The club by its fuller name is the organisation.
        assertFinds("Liverpool F.C. signed a young defender on Friday .", ["Liverpool F.C. ORG"])
    }

    func testExcludedAmbiguousWordsAreNotForcedToOrganisations() {
        for word in ["Liverpool", "Chelsea", "Arsenal", "Target", "Bulls", "Celtic", "Ajax", "Toyota", "Intel", "CCTV"] {
            let tokens = word.split(separator: " ").map(String.init)
            let match = listedMatch(tokens)
            XCTAssertFalse(match?.length == tokens.count && match?.value.kind == .organization, "\(word) is listed as an organisation")
        }
        // Its longer forms are listed.
        for name in ["Toyota Motor", "AFC Ajax", "Celtic F.C.", "Intel Corporation", "Chicago Bulls"] {
            let tokens = name.split(separator: " ").map(String.init)
            let match = listedMatch(tokens)
            XCTAssertEqual(match?.length, tokens.count, name)
            XCTAssertEqual(match?.value.kind, .organization, name)
        }
    }

    func testNationalBodiesOutsideTheUSAreOrganisations() {
        assertFinds("The energy regulator Ofgem and the Kenya Revenue Authority said on Tuesday that MI5 had been consulted .",
                    ["Ofgem ORG", "Kenya Revenue Authority ORG", "MI5 ORG"])
        assertFinds("Officers of the Economic and Financial Crimes Commission and the Shin Bet questioned him .",
                    ["Economic and Financial Crimes Commission ORG", "Shin Bet ORG"])
    }

    func testCompaniesAndClubsBeyondEuropeAreOrganisations() {
        assertFinds("Gor Mahia beat Peñarol while Safaricom and Ecopetrol announced results .",
                    ["Gor Mahia ORG", "Peñarol ORG", "Safaricom ORG", "Ecopetrol ORG"])
    }

    func testUniversitiesAndThinkTanksAreOrganisations() {
        assertFinds("Researchers at the University of Nairobi , Tsinghua University and Chatham House published the study .",
                    ["University of Nairobi ORG", "Tsinghua University ORG", "Chatham House ORG"])
    }

    func testWordsAndPlacesOfTheWorldwideListStayOut() {
        // Words, names and towns that are also companies, clubs, unions or newspapers are not listed alone.
        for word in ["Vale", "Santos", "Dawn", "Unison", "Sundowns", "River Plate", "Chivas"] {
            let tokens = word.split(separator: " ").map(String.init)
            let match = listedMatch(tokens)
            XCTAssertFalse(match?.length == tokens.count && match?.value.kind == .organization, "\(word) is listed as an organisation")
        }
        for name in ["Vale S.A.", "Santos Limited", "UNISON", "Mamelodi Sundowns", "Club Atlético River Plate", "Chivas de Guadalajara"] {
            let tokens = name.split(separator: " ").map(String.init)
            let match = listedMatch(tokens)
            XCTAssertEqual(match?.length, tokens.count, name)
            XCTAssertEqual(match?.value.kind, .organization, name)
        }
    }

    func testPeoplesAreGroupsNamedByTheirAdjective() {
        let corpus = ExtractionFixtures.corpus("Officials met on Monday.\nKurdish fighters and Hutu refugees crossed, and Hispanic voters backed him.")
        for id in ["kurds", "hutus", "hispanics"] { XCTAssertEqual(corpus.actor(id)?.kind, .group, id) }
        // A people's name that is also a given name is left out: "Karen" stays a person.
        XCTAssertEqual(ExtractionFixtures.corpus("Karen Blake said the road was closed.").actor("karen-blake")?.kind, .person)
    }

    func testCompaniesAreFoundByTheShortNameNewsUses() {
        // "Disney" alone is the Walt Disney Company, and the Corp./Co. forms of news style name the listed company.
        assertFinds("Disney and Intel Corp. both reported higher profits on Tuesday .", ["Disney ORG", "Intel Corp. ORG"])
        for (alias, canonical) in [("Disney", "Walt Disney Company"), ("Walt Disney Co.", "Walt Disney Company"),
                                   ("Intel Corp.", "Intel Corporation"), ("Ford Motor Co.", "Ford Motor Company"),
                                   ("McKinsey & Co.", "McKinsey & Company")] {
            let tokens = KnowledgeBase.keyTokens(alias)
            let match = listedMatch(tokens)
            XCTAssertEqual(match?.length, tokens.count, alias)
            XCTAssertEqual(match?.value.canonical, canonical, alias)
        }
        // A short form that is a surname stays out: "Ford" alone is not the carmaker.
        let tokens = ["Ford"]
        let match = listedMatch(tokens)
        XCTAssertFalse(match?.length == 1 && match?.value.kind == .organization, "Ford is listed as an organisation")
    }

    func testTechnologyMediaAndMusicOrganisationsAreOrganisations() {
        assertFinds("Ubisoft and Cloudflare said on Monday that posts on 4chan had been removed , Rolling Stone reported .",
                    ["Ubisoft ORG", "Cloudflare ORG", "4chan ORG", "Rolling Stone ORG"])
        assertFinds("Members of Duran Duran and Coldplay signed the letter with Sub Pop and Riot Games .",
                    ["Duran Duran ORG", "Coldplay ORG", "Sub Pop ORG", "Riot Games ORG"])
        // Names that are also ordinary words are kept only in a longer form: "Twitch", "Valve", "Queen" and "Muse" are not listed.
        for word in ["Twitch", "Valve", "Queen", "Muse", "Motown", "Supercell"] {
            let tokens = [word]
            let match = listedMatch(tokens)
            XCTAssertFalse(match?.length == 1 && match?.value.kind == .organization, "\(word) is listed as an organisation")
        }
        for name in ["Twitch Interactive", "Valve Corporation", "Motown Records"] {
            let tokens = name.split(separator: " ").map(String.init)
            let match = listedMatch(tokens)
            XCTAssertEqual(match?.length, tokens.count, name)
            XCTAssertEqual(match?.value.kind, .organization, name)
        }
    }

    func testAnExcludedGivenNameStaysAPerson() {
        assertFinds("Chelsea Morgan , a nurse from Leeds , told the inquiry she had raised the alarm .", ["Chelsea Morgan PER"])
    }
}
