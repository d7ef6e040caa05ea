import Foundation
import XCTest
@testable import StorylineModel

/// Helpers shared by the Reading tests.
enum ReadingFixtures {
    /// Parses `text` as UTF-8 under the given id.
    static func parse(_ text: String, id: String = "test") -> (article: Article?, warnings: [LoadWarning]) {
        ArticleReader.parse(id: id, path: id + ".txt", data: Data(text.utf8))
    }

    /// The scalar slice of `text` at `range`.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// A Wikinews-style article written for these tests: headline, weekday dateline, blank line, body.
    static let wikinewsStyle = """
    Volunteers plant ten thousand trees along river in Ghent
    Saturday, March 14, 2015

    On Saturday, about 400 volunteers planted 10,000 trees along the Scheldt in Ghent, Belgium. The project was organised by the city and Natuurpunt, a conservation group. "We want the river banks green again," said alderman Tine Heyse.
    Work began at 9:30 a.m. and ended by mid-afternoon. Organisers said the U.S.-based Arbor Day Foundation paid for a quarter of the saplings.
    """
}

/// A fresh temporary folder, removed with its contents (permissions restored first) when the test ends.
final class ReadingTemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "storyline-reading-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `data` at `relativePath` (folders created), returning the full path.
    @discardableResult
    func write(_ relativePath: String, _ data: Data) throws -> String {
        let full = path + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, Data(text.utf8))
    }

    func link(_ relativePath: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relativePath, withDestinationPath: destination)
    }

    deinit {
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            for case let item as String in enumerator {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path + "/" + item)
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension XCTestCase {
    /// Every sentence and token text is the scalar slice of the article text at its range; ranges are ordered,
    /// inside the body, and tokens lie inside their sentence.
    func assertOffsetsConsistent(_ article: Article, file: StaticString = #filePath, line: UInt = #line) {
        let scalars = Array(article.text.unicodeScalars)
        func slice(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        XCTAssertTrue((0...scalars.count).contains(article.bodyStart), "bodyStart out of range", file: file, line: line)
        var previousEnd = article.bodyStart
        for (index, sentence) in article.sentences.enumerated() {
            XCTAssertEqual(sentence.index, index, file: file, line: line)
            XCTAssertGreaterThanOrEqual(sentence.range.lowerBound, previousEnd, "sentences overlap or precede the body", file: file, line: line)
            XCTAssertLessThanOrEqual(sentence.range.upperBound, scalars.count, file: file, line: line)
            XCTAssertEqual(sentence.text, slice(sentence.range), file: file, line: line)
            XCTAssertFalse(sentence.text.isEmpty, file: file, line: line)
            XCTAssertEqual(sentence.text, sentence.text.trimmingCharacters(in: .whitespacesAndNewlines),
                           "sentence range not trimmed", file: file, line: line)
            previousEnd = sentence.range.upperBound
            var previousTokenEnd = sentence.range.lowerBound
            for token in sentence.tokens {
                XCTAssertGreaterThanOrEqual(token.range.lowerBound, previousTokenEnd, file: file, line: line)
                XCTAssertLessThanOrEqual(token.range.upperBound, sentence.range.upperBound, file: file, line: line)
                XCTAssertFalse(token.range.isEmpty, file: file, line: line)
                XCTAssertEqual(token.text, slice(token.range), file: file, line: line)
                previousTokenEnd = token.range.upperBound
            }
        }
    }
}
