import Foundation
import XCTest

/// `storyline eval` and `storyline bench` run as processes.
final class EvalCommandTests: XCTestCase {
    private var directory: URL!

    /// The hand-written TimeML fixtures of the model tests.
    static let timeMLFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StorylineModelTests/Fixtures/eval")

    override func setUpWithError() throws {
        directory = try Storyline.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ text: String, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func assertScore(_ object: Any?, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let score = object as? [String: Any] else { return XCTFail("\(name) is not an object", file: file, line: line) }
        XCTAssertEqual(Set(score.keys), ["p", "r", "f1"], name, file: file, line: line)
        for key in ["p", "r", "f1"] {
            let value = score[key] as? Double ?? -1
            XCTAssertTrue((0...1).contains(value), "\(name).\(key) = \(value)", file: file, line: line)
        }
    }

    // MARK: eval ner

    static let conll = """
        -DOCSTART- -X- O O

        Vladimir NNP I-NP I-PER
        Putin NNP I-NP I-PER
        met VBD I-VP O
        Emmanuel NNP I-NP I-PER
        Macron NNP I-NP I-PER
        in IN I-PP O
        Paris NNP I-NP I-LOC
        . . O O

        """

    func testNERJSONHasTheFiveScoresInOrder() throws {
        let file = try write(Self.conll, to: "tiny.conll")
        let run = try Storyline.run(["eval", "ner", file, "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try run.json()
        XCTAssertEqual(Set(object.keys), ["PER", "ORG", "LOC", "MISC", "overall"])
        for key in object.keys { assertScore(object[key], key) }
        let order = ["\"PER\"", "\"ORG\"", "\"LOC\"", "\"MISC\"", "\"overall\""].map { run.stdoutText.range(of: $0)!.lowerBound }
        XCTAssertEqual(order, order.sorted())
        XCTAssertTrue(run.stdoutText.hasSuffix("}\n"))
    }

    func testNERTableShowsEveryTypeAndTheGoldCounts() throws {
        let file = try write(Self.conll, to: "tiny.conll")
        let run = try Storyline.run(["eval", "ner", file])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdoutText.split(separator: "\n")
        XCTAssertTrue(lines[0].hasSuffix("1 documents, 1 sentences, 8 tokens"), String(lines[0]))
        for type in ["PER", "ORG", "LOC", "MISC", "overall"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(type + " ") }, "no row for \(type)")
        }
        let overall = try XCTUnwrap(lines.first { $0.hasPrefix("overall") }).split(separator: " ")
        XCTAssertEqual(overall[4], "3", "gold names")
    }

    func testNERErrorsListMissedNames() throws {
        // A lower-case verb marked as an organisation: no tagger finds it, so it must be listed as missed.
        let file = try write(Self.conll.replacingOccurrences(of: "met VBD I-VP O", with: "met VBD I-VP I-ORG"), to: "odd.conll")
        let run = try Storyline.run(["eval", "ner", file, "--errors"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdoutText.contains("doc 1 sentence 1: missed   ORG  \"met\""), run.stdoutText)
    }

    func testNERMissingOrEmptyFileIsAnError() throws {
        let missing = try Storyline.run(["eval", "ner", directory.appendingPathComponent("none.conll").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("storyline: error: "), missing.stderr)
        XCTAssertTrue(missing.stdout.isEmpty)
        let empty = try Storyline.run(["eval", "ner", try write("\n\n", to: "empty.conll")])
        XCTAssertEqual(empty.status, 1)
        XCTAssertEqual(try Storyline.run(["eval", "ner"]).status, 64)
    }

    func testATrainedModelIsEvaluatedWithModel() throws {
        // Two small documents, so that --folds 2 has a fold to test and one to train on.
        let training = try write(Self.conll + Self.conll.replacingOccurrences(of: "Paris", with: "Lyon"), to: "train.conll")
        let modelPath = directory.appendingPathComponent("model.bin").path
        let trained = try Storyline.run(["train-ner", training, "-o", modelPath])
        XCTAssertEqual(trained.status, 0, trained.stderr)
        XCTAssertTrue(trained.stdoutText.contains("from 2 documents"), trained.stdoutText)
        let run = try Storyline.run(["eval", "ner", training, "--json", "--model", modelPath])
        XCTAssertEqual(run.status, 0, run.stderr)
        assertScore(try run.json()["overall"], "overall")
        let notAModel = try Storyline.run(["eval", "ner", training, "--model", training])
        XCTAssertEqual(notAModel.status, 1)
        XCTAssertTrue(notAModel.stderr.contains("not a Storyline entity model"), notAModel.stderr)
        XCTAssertEqual(try Storyline.run(["eval", "ner", training, "--model", modelPath + ".missing"]).status, 1)
    }

    func testCrossValidationTrainsEveryFoldOnTheWithFileToo() throws {
        let tested = try write(Self.conll + Self.conll, to: "tested.conll")
        let extra = try write(Self.conll, to: "extra.conll")
        let run = try Storyline.run(["train-ner", tested, "--folds", "2", "--with", extra])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdoutText.contains("overall P"), run.stdoutText)
        XCTAssertEqual(try Storyline.run(["train-ner", tested, "-o", "/tmp/x.bin", "--with", extra]).status, 64,
                       "--with goes with --folds")
    }

    // MARK: eval timex

    func testTimexJSONShapeOnTheFixtures() throws {
        let run = try Storyline.run(["eval", "timex", Self.timeMLFixtures.path, "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try run.json()
        XCTAssertEqual(Set(object.keys), ["strict", "relaxed", "value_accuracy"])
        assertScore(object["strict"], "strict")
        assertScore(object["relaxed"], "relaxed")
        XCTAssertTrue((0...1).contains(object["value_accuracy"] as? Double ?? -1))
    }

    func testTimexTableAndErrorListing() throws {
        let file = try write("""
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-13" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
            <TEXT>They met <TIMEX3 tid="t1" type="DATE" value="1999-01-01">yesterday</TIMEX3>.</TEXT></TimeML>
            """, to: "one.tml")
        let run = try Storyline.run(["eval", "timex", file, "--errors"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdoutText.contains("1 files, 1 gold TIMEX3"), run.stdoutText)
        XCTAssertTrue(run.stdoutText.contains("value 2023-09-12 (gold 1999-01-01)"), "a wrong gold value is listed")
        XCTAssertTrue(run.stdoutText.contains("value accuracy"))
    }

    func testTimexErrors() throws {
        XCTAssertEqual(try Storyline.run(["eval", "timex", directory.path]).status, 1, "no .tml file")
        let broken = try Storyline.run(["eval", "timex", try write("<TimeML></TimeML>", to: "broken.tml")])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("broken.tml: no <TEXT> element"), broken.stderr)
        XCTAssertEqual(try Storyline.run(["eval", "timex", "/nonexistent/dir"]).status, 1)
        XCTAssertEqual(try Storyline.run(["eval", "timex"]).status, 64)
    }

    func testEvalHelp() throws {
        let help = try Storyline.run(["eval", "timex", "--help"])
        XCTAssertEqual(help.status, 0)
        for phrase in ["CREATION_TIME", "strict", "relaxed", "value_accuracy", "EXIT CODES", "--errors"] {
            XCTAssertTrue(help.stdoutText.contains(phrase), "help lacks \(phrase)")
        }
        XCTAssertTrue(try Storyline.run(["eval", "ner", "--help"]).stdoutText.contains("conlleval"))
    }

    // MARK: bench

    func testBenchJSONReportsBothRuns() throws {
        _ = try write(Storyline.article, to: "news/a.txt")
        _ = try write(Storyline.otherArticle, to: "news/b.txt")
        let run = try Storyline.run(["bench", directory.appendingPathComponent("news").path, "--json", "--runs", "2"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try run.json()
        XCTAssertEqual(Set(object.keys), ["articles", "words", "runs", "single_core", "all_cores"])
        XCTAssertEqual(object["runs"] as? Int, 2)
        XCTAssertEqual(object["articles"] as? Int, 2)
        let words = (Storyline.article + Storyline.otherArticle).split(whereSeparator: \.isWhitespace).count
        XCTAssertEqual(object["words"] as? Int, words)
        for key in ["single_core", "all_cores"] {
            let runObject = try XCTUnwrap(object[key] as? [String: Any])
            XCTAssertEqual(Set(runObject.keys), ["cores", "seconds", "read_seconds", "extract_seconds", "load_seconds",
                                                 "words_per_second", "peak_memory_bytes"])
            XCTAssertGreaterThan(runObject["peak_memory_bytes"] as? Int ?? 0, 0)
            XCTAssertGreaterThanOrEqual(runObject["cores"] as? Int ?? 0, 1)
        }
        #if os(Linux)
        XCTAssertEqual((object["single_core"] as? [String: Any])?["cores"] as? Int, 1, "pinned to one core")
        #endif
    }

    func testBenchThreadsLimitsTheAllCoresRun() throws {
        _ = try write(Storyline.article, to: "news/a.txt")
        let run = try Storyline.run(["bench", directory.appendingPathComponent("news").path, "--json", "--threads", "1", "--runs", "1"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual((try run.json()["all_cores"] as? [String: Any])?["cores"] as? Int, 1)
        XCTAssertEqual(try Storyline.run(["bench", "--threads", "0"]).status, 64)
        XCTAssertEqual(try Storyline.run(["bench", "--runs", "0"]).status, 64)
        XCTAssertEqual(try Storyline.run(["bench", "-"]).status, 64, "stdin cannot be timed twice")
    }

    func testBenchGeneratesASyntheticCorpusThenTimesIt() throws {
        let source = try write(Storyline.article, to: "news/a.txt")
        let corpus = directory.appendingPathComponent("synthetic").path
        let generate = try Storyline.run(["bench", source, "--generate", "12", "--output", corpus])
        XCTAssertEqual(generate.status, 0, generate.stderr)
        XCTAssertTrue(generate.stdoutText.hasPrefix("wrote 12 articles"), generate.stdoutText)
        let run = try Storyline.run(["bench", corpus])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdoutText.hasPrefix("12 articles"), run.stdoutText)
        XCTAssertTrue(run.stdoutText.contains("fastest of 3 runs each"), run.stdoutText)
        XCTAssertTrue(run.stdoutText.contains("words/s"))
        XCTAssertEqual(try Storyline.run(["bench", source, "--generate", "3", "--output", corpus]).status, 1, "not empty")
        XCTAssertEqual(try Storyline.run(["bench", source, "--generate", "3"]).status, 64, "needs --output")
    }

    func testBenchWithoutArticlesIsAnError() throws {
        let run = try Storyline.run(["bench", directory.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("storyline: error: no readable article"), run.stderr)
    }
}
