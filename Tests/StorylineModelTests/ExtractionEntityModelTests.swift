import XCTest
@testable import StorylineModel

final class ExtractionEntityModelTests: XCTestCase {
    private func document(_ lines: String) -> [CoNLLDocument] {
        NEREvaluation.read(lines)
    }

    func testIOBTagsBecomeBILOU() {
        let labels = EntityTrainer.bilou(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG", "I-ORG"])
        XCTAssertEqual(labels.map { EntityModel.labels[$0] }, ["B-PER", "L-PER", "O", "U-LOC", "U-LOC", "B-ORG", "I-ORG", "L-ORG"])
    }

    func testTransitionsKeepEntitiesWhole() {
        let begin = EntityModel.label("B", "PER")
        XCTAssertFalse(EntityModel.allowed(0, after: begin))
        XCTAssertFalse(EntityModel.allowed(EntityModel.label("L", "ORG"), after: begin))
        XCTAssertTrue(EntityModel.allowed(EntityModel.label("L", "PER"), after: begin))
        XCTAssertFalse(EntityModel.allowed(EntityModel.label("I", "PER"), after: 0))
    }

    func testSpansFromLabels() {
        let labels = ["O", "B-PER", "L-PER", "U-LOC", "O"].map { EntityModel.labels.firstIndex(of: $0)! }
        let spans = EntityModel.spans(labels)
        XCTAssertEqual(spans.map(\.range), [1..<3, 3..<4])
        XCTAssertEqual(spans.map(\.type), ["PER", "LOC"])
    }

    func testTrainingLearnsFromExamplesAndSurvivesSerialising() throws {
        var text = ""
        for (first, last, city) in [("Anna", "Berg", "Uppsala"), ("Omar", "Haddad", "Tartu"), ("Lena", "Fischer", "Graz"), ("Ivo", "Marek", "Brno")] {
            text += "\(first) I-PER\n\(last) I-PER\nvisited O\n\(city) I-LOC\non O\nMonday O\n. O\n\n"
            text += "The O\nmayor O\nof O\n\(city) I-LOC\nmet O\n\(first) I-PER\n\(last) I-PER\n. O\n\n"
        }
        var trainer = EntityTrainer()
        trainer.minimumCount = 1
        let handle = trainer.train(document(text))
        let model = try XCTUnwrap(EntityModel(serialized: handle.serialized()))
        // Features the training never corrected are not written, and the model reads the same without them.
        XCTAssertGreaterThan(model.rows.count, 0)
        XCTAssertLessThan(model.rows.count, handle.featureCount)
        for sentence in ["Anna Berg visited Uppsala on Monday .", "The mayor of Brno met Lena Fischer .", "Omar left Tartu ."] {
            let view = EntityFeatures.SentenceView(words: sentence.split(separator: " ").map(String.init))
            XCTAssertEqual(model.tag(view), handle.model.tag(view), sentence)
        }
        let labels = model.tag(EntityFeatures.SentenceView(words: ["Omar", "Haddad", "visited", "Graz", "on", "Monday", "."]))
        XCTAssertEqual(EntityModel.spans(labels).map(\.type), ["PER", "LOC"])
        XCTAssertEqual(EntityModel.spans(labels).map(\.range), [0..<2, 3..<4])
    }

    func testTrainingIsRepeatable() {
        let text = "Anna I-PER\nBerg I-PER\nvisited O\nUppsala I-LOC\n. O\n\nOmar I-PER\nleft O\nTartu I-LOC\n. O\n"
        var trainer = EntityTrainer()
        trainer.minimumCount = 1
        XCTAssertEqual(trainer.train(document(text)).serialized(), trainer.train(document(text)).serialized())
    }

    func testShufflesAverageTheWeightsOfOneTrainingPerSeed() {
        var text = ""
        for (first, last, city) in [("Anna", "Berg", "Uppsala"), ("Omar", "Haddad", "Tartu"), ("Lena", "Fischer", "Graz")] {
            text += "\(first) I-PER\n\(last) I-PER\nvisited O\n\(city) I-LOC\n. O\n\n\(city) I-LOC\nwelcomed O\n\(last) I-PER\n. O\n\n"
        }
        var trainer = EntityTrainer()
        trainer.shuffles = 1
        let first = trainer.train(document(text)).model
        trainer.seed += 1
        let second = trainer.train(document(text)).model
        trainer.seed -= 1
        trainer.shuffles = 2
        let averaged = trainer.train(document(text)).model
        // Rows are numbered in a dictionary's order, which differs from one training to the next: compare by feature.
        let averagedRows = averaged.rows, firstRows = first.rows, secondRows = second.rows
        XCTAssertEqual(Set(averagedRows.keys), Set(firstRows.keys))
        let n = EntityModel.labelCount
        var differ = false
        for (feature, row) in averagedRows {
            let a = firstRows[feature]!, b = secondRows[feature]!
            for label in 0..<n {
                let one = first.weights[a * n + label], two = second.weights[b * n + label]
                if one != two { differ = true }
                XCTAssertEqual(averaged.weights[row * n + label], (one + two) / 2, accuracy: 1e-5)
            }
        }
        XCTAssertTrue(differ, "another seed shuffles the sentences otherwise")
    }

    func testTheShippedModelLoads() throws {
        let model = try XCTUnwrap(EntityModel.shared)
        XCTAssertGreaterThan(model.rows.count, 1000)
        let labels = model.tag(EntityFeatures.SentenceView(words: "Prime Minister Anna Berg arrived in Stockholm on Monday .".split(separator: " ").map(String.init)))
        XCTAssertTrue(EntityModel.spans(labels).contains { $0.type == "PER" && $0.range.upperBound == 4 }, "\(labels.map { EntityModel.labels[$0] })")
    }

    func testGarbageIsNotAModel() {
        XCTAssertNil(EntityModel(serialized: Data("not a model".utf8)))
        XCTAssertNil(EntityModel(serialized: Data()))
    }
}
