import XCTest
import StorylineModel
@testable import StorylineUI

final class QueryTests: XCTestCase {
    let index = BrowserIndex(FixtureBuilder.korea())

    func names(_ query: String) -> [String] {
        index.candidates(for: query).map { index.actor($0).name }
    }

    func articles(_ text: String) -> [String] {
        guard let set = index.articles(matching: index.resolve(ActorQuery(text))) else { return index.corpus.articles.map(\.id) }
        return index.corpus.articles.indices.filter { set.contains($0) }.map { index.corpus.articles[$0].id }
    }

    func testParsesFzfOperators() {
        XCTAssertEqual(ActorQuery("kim putin").groups.map { $0.map(\.text) }, [["kim"], ["putin"]])
        XCTAssertEqual(ActorQuery("kim & putin").groups.map { $0.map(\.text) }, [["kim"], ["putin"]])
        XCTAssertEqual(ActorQuery("kim | putin").groups.map { $0.map(\.text) }, [["kim", "putin"]])
        XCTAssertEqual(ActorQuery("un kim|putin").groups.map { $0.map(\.text) }, [["un"], ["kim", "putin"]])
        XCTAssertEqual(ActorQuery("!russia").groups.map { $0.map(\.negated) }, [[true]])
        XCTAssertTrue(ActorQuery("  ").isEmpty)
    }

    func testCompletionIsFuzzyAndAliasAware() {
        XCTAssertEqual(names("kim").first, "Kim Jong Un")
        XCTAssertEqual(names("dprk").first, "North Korea")
        XCTAssertEqual(names("putin").first, "Vladimir Putin")
        XCTAssertEqual(names("vlput").first, "Vladimir Putin")
        XCTAssertEqual(names("united").first, "United Nations")
        XCTAssertEqual(names("").count, min(8, index.corpus.actors.count))
    }

    func testCountryIncludesItsCapital() {
        XCTAssertEqual(articles("dprk"), ["a1", "a3"])
    }

    func testAndOrNot() {
        XCTAssertEqual(articles("kim putin"), ["a1", "a2"])
        XCTAssertEqual(articles("kim | un"), ["a1", "a2", "a3", "a4"])
        XCTAssertEqual(articles("russia !kim"), ["a4"])
        XCTAssertEqual(articles("kim & !putin"), [])
        XCTAssertEqual(articles("xyzzy"), [])
    }

    func testDescribesResolvedQueryWithNames() {
        let resolved = index.resolve(ActorQuery("kim dprk|un !russia"))
        XCTAssertEqual(resolved.describe(index), "Kim Jong Un & (North Korea | United Nations) & !Russia")
    }
}
