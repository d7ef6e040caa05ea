import XCTest
@testable import StorylineModel

/// CoNLL reading, IOB1/IOB2 spans and conlleval-style scoring on tiny hand-made data with known answers.
final class EvalNERTests: XCTestCase {
    private func span(_ sentence: Int, _ start: Int, _ end: Int, _ type: String) -> EntitySpan {
        EntitySpan(sentence: sentence, start: start, end: end, type: type)
    }

    func testReadsDocumentsSentencesAndColumnsSplitBySpacesOrTabs() {
        let text = """
            -DOCSTART- -X- O O

            Angela NNP I-NP I-PER
            Merkel\tNNP\tI-NP\tI-PER
            spoke VBD I-VP O

            In IN O
            Berlin  NNP   I-NP   I-LOC

            -DOCSTART- -X- O O
            Hello

            """
        let documents = NEREvaluation.read(text)
        XCTAssertEqual(documents.count, 2)
        XCTAssertEqual(documents[0].sentences.count, 2, "a blank line ends a sentence")
        XCTAssertEqual(documents[0].sentences[0].map(\.token), ["Angela", "Merkel", "spoke"])
        XCTAssertEqual(documents[0].sentences[0].map(\.tag), ["I-PER", "I-PER", "O"], "the tag is the last column")
        XCTAssertEqual(documents[0].sentences[1].map(\.tag), ["O", "I-LOC"], "runs of spaces split columns")
        XCTAssertEqual(documents[1].sentences[0].map(\.tag), ["O"], "a token without a tag is outside")
    }

    func testSeveralBlankLinesAndMissingDocstartStillGiveSentences() {
        let documents = NEREvaluation.read("a O\n\n\n\nb O\nc O\n")
        XCTAssertEqual(documents.count, 1)
        XCTAssertEqual(documents[0].sentences.map { $0.map(\.token) }, [["a"], ["b", "c"]])
    }

    func testIOB1SpansSplitOnlyAtBOrTypeChange() {
        // IOB1: I- continues; B- only separates two adjacent names of the same type.
        let document = NEREvaluation.read("""
            John I-PER
            Smith I-PER
            Mary B-PER
            met O
            UN I-ORG
            Geneva I-LOC
            delegates O
            Red I-MISC
            """)[0]
        XCTAssertEqual(NEREvaluation.spans(of: document), [
            span(0, 0, 2, "PER"), span(0, 2, 3, "PER"), span(0, 4, 5, "ORG"), span(0, 5, 6, "LOC"), span(0, 7, 8, "MISC"),
        ])
    }

    func testIOB2SpansAndAnIInsideAfterOStartsAName() {
        let document = NEREvaluation.read("""
            New B-LOC
            York I-LOC
            and O
            Paris B-LOC
            . O

            the O
            Times I-ORG
            """)[0]
        XCTAssertEqual(NEREvaluation.spans(of: document), [span(0, 0, 2, "LOC"), span(0, 3, 4, "LOC"), span(1, 1, 2, "ORG")])
    }

    func testScoringCountsOnlyExactSpansWithTheRightType() {
        let gold: Set = [span(0, 0, 2, "PER"), span(0, 4, 5, "ORG"), span(1, 0, 1, "LOC"), span(1, 3, 4, "MISC")]
        let predicted: Set = [
            span(0, 0, 2, "PER"),   // right
            span(0, 4, 6, "ORG"),   // span too long: a false positive and a miss
            span(1, 0, 1, "ORG"),   // wrong type: a false positive for ORG and a miss for LOC
            span(2, 0, 1, "PER"),   // not in the gold
        ]
        let scores = NEREvaluation.score([(gold: gold, predicted: predicted)])
        XCTAssertEqual(scores["PER"], Score(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        XCTAssertEqual(scores["ORG"], Score(truePositives: 0, falsePositives: 2, falseNegatives: 1))
        XCTAssertEqual(scores["LOC"], Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        XCTAssertEqual(scores["MISC"], Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        let overall = try! XCTUnwrap(scores["overall"])
        XCTAssertEqual(overall, Score(truePositives: 1, falsePositives: 3, falseNegatives: 3))
        XCTAssertEqual(overall.precision, 0.25, accuracy: 1e-12)
        XCTAssertEqual(overall.recall, 0.25, accuracy: 1e-12)
        XCTAssertEqual(overall.f1, 0.25, accuracy: 1e-12)
        XCTAssertEqual(scores["PER"]!.f1, 2.0 / 3.0, accuracy: 1e-12)
    }

    func testScoresAddUpOverDocumentsAndEmptyTypesScoreZero() {
        let scores = NEREvaluation.score([
            (gold: [span(0, 0, 1, "PER")], predicted: [span(0, 0, 1, "PER")]),
            (gold: [span(0, 0, 1, "PER")], predicted: []),
        ])
        XCTAssertEqual(scores["PER"], Score(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        XCTAssertEqual(scores["MISC"]?.f1, 0)
        XCTAssertEqual(scores["MISC"]?.precision, 0)
    }

    func testEvaluateReportsEveryTypeAndGoldCountsFromTheTags() {
        let documents = NEREvaluation.read("""
            -DOCSTART- O

            Vladimir I-PER
            Putin I-PER
            visited O
            Paris I-LOC
            . O
            """)
        let scores = NEREvaluation.evaluate(documents)
        XCTAssertEqual(Set(scores.keys), ["PER", "ORG", "LOC", "MISC", "overall"])
        let overall = try! XCTUnwrap(scores["overall"])
        XCTAssertEqual(overall.truePositives + overall.falseNegatives, 2, "two gold names")
    }

    func testOnlyATentativePersonIsLeftOutAsTheExportLeavesItOut() {
        // "Kestrovana was founded" opens a sentence, a lone word left tentative; the other sentence calls it a company.
        // The export keeps such an organisation (its merge drops only tentative people), and so must the scores.
        let texts = ["It agreed to buy 30 percent of Kestrovana , a payments company whose wallet is used by traders .",
                     "Kestrovana was founded in 2023 by two engineers ."]
        let spans = NEREvaluation.predict(CoNLLDocument(sentences: texts.map { $0.split(separator: " ").map { (token: String($0), tag: "O") } }))
        XCTAssertEqual(Set(spans.filter { $0.type == "ORG" }.map(\.sentence)), [0, 1], "\(spans)")
        let exported = ExtractionFixtures.corpus(texts.joined(separator: " ")).actors.first { $0.name == "Kestrovana" }
        XCTAssertEqual(exported?.kind, .organization)
        XCTAssertEqual(exported?.mentions, 2)
        // A lone word read as no one's but a tentative person's stays out of both.
        let alone = NEREvaluation.predict(CoNLLDocument(sentences: [["Varkenhout", "was", "there", "."].map { (token: $0, tag: "O") }]))
        XCTAssertTrue(alone.isEmpty, "\(alone)")
    }

    func testGroupsAreMiscButAMovementsNameIsAnOrganisation() {
        XCTAssertEqual(NEREvaluation.conllType(.group, isDemonym: false, words: ["Muslims"]), "MISC")
        XCTAssertEqual(NEREvaluation.conllType(.group, isDemonym: false, words: ["Moro", "National", "Liberation", "Front"]), "ORG")
        XCTAssertEqual(NEREvaluation.conllType(.group, isDemonym: false, words: ["MNLF"]), "ORG")
        XCTAssertEqual(NEREvaluation.conllType(.country, isDemonym: true, words: ["Kenyan"]), "MISC")
        XCTAssertEqual(NEREvaluation.conllType(.country, isDemonym: false, words: ["Kenya"]), "LOC")
    }
}
