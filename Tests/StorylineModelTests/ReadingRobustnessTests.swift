import Foundation
import XCTest
@testable import StorylineModel

/// Random and hostile inputs: the reader never crashes and its offsets always match the text.
final class ReadingRobustnessTests: XCTestCase {
    private static let pieces: [String] = [
        "Kim", "U.S.", "Mr.", "No.", "J.", "e.g.", "don't", "Kim’s", "Jong-un", "84,121", "22:30", "58%", "3.5",
        ".", "!", "?", "…", "...", ",", ";", ":", "\"", "“", "”", "‘", "’", "'", "(", ")", "—", "-", "–",
        " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{00A0}", "\u{0}", "\u{1B}",
        "date 2023-11-15", "date: 2023-13-45", "title: X", "LONDON (AP) —", "Friday, August 21, 2015",
        "the", "The", "talks", "Seoul", "é", "e\u{301}", "🇰🇷", "👩‍👩‍👧", "👍🏽", "北朝鮮", "평양", "\u{200D}", "\u{FE0F}",
        "\u{2028}", "\u{FFFD}",
    ]

    func testRandomTextNeverBreaksOffsets() {
        var generator = SeededGenerator(seed: 20231115)
        for round in 0..<400 {
            let count = Int.random(in: 0..<60, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let result = ArticleReader.parse(id: "r\(round)", path: "r\(round)", data: Data(text.utf8))
            XCTAssertEqual(result.article == nil, result.warnings.contains { $0.action == .skipped }, "round \(round)")
            if let article = result.article {
                assertOffsetsConsistent(article)
                XCTAssertFalse(article.sentences.isEmpty)
                XCTAssertFalse(article.text.unicodeScalars.contains("\r"))
                XCTAssertFalse(article.text.unicodeScalars.contains("\u{0}"))
            }
        }
    }

    func testRandomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 42)
        for round in 0..<300 {
            let count = Int.random(in: 0..<300, using: &generator)
            // Mostly printable ASCII with a sprinkling of anything, to hit both text and binary paths.
            let bytes = (0..<count).map { _ -> UInt8 in
                Int.random(in: 0..<10, using: &generator) == 0 ? UInt8.random(in: 0...255, using: &generator)
                    : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            let result = ArticleReader.parse(id: "b\(round)", path: "b\(round)", data: Data(bytes))
            if let article = result.article { assertOffsetsConsistent(article) }
            XCTAssertTrue(result.article != nil || !result.warnings.isEmpty)
        }
    }

    func testOddLengthUTF16AndLoneSurrogatesAreRepaired() throws {
        let odd: [UInt8] = [0xFF, 0xFE] + Array("Hi there.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0x41]
        let oddResult = ArticleReader.parse(id: "odd", path: "odd", data: Data(odd))
        XCTAssertEqual(oddResult.article?.text, "Hi there.")
        XCTAssertEqual(oddResult.warnings.map(\.action), [.repaired])
        let lone: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        let loneResult = ArticleReader.parse(id: "lone", path: "lone", data: Data(lone))
        XCTAssertEqual(loneResult.article?.text, "A\u{FFFD}B")
        XCTAssertEqual(loneResult.warnings.map(\.action), [.repaired])
    }

    func testOnlyPunctuationIsStillAnArticle() throws {
        let article = try XCTUnwrap(ReadingFixtures.parse("... !!! ???").article)
        assertOffsetsConsistent(article)
        XCTAssertEqual(article.sentences.count, 1)
    }
}
