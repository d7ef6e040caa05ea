import XCTest
@testable import StorylineUI

final class WidthTests: XCTestCase {
    func testWidthsOfWideCombiningAndEmoji() {
        XCTAssertEqual(TextWidth.of("abc"), 3)
        XCTAssertEqual(TextWidth.of("김정은"), 6)
        XCTAssertEqual(TextWidth.of("習近平"), 6)
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1)
        XCTAssertEqual(TextWidth.of("“quoted”"), 8)
        XCTAssertEqual(TextWidth.of("🚀"), 2)
    }

    func testSanitiserMakesControlsVisibleAndInert() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}[31mb"), "a␛[31mb")
        XCTAssertEqual(Sanitizer.clean("x\u{9B}y"), "x^[\u{5B}y")
        XCTAssertEqual(Sanitizer.clean("\u{202E}evil"), "<U+202E>evil")
        XCTAssertEqual(Sanitizer.clean("zero\u{200B}width"), "zero<U+200B>width")
        XCTAssertEqual(Sanitizer.clean("bell\u{07}"), "bell␇")
        XCTAssertEqual(Sanitizer.line("two\nlines"), "two lines")
        XCTAssertEqual(Sanitizer.clean("plain “text” 김"), "plain “text” 김")
    }

    func testPutClipsWideGraphemesAtTheLimit() {
        var grid = Grid(width: 6, height: 1)
        grid.put("|", x: 5, y: 0)
        let end = grid.put("김정은", x: 0, y: 0, limit: 5)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(grid.row(0), "김정 |")
    }

    func testPutNeverWritesControlCharacters() {
        var grid = Grid(width: 20, height: 1)
        grid.put("\u{1B}]0;pwned\u{07}\u{202E}x", x: 0, y: 0)
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                XCTAssertNil(Sanitizer.standIn(for: scalar), "dangerous scalar \(scalar.value) in the grid")
            }
        }
        XCTAssertTrue(grid.row(0).hasPrefix("␛]0;pwned␇<U+202E>"))
    }

    func testLoneCombiningMarkGetsABase() {
        var grid = Grid(width: 3, height: 1)
        grid.put("\u{301}", x: 0, y: 0)
        XCTAssertEqual(grid[0, 0].text, " \u{301}")
    }

    func testTruncationAddsEllipsisByColumns() {
        XCTAssertEqual("Kim Jong Un".truncated(toColumns: 6), "Kim J…")
        XCTAssertEqual("김정은".truncated(toColumns: 4), "김…")
        XCTAssertEqual("ab".padded(toColumns: 4), "ab  ")
    }
}
