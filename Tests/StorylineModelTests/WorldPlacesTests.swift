import XCTest
@testable import StorylineModel

/// The first-level divisions and physical features of `places.tsv`: found as places, aliases merged, ambiguous names left out.
final class WorldPlacesTests: XCTestCase {
    func testRegionsOfTheWorldArePlaces() {
        let corpus = ExtractionFixtures.corpus("""
        Floods hit Tasmania and Lombardy on Monday. Rescuers were also sent to Saxony, Andalusia and Kerala, \
        and fighting went on in North Kivu and Kharkiv Oblast.
        """)
        let names = corpus.actors.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")
        for id in ["tasmania", "lombardy", "saxony", "andalusia", "kerala", "north-kivu", "kharkiv-oblast"] {
            XCTAssertEqual(corpus.actor(id)?.kind, .place, "\(id) in \(names)")
        }
    }

    func testSeasRiversAndMountainsArePlaces() {
        let corpus = ExtractionFixtures.corpus("""
        The tanker sailed from the Black Sea across the Mediterranean. Snow closed passes in the Alps and the \
        Himalayas, and the Danube burst its banks.
        """)
        let names = corpus.actors.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")
        for id in ["black-sea", "mediterranean", "alps", "himalayas", "danube"] {
            XCTAssertEqual(corpus.actor(id)?.kind, .place, "\(id) in \(names)")
        }
    }

    func testAnAliasIsTheSamePlace() {
        let corpus = ExtractionFixtures.corpus("""
        Hospitals in Lombardia ran out of beds. The governor of Lombardy asked Rome for help, \
        and aid also went to Nord-Kivu, where North Kivu officials counted the dead.
        """)
        XCTAssertEqual(corpus.actor("lombardy")?.mentions, 2)
        XCTAssertEqual(corpus.actor("north-kivu")?.mentions, 2)
        XCTAssertNil(corpus.actor("lombardia"))
        XCTAssertNil(corpus.actor("nord-kivu"))
    }

    func testAmbiguousNamesAreNotListedAsPlaces() {
        // "Georgia" is a country before it is a US state; "Brittany" and "Hudson" are people's names,
        // "Delta" an airline: the list makes none of them a place (the model may still read one as a place in context).
        for word in ["Georgia", "Brittany", "Hudson", "Delta", "Lazio", "Leinster"] {
            let match = KnowledgeBase.shared.entities.longestMatch(from: 0, count: 1, key: { _ in word })
            XCTAssertFalse(match?.length == 1 && match?.value.kind == .place, "\(word) is listed as a place")
        }
        let corpus = ExtractionFixtures.corpus("Voters in Georgia went to the polls on Sunday. Brittany Hale, a spokeswoman, said so.")
        XCTAssertEqual(corpus.actor("georgia")?.kind, .country)
        XCTAssertEqual(corpus.actor("brittany-hale")?.kind, .person)
    }
}
