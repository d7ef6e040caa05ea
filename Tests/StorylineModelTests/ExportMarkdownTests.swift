import StorylineModel
import XCTest

final class ExportMarkdownTests: XCTestCase {
    private func markdown(_ corpus: Corpus = ExportFixture.corpus) -> String {
        CorpusExporter.render(corpus, options: ExportOptions(format: .markdown))
    }

    func testReportHasCountsStoriesAndALastSectionForLooseArticles() throws {
        let text = markdown()
        XCTAssertTrue(text.hasPrefix("# Storyline report\n\n3 articles · 4 actors · 1 relation · 2 events · 1 story\n"))
        let story = try XCTUnwrap(text.range(of: "\n## Kim and Putin talks\n"))
        let loose = try XCTUnwrap(text.range(of: "\n## Articles in no story\n"))
        XCTAssertLessThan(story.lowerBound, loose.lowerBound)
        XCTAssertTrue(text.contains("- **Kim Jong Un to meet Putin** — 2023-11-15 — a1\n"))
        XCTAssertTrue(text.contains("— ~2023-11-15 (inferred from story) — a2\n"))
        XCTAssertTrue(text.contains("- Kim Jong Un (person, Leader)\n"))
        XCTAssertTrue(text.contains("- North Korea (country)\n"))
        XCTAssertTrue(text.contains("- Kim Jong Un — meet ↔ Vladimir Putin (a1)\n"))
        XCTAssertTrue(text.contains("| Date | Expression | Summary | Actors | Sources |\n| --- | --- | --- | --- | --- |\n"))
        XCTAssertTrue(text.contains("| 2023-07 | in July | Shoigu visited Pyongyang in July | Pyongyang | a2:0, a3:2 |\n"))
        XCTAssertTrue(text.hasSuffix("\n"))
        XCTAssertEqual(text, markdown(), "deterministic")
    }

    func testActorsAndEventsAppearInEverySectionTheirArticlesAreIn() throws {
        var corpus = ExportFixture.corpus
        corpus.stories.append(Story(id: "s2", title: "Second story", articles: ["a3"], actors: []))
        corpus.articles[2].story = "s2"
        let text = markdown(corpus)
        let occurrences = { (needle: String) in text.components(separatedBy: needle).count - 1 }
        // Pyongyang is named in a2 (story s1) and a3 (story s2); the July event has a source in each.
        XCTAssertEqual(occurrences("- Pyongyang (place)\n"), 2)
        XCTAssertEqual(occurrences("| 2023-07 | in July |"), 2)
        XCTAssertEqual(occurrences("| 2023-11-15 | today |"), 1)
        XCTAssertEqual(occurrences("- Vladimir Putin (person, President)\n"), 1)
        let first = try XCTUnwrap(text.range(of: "\n## Kim and Putin talks\n"))
        let second = try XCTUnwrap(text.range(of: "\n## Second story\n"))
        XCTAssertLessThan(first.lowerBound, second.lowerBound)
        XCTAssertFalse(text.contains("Articles in no story"))
    }

    func testHostileArticleTextStaysInert() {
        let text = markdown()
        XCTAssertTrue(text.contains(#"\[click\](http\://evil) \<script\>alert(1)\</script\>"#))
        XCTAssertFalse(text.contains("[click](http://evil)"))
        XCTAssertFalse(text.contains("<script>"))
        // Every `[`, `<` in the output is escaped.
        for marker in ["[", "<"] {
            let unescaped = text.components(separatedBy: marker).dropLast().filter { !$0.hasSuffix("\\") }
            XCTAssertTrue(unescaped.isEmpty, "unescaped \(marker)")
        }
    }

    func testTableCellsKeepOneLineAndEscapePipes() {
        XCTAssertTrue(markdown().contains("| Kim and Putin \\| talks begin |"))
    }

    func testLineStartMarkupIsEscaped() {
        let titles = ["# Heading", "- item", "1. first", "*bold* _it_ `code` ~strike~", "back\\slash", "> quote"]
        var corpus = Corpus(articles: titles.enumerated().map { i, title in
            ExportFixture.article("x\(i)", title: title, date: nil, story: "s")
        })
        corpus.stories = [Story(id: "s", title: "# Not a heading\n## nor this", articles: corpus.articles.map(\.id), actors: [])]
        let text = markdown(corpus)
        // Only a leading `#` opens a heading; a line break inside the title becomes a space.
        XCTAssertTrue(text.contains("\n## \\# Not a heading ## nor this\n"))
        XCTAssertTrue(text.contains("- **\\# Heading** — undated"))
        XCTAssertTrue(text.contains("- **\\- item**"))
        XCTAssertTrue(text.contains("- **1\\. first**"))
        XCTAssertTrue(text.contains(#"\*bold\* \_it\_ \`code\` \~strike\~"#))
        XCTAssertTrue(text.contains(#"back\\slash"#))
        XCTAssertTrue(text.contains(#"\> quote"#))
        XCTAssertFalse(text.contains("Articles in no story"))
    }

    func testEmptyCorpus() {
        XCTAssertEqual(markdown(Corpus()), "# Storyline report\n\n0 articles · 0 actors · 0 relations · 0 events · 0 stories\n")
    }
}
