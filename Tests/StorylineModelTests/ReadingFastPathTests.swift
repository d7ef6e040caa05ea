import Foundation
import XCTest
@testable import StorylineModel

/// The hand-written fast paths of the reader answer exactly what the standard library's slower ways answer.
final class ReadingFastPathTests: XCTestCase {
    private let samples = [
        "", "plain ASCII text.", "Café, naïve, Ωmega", "Kim’s “quote” – dash", "日本語のテキスト",
        "emoji 👍🏽 and flags 🇰🇷, ZWJ 👨‍👩‍👧", "e\u{301} combining", "\u{0}\u{7F}\u{85}\u{A0}\u{2028}", "\u{10FFFF}\u{E000}",
        // ASCII runs of 7, 8, 9 and more bytes (read eight at a time) between and after other scalars.
        "1234567", "12345678", "123456789", "Seventeen bytes!!é then twelve b日 and the rest of the line in ASCII",
    ]

    func testScalarsOfTextMatchTheUnicodeScalarView() {
        for text in samples {
            XCTAssertEqual(ReaderText.scalars(of: text), Array(text.unicodeScalars), text)
            // A slice's String (not always native storage of its own) decodes the same.
            let slice = String(text.dropFirst())
            XCTAssertEqual(ReaderText.scalars(of: slice), Array(slice.unicodeScalars), slice)
        }
    }

    func testSmallASCIIStringsAreTheStringsOfTheirScalars() {
        XCTAssertTrue(SmallASCIIString.isSupported)
        let text = "The quick brown FOX, Jong-un's 2015-08-10 (seventeen!) Café 日本"
        let scalars = Array(text.unicodeScalars)
        scalars.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                // Up to 40 scalars: small Strings, and longer ones encoded eight scalars at a time with the rest after.
                for end in start...min(buffer.count, start + 40) {
                    let expected = String(String.UnicodeScalarView(buffer[start..<end]))
                    let isSmallASCII = end - start <= 15 && buffer[start..<end].allSatisfy { $0.value < 0x80 }
                    let made = SmallASCIIString.make(buffer, start..<end, lowercased: false)
                    XCTAssertEqual(made, isSmallASCII ? expected : nil)
                    XCTAssertEqual(SmallASCIIString.make(buffer, start..<end, lowercased: true),
                                   isSmallASCII ? String(expected.map { $0.isASCII ? Character($0.lowercased()) : $0 }) : nil)
                    XCTAssertEqual(ReaderText.string(buffer, start..<end), expected)
                    if let made {
                        // Equal in every way a String is used: hashed, counted, compared to a native String, appended to.
                        XCTAssertEqual(made.hashValue, expected.hashValue)
                        XCTAssertEqual(made.count, expected.count)
                        XCTAssertEqual(made.utf8.count, expected.utf8.count)
                        XCTAssertEqual(made + "xyzxyzxyzxyzxyz", expected + "xyzxyzxyzxyzxyz")
                    }
                }
            }
        }
    }

    func testSmallASCIIStringContentsAreTheBytesOfTheString() {
        let texts = ["", "a", "Z", "he", "She", "HIM", "Jong-un", "@[`{AZaz09", "Thursday's", "abcdefghijklmno", "ABCDEFGHIJKLMNO",
                     "abcdefghijklmnop", "Zürich", "日本", String(repeating: "x", count: 40), String("xMoscow".dropFirst())]
        for text in texts {
            guard let (words, count) = SmallASCIIString.contents(of: text) else {
                XCTAssertTrue(text.utf8.count > 15 || text.utf8.contains { $0 >= 0x80 }, text)
                continue
            }
            var bytes: [UInt8] = []
            SmallASCIIString.forEachByte(of: words, count: count) { bytes.append($0) }
            XCTAssertEqual(bytes, Array(text.utf8), text)
            XCTAssertEqual(SmallASCIIString.fromWords(words, count: count), text)
            let lower = SmallASCIIString.lowercased(words)
            XCTAssertEqual(SmallASCIIString.fromWords(lower, count: count), text.lowercased(), text)
            XCTAssertEqual(lower == words, text.lowercased() == text, text)
        }
    }

    func testISODateShapeIsToldAsCharactersTellIt() {
        let texts = ["2015-08-10", "2015-08", "2015-8-1", "2015", "2015-", "-08-10", "2015-08-10-01", "20150-08", "2015-0810",
                     "2015-08-1a", "２０１５-08", "2015-٠٨", "2015-08-10\r\n", "1990s-08", "Date: 2015-08-10", "2015-08-10 ",
                     "", "-", "2015--08", "2015-08-", "1234-5678-9", "1234-5678-9012", "2015-08-10-", "2015-0\u{301}8", "2015\u{2011}08"]
        for text in texts {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let expected = (2...3).contains(parts.count) && parts[0].count == 4
                && parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            XCTAssertEqual(HeaderISODate.hasShape(text), expected, text)
            XCTAssertEqual(HeaderISODate.hasShape(text.dropFirst(0)), expected, text)
        }
    }

    func testADateLineOfTheHeaderBlockIsReadWhateverItsCaseOrLeadingSpaces() throws {
        for line in ["date 2015-08-10", "Date 2015-08-10", "DATE 2015-08-10", "   date 2015-08-10", "date   2015-08-10"] {
            let text = "Title: Talks resume\n" + line + "\n\nThe talks resumed on Monday in Geneva.\n"
            let article = try XCTUnwrap(ArticleReader.parse(id: "a", path: "a.txt", data: Data(text.utf8)).article)
            XCTAssertEqual(article.date, SimpleDate(year: 2015, month: 8, day: 10), line)
        }
        for line in ["dated 2015-08-10", "update 2015-08-10", "Ldate 2015-08-10"] {
            let text = "Title: Talks resume\n" + line + "\n\nThe talks resumed on Monday in Geneva.\n"
            let article = try XCTUnwrap(ArticleReader.parse(id: "a", path: "a.txt", data: Data(text.utf8)).article)
            XCTAssertNil(article.date, line)
        }
    }

    func testUTF8CountMatchesTheEncodedLength() {
        for text in samples {
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(ReaderText.utf8Count(scalars, 0..<scalars.count), text.utf8.count, text)
        }
    }

    func testSentenceSlicesMatchTheirRangesWithNonASCIIText() {
        let text = "Café owners met in Zürich. “We agree,” said Ωmega’s chief. 日本語の文。 Then 👍🏽 came."
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(in: text)
        XCTAssertGreaterThan(sentences.count, 1)
        for sentence in sentences {
            XCTAssertEqual(sentence.text, ReaderText.string(scalars, sentence.range))
        }
    }

    func testWordFilterNeverTurnsAwayAMember() {
        let words = ["the", "a", "week", "Zürich", "'", "", "日本", "yesterday"]
        let filter = WordFilter(words)
        for word in words { XCTAssertTrue(filter.mayContain(word), word) }
        // A bridged or sliced String goes through the same bytes.
        XCTAssertTrue(filter.mayContain(String("xweek".dropFirst())))
    }
}
