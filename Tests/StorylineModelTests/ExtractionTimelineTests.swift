import XCTest
@testable import StorylineModel

final class ExtractionTimelineTests: XCTestCase {
    func testBareMonthInAPastSentenceTakesTheArticleYear() throws {
        let corpus = ExtractionFixtures.corpus("date 2023-11-15 Envoys from Chile visited Peru in July to discuss water rights.")
        let event = try XCTUnwrap(corpus.events.first)
        XCTAssertEqual(event.date, "2023-07")
        XCTAssertEqual(event.expression, "July")
        XCTAssertEqual(Set(event.actors), ["chile", "peru"])
        XCTAssertEqual(event.article, "a0")
        XCTAssertEqual(event.sentence, 0)
        XCTAssertEqual(event.sources, [EventSource(article: "a0", sentence: 0, expression: "July")])
    }

    func testBareMonthAcrossAYearBoundary() {
        let corpus = ExtractionFixtures.corpus("date 2024-01-10 Norway signed the accord with Iceland in December.")
        XCTAssertEqual(corpus.events.map(\.date), ["2023-12"])
    }

    func testRelativeExpressions() {
        let corpus = ExtractionFixtures.corpus("""
        date 2023-11-15 Kenya announced the plan last week. Uganda objected yesterday. Tanzania will respond later this month.
        Rwanda has opposed such plans since 2019, and Burundi first raised them in February 2022.
        """)
        XCTAssertEqual(corpus.events.map(\.date), ["2023-W45", "2023-11-14", "2023-11", "2019", "2022-02"])
    }

    func testUndatedArticleKeepsRelativeDatesUnresolved() {
        let corpus = ExtractionFixtures.corpus("Envoys from Chile visited Peru in July.")
        XCTAssertEqual(corpus.articles[0].date, nil)
        XCTAssertEqual(corpus.articles[0].anchor, nil)
        XCTAssertEqual(corpus.events.map(\.date), ["XXXX-07"])
    }

    func testUndatedArticleTakesItsAnchorFromItsStory() {
        let corpus = ExtractionFixtures.corpus(
            "date 2023-11-15 Finance Minister Petra Novak of Slovakia met Hungarian officials in Budapest over the pipeline dispute. Novak said the pipeline talks would go on.",
            "Slovak Finance Minister Petra Novak held pipeline talks with Hungarian officials in July, and Novak returned to Budapest for the pipeline dispute.")
        XCTAssertEqual(corpus.articles[0].story, corpus.articles[1].story)
        XCTAssertEqual(corpus.articles[1].date, nil)
        XCTAssertEqual(corpus.articles[1].anchor, SimpleDate(year: 2023, month: 11, day: 15))
        XCTAssertEqual(corpus.articles[1].anchorSource, .story)
        XCTAssertEqual(corpus.articles[0].anchorSource, .article)
        XCTAssertTrue(corpus.events.contains { $0.article == "a1" && $0.date == "2023-07" })
    }

    func testSummaryIsTheClauseNotTheSentence() throws {
        let corpus = ExtractionFixtures.corpus("""
        date 2023-11-15 The committee, which has met every month since it was formed by parliament to review the budget, \
        said on Thursday that Estonia would pay its share, according to a statement released by the finance ministry.
        """)
        let event = try XCTUnwrap(corpus.events.first { $0.expression.contains("Thursday") })
        XCTAssertEqual(event.date, "2023-11-09")
        XCTAssertTrue(event.summary.contains("Thursday"))
        XCTAssertLessThan(event.summary.count, corpus.articles[0].sentences[0].text.count)
        XCTAssertLessThanOrEqual(event.summary.split(separator: " ").count, 31)
    }

    func testTheSameHappeningInOneStoryIsOneEventWithSources() throws {
        let corpus = ExtractionFixtures.corpus(
            "date 2023-11-15 Foreign Minister Ivo Petrov of Bulgaria visited Romania in July for border talks. Petrov discussed the border talks.",
            "date 2023-11-16 Bulgarian Foreign Minister Ivo Petrov visited Romania in July, and the border talks with Petrov went on.")
        XCTAssertEqual(corpus.articles[0].story, corpus.articles[1].story)
        let july = corpus.events.filter { $0.date == "2023-07" }
        XCTAssertEqual(july.count, 1, "\(july)")
        XCTAssertEqual(july.first?.sources.map(\.article), ["a0", "a1"])
    }

