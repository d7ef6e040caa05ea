import XCTest
@testable import StorylineModel

/// The named things of `named-things.tsv` (products, vehicles, events, awards, laws, wars, indices) are CoNLL's MISC:
/// never read as actors, while the company before a product and a person who shares a thing's name stay actors.
/// The sentences are written for this test.
final class NamedThingsTests: XCTestCase {
    /// The names the tagger finds in one sentence of space-separated tokens, as "text TYPE" in CoNLL types.
    private func names(_ sentence: String) -> Set<String> {
        Set(ExtractionFixtures.taggedNames(sentence.split(separator: " ").map(String.init)).map { $0.text + " " + $0.type })
    }

    /// Asserts that the tagger finds `actor` ("text TYPE") in `sentence` and no name opening with any of `things`.
    private func assertFinds(_ actor: String, noName things: [String], in sentence: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        let found = names(sentence)
        XCTAssertTrue(found.contains(actor), "\(found)", file: file, line: line)
        XCTAssertFalse(found.contains { name in things.contains { name.hasPrefix($0) } }, "\(found)", file: file, line: line)
    }

    func testProductsAreNoActors() {
        let found = names("Users of Windows XP were told to move to Firefox or to Internet Explorer 9 before the deadline .")
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testTheCompanyBeforeItsProductStaysAnOrganisation() {
        assertFinds("Microsoft ORG", noName: ["Internet Explorer", "Microsoft Internet"],
                    in: "Analysts said Microsoft Internet Explorer lost ground to rival browsers last year .")
    }

    func testAModelAfterTheProductIsPartOfIt() {
        assertFinds("Sony ORG", noName: ["VR", "PlayStation"], in: "Sony said sales of the PlayStation VR headset were slower than expected .")
    }

    func testEventsAndAwardsAreNoActors() {
        assertFinds("Ana Ruiz PER", noName: ["Super Bowl", "Pulitzer"],
                    in: "Tickets for the Super Bowl sold out weeks before Ana Ruiz won the Pulitzer Prize .")
    }

    func testAPersonWhoSharesAThingsNameStaysAPerson() {
        let found = names("The cartoonist Johnnie Christmas signed copies at the library on Saturday .")
        XCTAssertTrue(found.contains("Johnnie Christmas PER"), "\(found)")
    }

    func testAnOrganisationNamedAfterAThingStaysAnOrganisation() {
        let found = names("The World Cup Organising Committee said ticket sales had doubled .")
        XCTAssertTrue(found.contains { $0.hasSuffix(" ORG") && $0.contains("Committee") }, "\(found)")
    }

    func testTheListHasNoActorNames() {
        // A named thing is never also a listed actor's name, which would make the two lists contradict each other.
        for row in Knowledge.rows("named-things.tsv") {
            for name in [row[0]] + (row.count > 2 ? row[2].split(separator: "|").map(String.init) : []) {
                let tokens = KnowledgeBase.keyTokens(name)
                let actor = KnowledgeBase.shared.entities.longestMatch(from: 0, count: tokens.count, key: { tokens[$0] })
                XCTAssertFalse(actor?.length == tokens.count, "\(name) is also a listed actor")
            }
        }
    }
}
