import Foundation
import XCTest
@testable import StorylineModel

/// Bytes that are not clean UTF-8: encodings, repairs, refusals.
final class ReadingDecodingTests: XCTestCase {
    private func parse(_ bytes: [UInt8]) -> (article: Article?, warnings: [LoadWarning]) {
        ArticleReader.parse(id: "doc", path: "doc.txt", data: Data(bytes))
    }

    private func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    private let sample = "Ministers met in Paris. They agreed on a plan for 2024 — and Kim’s envoy came too."

    func testPlainUTF8HasNoWarnings() throws {
        let result = parse(Array(sample.utf8))
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.article?.text, sample)
    }

    func testUTF8ByteOrderMarkIsStripped() throws {
        let result = parse([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        XCTAssertEqual(result.warnings, [])
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.text, sample)
        XCTAssertEqual(article.sentences.first?.range.lowerBound, 0)
    }

    func testUTF16WithByteOrderMark() throws {
        for bigEndian in [false, true] {
            let result = parse(utf16(sample, bigEndian: bigEndian, byteOrderMark: true))
            XCTAssertEqual(result.warnings, [], "bigEndian \(bigEndian)")
            XCTAssertEqual(result.article?.text, sample)
            XCTAssertEqual(result.article?.sentences.count, 2)
        }
    }

    func testUTF16WithoutByteOrderMarkIsDetectedWithWarning() throws {
        for bigEndian in [false, true] {
            let result = parse(utf16(sample, bigEndian: bigEndian, byteOrderMark: false))
            XCTAssertEqual(result.article?.text, sample, "bigEndian \(bigEndian)")
            XCTAssertEqual(result.warnings.count, 1)
            XCTAssertEqual(result.warnings.first?.action, .repaired)
            XCTAssertTrue(result.warnings.first?.message.contains(bigEndian ? "UTF-16BE" : "UTF-16LE") ?? false)
        }
    }

    func testInvalidUTF8IsRepairedWithWarning() throws {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" owners met. They talked.".utf8)
        let result = parse(bytes)
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.text, "Caf\u{FFFD} owners met. They talked.")
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertEqual(result.warnings.first?.action, .repaired)
        XCTAssertTrue(result.warnings.first?.message.contains("invalid UTF-8") ?? false)
        assertOffsetsConsistent(article)
    }

    func testBinaryFilesAreSkipped() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00]
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 56)
        var random = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        let controls: [UInt8] = Array("ab".utf8) + Array(repeating: 0x01, count: 20) + Array("cd".utf8)
        for bytes in [png, elf, noise, controls] {
            let result = parse(bytes)
            XCTAssertNil(result.article)
            XCTAssertEqual(result.warnings.count, 1)
            XCTAssertEqual(result.warnings.first?.action, .skipped)
            XCTAssertTrue(result.warnings.first?.message.contains("binary") ?? false, "\(result.warnings)")
        }
    }

    func testEmptyAndWhitespaceOnlyAreSkipped() {
        for bytes in [[], Array(" \n\t\r\n  ".utf8), [0xEF, 0xBB, 0xBF], Array("\u{00A0}\u{3000}\n".utf8)] as [[UInt8]] {
            let result = parse(bytes)
            XCTAssertNil(result.article)
            XCTAssertEqual(result.warnings.map(\.action), [.skipped])
            XCTAssertEqual(result.warnings.first?.path, "doc.txt")
        }
    }

    func testCRLFAndLoneCRBecomeLF() throws {
        let crlf = try XCTUnwrap(parse(Array("Headline here\r\nFirst line.\r\nSecond line.\r\n".utf8)).article)
        XCTAssertEqual(crlf.text, "Headline here\nFirst line.\nSecond line.\n")
        XCTAssertEqual(crlf.sentences.map(\.text), ["First line.", "Second line."])
        XCTAssertEqual(crlf.title, "Headline here")
        let lone = try XCTUnwrap(parse(Array("Headline here\rFirst line.\rSecond line.".utf8)).article)
        XCTAssertEqual(lone.text, "Headline here\nFirst line.\nSecond line.")
        XCTAssertEqual(lone.sentences.map(\.text), ["First line.", "Second line."])
        XCTAssertFalse(lone.text.unicodeScalars.contains("\r"))
        // Line endings are normalised silently.
        XCTAssertEqual(parse(Array("A.\r\nB.".utf8)).warnings, [])
    }

    func testNULBytesInTextAreRemovedWithWarning() throws {
        let result = parse(Array("Officials met\u{0}\u{0} in Seoul. They talked.".utf8))
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.text, "Officials met in Seoul. They talked.")
        XCTAssertEqual(result.warnings.map(\.action), [.repaired])
        XCTAssertTrue(result.warnings[0].message.contains("NUL"))
        assertOffsetsConsistent(article)
    }

    func testSeveralNULBytesInShortTextAreStillRemoved() throws {
        let result = parse(Array("Hello\u{0}\u{0}\u{0}\u{0} world. Bye.".utf8))
        XCTAssertEqual(result.article?.text, "Hello world. Bye.")
        XCTAssertEqual(result.warnings.map(\.message), ["4 NUL bytes removed"])
    }

    func testMostlyNULBytesAreBinary() {
        let result = parse([0x41, 0x42] + Array(repeating: 0, count: 100))
        XCTAssertNil(result.article)
        XCTAssertEqual(result.warnings.map(\.action), [.skipped])
    }

    func testStrayControlCharactersBecomeSpaces() throws {
        let result = parse(Array("Officials from both countries\u{1B}met in the capital. They\u{7}talked for hours.".utf8))
        XCTAssertEqual(result.article?.text, "Officials from both countries met in the capital. They talked for hours.")
        XCTAssertEqual(result.warnings.map(\.action), [.repaired])
    }

    func testAControlAnywhereIsRepairedAndPrintableTextIsLeftAlone() throws {
        let base = "Officials met in the capital on Monday. They talked for hours, and agreed."
        for control in ["\u{1}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{0}"] {
            for offset in 0...base.count {
                var text = base
                text.insert(Character(control), at: text.index(text.startIndex, offsetBy: offset))
                let result = parse(Array(text.utf8))
                let expected = control == "\u{0}" ? base : text.replacingOccurrences(of: control, with: " ")
                XCTAssertEqual(result.article?.text, expected, "\(control.unicodeScalars.first!.value) at \(offset)")
                XCTAssertEqual(result.warnings.map(\.action), [.repaired], "\(control.unicodeScalars.first!.value) at \(offset)")
            }
        }
        for text in [base, base + "\n\tNext line ~ é 日本 \u{A0}\u{7E}", "Tab\tand\nline " + base] {
            XCTAssertEqual(parse(Array(text.utf8)).warnings, [], text)
        }
    }

    func testControlBytesAreCountedWhereverTheyStand() {
        // Binary when more than one byte in twenty is a control: 6 in 100 is, 4 in 100 is not, at any alignment.
        for shift in 0..<9 {
            for (controls, isBinary) in [(6, true), (4, false)] {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: 100)
                for k in 0..<controls { bytes[shift + k * 15] = 0x01 }
                XCTAssertEqual(parse(bytes).article == nil, isBinary, "\(controls) controls shifted \(shift)")
            }
        }
    }

    func testHugeDocumentIsCutAtLineBoundaryWithWarning() throws {
        let line = "This is one paragraph of a long article, repeated many times.\n"
        let text = String(repeating: line, count: 40)
        let limit = line.utf8.count * 10 + 17  // in the middle of the eleventh line
        let result = ArticleReader.parse(id: "big", path: "big.txt", data: Data(text.utf8), byteLimit: limit)
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.text, String(repeating: line, count: 10))
        XCTAssertEqual(article.sentences.count, 10)
        XCTAssertEqual(result.warnings.map(\.action), [.repaired])
        XCTAssertTrue(result.warnings[0].message.contains("truncated"))
    }

    func testHugeDocumentWithoutLineBreaksIsCutAtSentenceBoundary() throws {
        let sentence = "Prices rose again. "
        let text = String(repeating: sentence, count: 50)
        let result = ArticleReader.parse(id: "big", path: "big.txt", data: Data(text.utf8), byteLimit: 200)
        let article = try XCTUnwrap(result.article)
        XCTAssertTrue(article.text.hasSuffix("Prices rose again."), article.text)
        XCTAssertLessThanOrEqual(article.text.utf8.count, 200)
        XCTAssertEqual(result.warnings.map(\.action), [.repaired])
    }

    func testTruncationNeverSplitsAMultiByteCharacter() throws {
        let text = String(repeating: "Kim’s visit ended. ", count: 20)
        for limit in 100...110 {
            let result = ArticleReader.parse(id: "big", path: "big.txt", data: Data(text.utf8), byteLimit: limit)
            XCTAssertFalse(result.article?.text.unicodeScalars.contains("\u{FFFD}") ?? true)
            XCTAssertEqual(result.warnings.count, 1, "limit \(limit): \(result.warnings)")
        }
    }

    func testDefaultLimitIsSixteenMebibytes() {
        XCTAssertEqual(DocumentDecoder.byteLimit, 16 * 1024 * 1024)
    }

    func testDecodedOffsetsAreScalarOffsetsWithAstralCharacters() throws {
        let text = "Fans cheered 🎉🇰🇷 loudly. Then the café closed 👩‍👩‍👧 early."
        let article = try XCTUnwrap(parse(Array(text.utf8)).article)
        assertOffsetsConsistent(article)
        let tokens = article.sentences.flatMap(\.tokens).map(\.text)
        XCTAssertTrue(tokens.contains("🎉"))
        XCTAssertTrue(tokens.contains("🇰🇷"))
        XCTAssertTrue(tokens.contains("👩‍👩‍👧"))
        XCTAssertTrue(tokens.contains("café"))
    }
}
