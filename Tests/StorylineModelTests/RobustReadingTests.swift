import Foundation
import XCTest
@testable import StorylineModel

/// Regression tests for what the robustness work found in the reader.
final class RobustReadingTests: XCTestCase {
    /// U+0080–U+009F are control characters too; U+009B starts a control sequence (CSI) on some terminals.
    func testC1ControlCharactersBecomeSpaces() throws {
        let result = ArticleReader.parse(id: "c1", path: "c1.txt", data: Data("Kim\u{9B}31m met\u{85}Putin\u{80}.".utf8))
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.text, "Kim 31m met Putin .")
        XCTAssertEqual(result.warnings, [LoadWarning(path: "c1.txt", action: .repaired, message: "3 control characters replaced by spaces")])
        XCTAssertEqual(CorpusInvariants.textViolations(article), [])
    }

    func testC1ControlsInUTF16AreReplacedToo() throws {
        let text = "Talks\u{9B}2J resumed."
        let data = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(ArticleReader.parse(id: "u", path: "u.txt", data: data).article?.text, "Talks 2J resumed.")
    }

    func testLatinAndOtherNonControlScalarsAreKept() throws {
        let text = "Caf\u{E9} \u{A0}na\u{EF}ve \u{FFFD} \u{1F1F0}\u{1F1F7}."
        let result = ArticleReader.parse(id: "k", path: "k.txt", data: Data(text.utf8))
        XCTAssertEqual(result.article?.text, text)
        XCTAssertEqual(result.warnings, [])
    }

    func testTextOfNothingButControlsIsSkipped() {
        let data = Data(String(repeating: "\u{1B}\u{7}\u{9B}\n", count: 2000).utf8)
        let result = ArticleReader.parse(id: "z", path: "z.txt", data: data)
        XCTAssertNil(result.article)
        XCTAssertEqual(result.warnings.last?.action, .skipped)
    }
}