    func testAgesAndCountsAreNotEvents() {
        let corpus = ExtractionFixtures.corpus("date 2015-08-21 A 22-year-old student from Oslo won 84,121 votes.")
        XCTAssertEqual(corpus.events, [])
    }
}

final class ExtractionStoryTests: XCTestCase {
    func testArticlesOnTheSameThingShareAStoryAndOthersDoNot() {
        let corpus = ExtractionFixtures.corpus(
            "date 2023-03-01 Prime Minister Aino Laine of Finland met NATO officials in Brussels about Finnish membership. Laine said membership talks went well.",
            "date 2023-03-02 Finnish Prime Minister Aino Laine said NATO membership talks in Brussels went well, and Laine thanked NATO.",
            "date 2023-03-02 Brazilian farmers harvested a record soybean crop, the agriculture ministry in Brasília said.")
        let stories = Dictionary(grouping: corpus.articles, by: { $0.story ?? "" })
        XCTAssertEqual(corpus.stories.count, 2)
        XCTAssertEqual(corpus.articles[0].story, corpus.articles[1].story)
        XCTAssertNotEqual(corpus.articles[0].story, corpus.articles[2].story)
        XCTAssertEqual(stories.count, 2)
        let story = corpus.stories.first { $0.articles.count == 2 }
        XCTAssertEqual(story?.articles, ["a0", "a1"])
        XCTAssertTrue(story?.actors.contains("aino-laine") ?? false)
        XCTAssertEqual(story?.id, "story-a0")
    }

    func testArticlesFarApartInTimeAreSeparateStories() {
        let corpus = ExtractionFixtures.corpus(
            "date 2020-03-01 Prime Minister Aino Laine of Finland met NATO officials in Brussels about membership. Laine said talks went well.",
            "date 2023-03-02 Prime Minister Aino Laine of Finland met NATO officials in Brussels about membership. Laine said talks went well.")
        XCTAssertNotEqual(corpus.articles[0].story, corpus.articles[1].story)
    }

    func testExtractionIsDeterministic() {
        let texts = ["date 2023-11-15 Envoys from Chile visited Peru in July.", "Talks between Japan and China resumed.", "Iran supplied drones to Russia."]
        let first = ExtractionFixtures.corpus(texts)
        for _ in 0..<5 {
            let again = ExtractionFixtures.corpus(texts)
            XCTAssertEqual(again.actors, first.actors)
            XCTAssertEqual(again.relations, first.relations)
            XCTAssertEqual(again.events, first.events)
            XCTAssertEqual(again.stories, first.stories)
        }
    }
}

final class EmbeddedResourceTests: XCTestCase {
    func testSeedsAreEmbeddedByteForByte() throws {
        let folder = ExtractionFixtures.repository.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(Seeds.documents.map(\.path), files.map { "seeds/" + $0 })
        for (file, document) in zip(files, Seeds.documents) {
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(file)), document.data, "re-run scripts/embed-resources")
        }
    }

    func testKnowledgeFilesAreEmbeddedAsTheyAre() throws {
        let folder = ExtractionFixtures.repository.appendingPathComponent("Sources/StorylineModel/Resources")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        XCTAssertEqual(EmbeddedResources.knowledge.map(\.name), files)
        for file in files {
            XCTAssertEqual(Knowledge.text(file), try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
                           "\(file) changed: re-run scripts/embed-resources")
        }
    }

    func testTrainedModelsAreEmbeddedAsTheyAre() throws {
        let folder = ExtractionFixtures.repository.appendingPathComponent("Sources/StorylineModel/Resources")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".bin") }.sorted()
        XCTAssertEqual(EmbeddedResources.models.map(\.name), files)
        for file in files {
            XCTAssertEqual(Knowledge.data(file), try Data(contentsOf: folder.appendingPathComponent(file)), "re-run scripts/embed-resources")
        }
    }

    func testEveryKnowledgeFileSaysWhereItComesFrom() {
        for (name, _) in EmbeddedResources.knowledge {
            XCTAssertTrue(Knowledge.text(name).contains("Source:"), "\(name) has no Source: line")
        }
    }
}
