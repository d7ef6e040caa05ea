import XCTest
@testable import StorylineModel

/// The benchmark's word count, measurement and synthetic corpus (no timing thresholds: figures vary by machine).
final class EvalBenchmarkTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-bench-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func sources() throws -> [Article] {
        let texts = [
            "date 2023-09-13\nKim meets Putin\n\nKim Jong Un met Vladimir Putin in Vladivostok on Wednesday. They talked.\n",
            "date 2023-10-02\nMacron hosts Scholz\n\nEmmanuel Macron met Olaf Scholz in Paris on Monday. Prices rose. Talks ended.\n",
        ]
        return try texts.enumerated().map { index, text in
            try XCTUnwrap(ArticleReader.parse(id: "a\(index)", path: "a\(index).txt", data: Data(text.utf8)).article)
        }
    }

    func testWordCountIsRunsOfNonWhitespace() {
        XCTAssertEqual(Benchmark.wordCount(""), 0)
        XCTAssertEqual(Benchmark.wordCount("  one\ttwo\n\nthree,four  "), 3)
        XCTAssertEqual(Benchmark.wordCount("Café — 2023"), 3)
    }

    func testGeneratedArticlesAreDeterministicAndMadeOfSourceSentences() throws {
        let sources = try sources()
        let corpus = try XCTUnwrap(BenchmarkCorpus(sources: sources, seed: 7))
        XCTAssertEqual(corpus.article(5), try XCTUnwrap(BenchmarkCorpus(sources: sources, seed: 7)).article(5))
        XCTAssertNotEqual((0..<20).map(corpus.article), (0..<20).map(try XCTUnwrap(BenchmarkCorpus(sources: sources, seed: 8)).article))
        let known = Set(sources.flatMap { $0.sentences.map(\.text) })
        for index in 0..<20 {
            let text = corpus.article(index)
            let article = try XCTUnwrap(ArticleReader.parse(id: "g", path: "g.txt", data: Data(text.utf8)).article)
            XCTAssertNotNil(article.date, "the date header is read")
            XCTAssertTrue(["Kim meets Putin", "Macron hosts Scholz"].contains(article.title))
            XCTAssertTrue(article.sentences.allSatisfy { known.contains($0.text) }, text)
        }
    }

    func testNoSentencesNoCorpus() {
        XCTAssertNil(BenchmarkCorpus(sources: []))
    }

    func testWritesShardedFilesAndRefusesAFolderThatIsNotEmpty() throws {
        let corpus = try XCTUnwrap(BenchmarkCorpus(sources: try sources()))
        let words = try corpus.write(count: 1002, to: folder.path)
        XCTAssertEqual(BenchmarkCorpus.relativePath(of: 1001), "001/001001.txt")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["000", "001"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("001").path).count, 2)
        let second = try String(contentsOf: folder.appendingPathComponent("000/000001.txt"), encoding: .utf8)
        XCTAssertEqual(second, corpus.article(1))
        XCTAssertEqual(words, (0..<1002).reduce(0) { $0 + Benchmark.wordCount(corpus.article($1)) })
        XCTAssertThrowsError(try corpus.write(count: 1, to: folder.path))
    }

    func testMeasureCountsArticlesAndWordsOfWhatItRead() throws {
        let corpus = try XCTUnwrap(BenchmarkCorpus(sources: try sources()))
        let words = try corpus.write(count: 30, to: folder.path)
        let measurement = Benchmark.measure(paths: [folder.path])
        XCTAssertEqual(measurement.articles, 30)
        XCTAssertEqual(measurement.words, words)
        XCTAssertTrue(measurement.warnings.isEmpty)
        XCTAssertGreaterThan(measurement.seconds, 0)
        XCTAssertEqual(measurement.seconds, measurement.readSeconds + measurement.extractSeconds)
    }
}
