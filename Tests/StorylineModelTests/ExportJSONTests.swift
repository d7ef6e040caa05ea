import StorylineModel
import XCTest

final class ExportJSONTests: XCTestCase {
    private func render(_ corpus: Corpus = ExportFixture.corpus) -> String {
        CorpusExporter.render(corpus, options: ExportOptions(format: .json))
    }

    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return try XCTUnwrap(object as? [String: Any])
    }

    /// Keys of the objects at one indentation level, in the order written.
    private func keys(in text: String, indent: Int) -> [String] {
        let prefix = String(repeating: " ", count: indent) + "\""
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(prefix), let colon = line.range(of: "\": ") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: prefix.count)..<colon.lowerBound])
        }
    }

    func testTopLevelKeysAreInTheDocumentedOrder() {
        XCTAssertEqual(keys(in: render(), indent: 2), ["schema", "articles", "actors", "relations", "events", "stories"])
        XCTAssertEqual(keys(in: render(Corpus()), indent: 2), ["schema", "articles", "actors", "relations", "events", "stories"])
    }

    func testRecordKeysAreInTheDocumentedOrder() {
        let text = render()
        // Records sit at indent 6; the first record of each array comes first, so slice by the array keys.
        func recordKeys(of array: String, upTo next: String) -> [String] {
            let start = text.range(of: "\n  \"\(array)\": [")!.upperBound
            let end = text.range(of: "\n  \"\(next)\"", range: start..<text.endIndex)?.lowerBound ?? text.endIndex
            let keys = self.keys(in: String(text[start..<end]), indent: 6)
            // One record's keys: up to the first repeat.
            var seen: [String] = []
            for key in keys { if seen.contains(key) { break }; seen.append(key) }
            return seen
        }
        XCTAssertEqual(recordKeys(of: "articles", upTo: "actors"),
                       ["id", "path", "title", "date", "anchor", "anchorSource", "story"])
        XCTAssertEqual(recordKeys(of: "actors", upTo: "relations"),
                       ["id", "name", "kind", "aliases", "role", "mentions", "articles"])
        XCTAssertEqual(recordKeys(of: "relations", upTo: "events"),
                       ["subject", "predicate", "object", "symmetric", "article", "sentence"])
        XCTAssertEqual(recordKeys(of: "events", upTo: "stories"),
                       ["date", "expression", "summary", "actors", "article", "sentence", "sources"])
        XCTAssertEqual(recordKeys(of: "stories", upTo: "none"), ["id", "title", "articles", "actors"])
    }

    func testShapeParsesBackWithEveryKeyPresent() throws {
        let document = try parse(render())
        XCTAssertEqual(document["schema"] as? String, "storyline/1")
        let articles = try XCTUnwrap(document["articles"] as? [[String: Any]])
        XCTAssertEqual(articles.map { $0["id"] as? String }, ["a1", "a2", "a3"])
        for article in articles {
            XCTAssertEqual(Set(article.keys), ["id", "path", "title", "date", "anchor", "anchorSource", "story"])
        }
        XCTAssertEqual(articles[0]["date"] as? String, "2023-11-15")
        XCTAssertEqual(articles[0]["anchorSource"] as? String, "article")
        XCTAssertTrue(articles[1]["date"] is NSNull)
        XCTAssertEqual(articles[1]["anchor"] as? String, "2023-11-15")
        XCTAssertEqual(articles[1]["anchorSource"] as? String, "story")
        XCTAssertTrue(articles[2]["story"] is NSNull)
        XCTAssertTrue(articles[2]["anchor"] is NSNull)
        XCTAssertTrue(articles[2]["anchorSource"] is NSNull)

        let actors = try XCTUnwrap(document["actors"] as? [[String: Any]])
        XCTAssertEqual(actors.count, 4)
        XCTAssertEqual(actors[0]["aliases"] as? [String], ["Kim", "Kim Jong-un"])
        XCTAssertEqual(actors[0]["mentions"] as? Int, 3)
        XCTAssertEqual(actors[0]["kind"] as? String, "person")
        XCTAssertTrue(actors[2]["role"] is NSNull)
        XCTAssertEqual(actors[3]["aliases"] as? [String], [])

        let relation = try XCTUnwrap((document["relations"] as? [[String: Any]])?.first)
        XCTAssertEqual(relation["symmetric"] as? Bool, true)
        XCTAssertEqual(relation["sentence"] as? String, "Kim will meet Putin, \"soon\".")

        let event = try XCTUnwrap((document["events"] as? [[String: Any]])?.first)
        XCTAssertEqual(event["sentence"] as? String, "Shoigu visited Pyongyang in July.")
        let sources = try XCTUnwrap(event["sources"] as? [[String: Any]])
        XCTAssertEqual(sources.count, 2)
        XCTAssertEqual(Set(sources[1].keys), ["article", "sentence", "expression"])
        XCTAssertEqual(sources[1]["article"] as? String, "a3")
        XCTAssertEqual(sources[1]["sentence"] as? Int, 2)
        XCTAssertEqual(sources[1]["expression"] as? String, "last July")

        let story = try XCTUnwrap((document["stories"] as? [[String: Any]])?.first)
        XCTAssertEqual(story["articles"] as? [String], ["a1", "a2"])
        XCTAssertEqual(story["actors"] as? [String], ["kim-jong-un", "vladimir-putin"])
    }

    func testStringsAreEscapedAndRoundTrip() throws {
        let tricky = "quote \" backslash \\ slash / newline \n tab \t cr \r nul \u{0} bell \u{07} del \u{7F} "
            + "é 北朝鮮 🇰🇵 line-sep \u{2028} para-sep \u{2029} end"
        var corpus = Corpus(articles: [ExportFixture.article("x", title: tricky, date: nil, story: nil)])
        corpus.articles[0].path = "folder/with/slashes.txt"
        let text = render(corpus)
        let title = try XCTUnwrap((try parse(text)["articles"] as? [[String: Any]])?.first?["title"] as? String)
        XCTAssertEqual(title, tricky)
        XCTAssertTrue(text.contains("é 北朝鮮 🇰🇵"), "non-ASCII is written as UTF-8")
        XCTAssertTrue(text.contains("folder/with/slashes.txt"), "slashes are not escaped")
        XCTAssertTrue(text.contains(#"\u0000"#) && text.contains(#"\u0007"#) && text.contains(#"\u2028"#))
        XCTAssertTrue(text.contains(#"quote \" backslash \\ slash / newline \n tab \t cr \r"#))
        XCTAssertFalse(text.contains("\u{0}"))
    }

    func testOutputIsDeterministicPrettyPrintedAndEndsWithANewline() {
        let first = render()
        XCTAssertEqual(first, render())
        XCTAssertEqual(first, CorpusExporter.render(ExportFixture.corpus, options: ExportOptions(format: .json)))
        XCTAssertTrue(first.hasPrefix("{\n  \"schema\": \"storyline/1\",\n  \"articles\": [\n    {\n      \"id\": \"a1\",\n"))
        XCTAssertTrue(first.hasSuffix("\n}\n"))
        XCTAssertFalse(first.contains("\t"))
    }

    func testEmptyCorpusHasEmptyArrays() throws {
        let text = render(Corpus())
        XCTAssertEqual(text, """
            {
              "schema": "storyline/1",
              "articles": [],
              "actors": [],
              "relations": [],
              "events": [],
              "stories": []
            }

            """)
        XCTAssertEqual(try parse(text)["schema"] as? String, "storyline/1")
    }

    func testFormatExtensions() {
        XCTAssertEqual(ExportFormat.allCases.map(\.fileExtension), ["json", "csv", "md"])
        XCTAssertEqual(ExportFormat(fileName: "out/report.MD"), .markdown)
        XCTAssertEqual(ExportFormat(fileName: "t.csv"), .csv)
        XCTAssertNil(ExportFormat(fileName: "t.txt"))
    }
}
