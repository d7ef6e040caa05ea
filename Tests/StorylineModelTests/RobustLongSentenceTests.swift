import Foundation
import XCTest
@testable import StorylineModel

/// Found by the hostile corpus: one 200 KB line without a full stop took minutes to export (every time expression
/// built a summary from the whole "sentence"). Sentences are now cut at a space past `SentenceSplitter.maximumLength`.
final class RobustLongSentenceTests: XCTestCase {
    func testALineWithoutSentenceEndsIsCutAtSpacesIntoBoundedSentences() throws {
        let text = String(repeating: "Kim Jong Un met Putin on Wednesday and ", count: 3000) + "they talked."
        let article = try XCTUnwrap(ArticleReader.parse(id: "long", path: "long.txt", data: Data(text.utf8)).article)
        XCTAssertGreaterThan(article.sentences.count, 50)
        XCTAssertTrue(article.sentences.allSatisfy { $0.range.count <= SentenceSplitter.maximumLength })
        XCTAssertEqual(CorpusInvariants.textViolations(article), [])
        // Nothing is lost and no word is cut: the sentences, joined by spaces, are the text.
        XCTAssertEqual(article.sentences.map(\.text).joined(separator: " "), text.trimmingCharacters(in: .whitespaces))
        XCTAssertTrue(article.sentences.allSatisfy { $0.text.hasPrefix("Kim") || $0.text.hasPrefix("Jong") || $0.text.hasPrefix("Un")
            || $0.text.hasPrefix("met") || $0.text.hasPrefix("Putin") || $0.text.hasPrefix("on") || $0.text.hasPrefix("Wednesday")
            || $0.text.hasPrefix("and") })
    }

    func testAWordLongerThanTheLimitStaysWhole() throws {
        let word = String(repeating: "w", count: 3 * SentenceSplitter.maximumLength)
        let text = "Before the word " + word + " and after it."
        let article = try XCTUnwrap(ArticleReader.parse(id: "word", path: "word.txt", data: Data(text.utf8)).article)
        XCTAssertTrue(article.sentences.contains { $0.text == word || $0.text.hasPrefix(word) || $0.text.hasSuffix(word) })
        XCTAssertEqual(article.sentences.map(\.text).joined(separator: " "), text)
        XCTAssertEqual(CorpusInvariants.textViolations(article), [])
    }

    func testOrdinarySentencesAreNotAffected() {
        let text = "Kim Jong Un met Vladimir Putin on Wednesday. The two leaders discussed cooperation."
        XCTAssertEqual(SentenceSplitter.sentences(in: text).map(\.text),
                       ["Kim Jong Un met Vladimir Putin on Wednesday.", "The two leaders discussed cooperation."])
    }
}
