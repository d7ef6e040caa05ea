import XCTest
@testable import StorylineModel

/// Extraction on real Wikinews articles (CC BY 2.5, see Fixtures/wikinews/README.md): news the code was not written for.
final class ExtractionWikinewsTests: XCTestCase {
    private static let corpus: Corpus = {
        let folder = ExtractionFixtures.fixtures.appendingPathComponent("wikinews").path
        return Pipeline.run(paths: [folder])
    }()

    private var corpus: Corpus { Self.corpus }

    func testArticlesTakeTheirDatesFromTheirDatelines() {
        let dates = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.date?.iso) })
        XCTAssertEqual(dates, ["clock": "2015-09-22", "flag": "2015-05-07", "korea": "2015-08-21"])
        XCTAssertEqual(corpus.articles.first { $0.id == "korea" }?.title, "North Korea puts military in 'quasi-state of war'")
        XCTAssertEqual(corpus.warnings, [])
    }

    func testKoreaActors() {
        XCTAssertEqual(corpus.actor("north-korea")?.aliases, ["DPRK"])
        XCTAssertEqual(corpus.actor("south-korea")?.kind, .country)
        XCTAssertEqual(corpus.actor("korean-central-news-agency")?.aliases, ["KCNA"])
        XCTAssertEqual(corpus.actor("korean-peoples-army")?.aliases, ["KPA"])
        XCTAssertEqual(corpus.actor("korean-peoples-army")?.kind, .organization)
        XCTAssertEqual(corpus.actor("kim-jong-un")?.kind, .person)
    }

    func testKoreaRelations() {
        XCTAssertTrue(corpus.hasRelation("north-korea", "fire", "south-korea"), corpus.relationLines)
        XCTAssertTrue(corpus.hasRelation("kim-jong-un", "order", "korean-peoples-army"), corpus.relationLines)
    }

    func testKoreaTimeline() {
        let korea = corpus.events.filter { $0.article == "korea" }
        XCTAssertTrue(korea.contains { $0.date == "2015-08-20" && $0.expression == "yesterday" }, "\(korea)")
        XCTAssertTrue(korea.contains { $0.date == "2015-08-20" && $0.expression.hasPrefix("Thursday") }, "\(korea)")
        XCTAssertTrue(korea.contains { $0.date == "2015-08-10" && $0.summary.contains("broadcasts began") }, "\(korea)")
    }

    func testFlagArticle() {
        XCTAssertEqual(corpus.actor("new-zealand")?.kind, .country)
        XCTAssertEqual(corpus.actor("john-key")?.role, "Prime Minister")
        let flag = corpus.events.filter { $0.article == "flag" }
        XCTAssertTrue(flag.contains { $0.date == "2015-05-05" && $0.expression == "Tuesday" }, "\(flag)")
        XCTAssertTrue(flag.contains { $0.date == "2015-05-16" }, "\(flag)")
    }

    func testClockArticle() {
        XCTAssertEqual(corpus.actor("barack-obama")?.role, "President")
        XCTAssertEqual(corpus.actor("google")?.kind, .organization)
        XCTAssertEqual(corpus.actor("united-nations")?.aliases, ["U.N."])
        let clock = corpus.events.filter { $0.article == "clock" }
        XCTAssertTrue(clock.contains { $0.date == "2015-09-14" && $0.expression == "September 14" }, "\(clock)")
        XCTAssertTrue(clock.contains { $0.date == "2015-09-21" && $0.expression == "Yesterday" }, "\(clock)")
    }

    func testUnrelatedArticlesAreSeparateStories() {
        XCTAssertEqual(corpus.stories.count, 3)
    }
}
