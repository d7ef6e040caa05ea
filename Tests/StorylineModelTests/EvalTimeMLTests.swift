import XCTest
@testable import StorylineModel

/// TimeML reading on hand-written fixtures (Fixtures/eval/README.md) and TempEval-3-style scoring with known answers.
final class EvalTimeMLTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("eval")

    private func substring(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    // MARK: reading

    func testReadsTextTimexesAndCreationTime() throws {
        let document = try TimeMLReader.read(paths: [Self.fixtures.appendingPathComponent("bridge.tml").path])[0]
        XCTAssertEqual(document.creationTime, "2024-03-14")
        XCTAssertEqual(document.reference, SimpleDate(year: 2024, month: 3, day: 14))
        XCTAssertEqual(document.timexes.map(\.text),
                       ["Monday", "today", "November 2023", "four months", "every 30 minutes", "6 a.m. on Monday"],
                       "the DCT's TIMEX3 is outside <TEXT>: not a mention")
        XCTAssertEqual(document.timexes.map(\.value), ["2024-03-18", "2024-03-14", "2023-11", "P4M", "PT30M", "2024-03-18T06:00"])
        XCTAssertEqual(document.timexes.map(\.type), ["DATE", "DATE", "DATE", "DURATION", "SET", "TIME"])
        XCTAssertEqual(document.timexes.map(\.id), ["t1", "t2", "t3", "t4", "t5", "t6"])
        for timex in document.timexes {
            XCTAssertEqual(substring(document.text, timex.range), timex.text, "offsets index the plain text")
        }
        XCTAssertFalse(document.text.contains("<"), "every tag is removed")
        XCTAssertFalse(document.text.contains("Harbour bridge to reopen"), "only <TEXT> is text")
        XCTAssertTrue(document.text.contains("Hale & Sons"), "&amp; is decoded")
        XCTAssertTrue(document.text.contains("£2.1 million"), "&#163; is decoded")
        XCTAssertTrue(document.text.contains("will reopen on Monday, the city council said today."))
    }

    func testCreationTimeWithAClockTimeGivesItsDateAndSentenceTagsAreDropped() throws {
        let document = try TimeMLReader.read(paths: [Self.fixtures.appendingPathComponent("election.tml").path])[0]
        XCTAssertEqual(document.creationTime, "2015-08-21T09:30:00")
        XCTAssertEqual(document.reference, SimpleDate(year: 2015, month: 8, day: 21))
        XCTAssertEqual(document.timexes.count, 7)
        XCTAssertEqual(document.timexes.first { $0.text == "the 1990s" }?.value, "199")
        XCTAssertTrue(document.text.contains("has fallen since the 1990s."))
    }

    func testReadsFoldersRecursivelyInSortedOrder() throws {
        let documents = try TimeMLReader.read(paths: [Self.fixtures.path])
        XCTAssertEqual(documents.map { ($0.name as NSString).lastPathComponent }, ["bridge.tml", "election.tml"])
    }

    func testCommentsCDATANonConsumingTimexesAndSingleQuotes() throws {
        let document = try TimeMLReader.parse("""
            <TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='2001-05-02' functionInDocument='CREATION_TIME'>May 2</TIMEX3></DCT>
            <TEXT>A <!-- not text --><![CDATA[<b>]]> test <TIMEX3 tid="t1" type="DATE" value="2001-05-01">yesterday</TIMEX3>\
            <TIMEX3 tid="t2" type="DURATION" value="P1D" /> .</TEXT></TimeML>
            """, name: "inline")
        XCTAssertEqual(document.reference, SimpleDate(year: 2001, month: 5, day: 2))
        XCTAssertEqual(document.text, "A <b> test yesterday .")
        XCTAssertEqual(document.timexes.map(\.text), ["yesterday"], "an empty TIMEX3 is not a mention")
        XCTAssertEqual(document.timexes[0].range, 11..<20)
    }

    func testOffsetsCountUnicodeScalars() throws {
        let document = try TimeMLReader.parse("<TimeML><TEXT>Café → <TIMEX3 type=\"DATE\" value=\"2020\">2020</TIMEX3></TEXT></TimeML>",
                                              name: "unicode")
        XCTAssertEqual(document.timexes[0].range, 7..<11)
        XCTAssertNil(document.reference, "no creation time")
    }

    func testBrokenFilesAreErrors() {
        XCTAssertThrowsError(try TimeMLReader.parse("<TimeML><DCT></DCT></TimeML>", name: "x")) { error in
            XCTAssertEqual((error as? TimeMLError)?.message, "no <TEXT> element")
        }
        XCTAssertThrowsError(try TimeMLReader.parse("<TimeML><TEXT>a <TIMEX3 value=\"1\">b</TEXT></TimeML>", name: "x"))
        XCTAssertThrowsError(try TimeMLReader.parse("<TimeML><TEXT>a <TIMEX3 value=\"1>b</TEXT>", name: "x"))
        XCTAssertThrowsError(try TimeMLReader.parse("<TimeML><TEXT>a </TIMEX3></TEXT></TimeML>", name: "x"))
        XCTAssertThrowsError(try TimeMLReader.read(paths: ["/nonexistent/te3"]))
    }

    // MARK: scoring

    private func gold(_ range: Range<Int>, _ value: String, _ type: String = "DATE") -> TimeMLTimex {
        TimeMLTimex(id: "", range: range, text: "", type: type, value: value)
    }

    private func found(_ range: Range<Int>, _ value: String, _ type: String = "DATE") -> TimexPrediction {
        TimexPrediction(range: range, text: "", value: value, type: type)
    }

    func testStrictRelaxedAndValueScores() {
        let alignment = TimeMLEvaluation.align(
            gold: [gold(0..<5, "2020"), gold(10..<20, "2020-05"), gold(30..<35, "P1Y", "DURATION")],
            predicted: [found(0..<5, "2020"), found(12..<20, "2021-05"), found(40..<45, "PAST_REF")])
        XCTAssertEqual(alignment.matches.count, 2)
        XCTAssertEqual(alignment.missed.map(\.range), [30..<35])
        XCTAssertEqual(alignment.spurious.map(\.range), [40..<45])
        var scores = TimexScores()
        TimeMLEvaluation.add(alignment, to: &scores)
        XCTAssertEqual(scores.strict, Score(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        XCTAssertEqual(scores.relaxed, Score(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        XCTAssertEqual(scores.strict.f1, 1.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(scores.relaxed.f1, 2.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(scores.valueAccuracy, 0.5)
        XCTAssertEqual(scores.typeAccuracy, 1)
    }

    func testRelaxedMatchingIsOneToOneAndPrefersExactSpans() {
        // Two predictions inside one gold mention: one pair, one spurious.
        let split = TimeMLEvaluation.align(gold: [gold(0..<10, "x")], predicted: [found(0..<4, "x"), found(5..<10, "x")])
        XCTAssertEqual(split.matches.count, 1)
        XCTAssertEqual(split.spurious.count, 1)
        // The exact pair is made first, so the wider gold mention can still take the other overlapping prediction.
        let nested = TimeMLEvaluation.align(gold: [gold(5..<12, "a"), gold(10..<12, "b")],
                                            predicted: [found(0..<6, "a"), found(10..<12, "b")])
        XCTAssertEqual(nested.matches.count, 2)
        XCTAssertEqual(nested.strictMatches, 1)
        XCTAssertTrue(nested.missed.isEmpty && nested.spurious.isEmpty)
    }

    func testNoMatchesGiveZeroAccuracies() {
        var scores = TimexScores()
        TimeMLEvaluation.add(TimeMLEvaluation.align(gold: [gold(0..<3, "x")], predicted: []), to: &scores)
        XCTAssertEqual(scores.valueAccuracy, 0)
        XCTAssertEqual(scores.relaxed.recall, 0)
    }

    func testPredictionsIndexTheDocumentTextAcrossSentences() throws {
        let document = try TimeMLReader.read(paths: [Self.fixtures.appendingPathComponent("election.tml").path])[0]
        let predictions = TimeMLEvaluation.predict(document)
        XCTAssertFalse(predictions.isEmpty)
        for prediction in predictions {
            XCTAssertEqual(substring(document.text, prediction.range), prediction.text)
            XCTAssertTrue(["DATE", "TIME", "DURATION", "SET"].contains(prediction.type))
        }
        // "yesterday" against the creation time is a plain case the tagger must keep getting right.
        XCTAssertEqual(predictions.first { $0.text == "yesterday" }?.value, "2015-08-20")
    }

    func testPredictionsWriteAPartOfTheDayAsATime() throws {
        let source = """
        <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-15" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
        <TEXT>The tanker ran aground on Monday evening. The pilot was questioned yesterday.</TEXT></TimeML>
        """
        let predictions = TimeMLEvaluation.predict(try TimeMLReader.parse(source, name: "evening"))
        XCTAssertEqual(predictions.map { "\($0.text)=\($0.value)/\($0.type)" },
                       ["Monday evening=2023-11-13TEV/TIME", "yesterday=2023-11-14/DATE"])
    }

    func testEvaluateCountsEveryGoldMention() throws {
        let documents = try TimeMLReader.read(paths: [Self.fixtures.path])
        let (scores, alignments) = TimeMLEvaluation.evaluate(documents)
        XCTAssertEqual(alignments.count, 2)
        XCTAssertEqual(scores.relaxed.truePositives + scores.relaxed.falseNegatives, 13)
        XCTAssertEqual(scores.strict.truePositives + scores.strict.falseNegatives, 13)
        XCTAssertLessThanOrEqual(scores.strict.truePositives, scores.relaxed.truePositives)
    }
}
