import XCTest
import StorylineModel
@testable import StorylineUI

final class ScreenTests: XCTestCase {
    static let sizes = [(120, 40), (80, 24)]

    /// Every row is exactly the screen width in columns, and no scalar that could drive the terminal is drawn.
    func assertSound(_ grid: Grid, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<grid.height {
            var columns = 0
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    XCTAssertTrue(x > 0 && TextWidth.of(grid[x - 1, y].text) == 2, "stray continuation at \(x),\(y)", file: file, line: line)
                    continue
                }
                columns += TextWidth.of(cell.text)
                for scalar in cell.text.unicodeScalars {
                    XCTAssertNil(Sanitizer.standIn(for: scalar), "control U+\(String(scalar.value, radix: 16)) at \(x),\(y)", file: file, line: line)
                }
            }
            XCTAssertEqual(columns, grid.width, "row \(y) is \(columns) columns: \(grid.row(y))", file: file, line: line)
        }
    }

    /// Pane borders stay whole: text never runs across them.
    func assertBordersIntact(_ state: BrowserState, file: StaticString = #filePath, line: UInt = #line) {
        let grid = Renderer.render(state)
        for pane in Pane.allCases {
            let rect = state.layout.rect(pane)
            for y in (rect.y + 1)..<(rect.maxY - 1) {
                XCTAssertEqual(grid[rect.x, y].text, "│", "left border of \(pane) at row \(y)", file: file, line: line)
                XCTAssertEqual(grid[rect.maxX - 1, y].text, "│", "right border of \(pane) at row \(y): \(grid.row(y))", file: file, line: line)
            }
        }
    }

    func testMainScreenAt120x40() {
        let state = BrowserState.fixture(width: 120, height: 40)
        let rows = Renderer.render(state).rows
        XCTAssertEqual(Array(rows[0...5]), [
            "┌─ 1 Articles ─────────────────── 1/5 ─┐┌─ 2 Actors & relations ─── 1/6 ─┐┌─ 3 Timeline ───────────────────────── 1/4 ─┐",
            "│ ▾ Story s1                          2││ P▾Kim Jong Un · Leader        5││ 2023-09-13  Kim Jong Un met Vladimir Put ×2│",
            "│   2023-09-13  Kim Jong Un meets Vla 4││   meet ↔ Vladimir Putin  a1    ││ <2023-09-14 Kim visited a factory          │",
            "│   2023-09-14  Putin and Kim exchang 3││   give ← Vladimir Putin  a2    ││ 2023-11-07  Pyongyang fired a missile      │",
            "│ ~2023-11    Pyongyang tests a missi 2││ P Vladimir Putin · President  4││ 2023-12-01  The UN said sanctions were brok│",
            "│ 2023-12-01  UN report on sanctions  2││ C Russia                      3││                                            │",
        ])
        XCTAssertEqual(rows[38], " fixture │ 4 articles · 6 actors · 4 events")
        assertSound(Renderer.render(state))
        assertBordersIntact(state)
    }

    func testMainScreenAt80x24StacksTheTimeline() {
        var state = BrowserState.fixture(width: 80, height: 24)
        state.type(.char("2"))
        let rows = Renderer.render(state).rows
        XCTAssertEqual(Array(rows[0...3]), [
            "┌─ 1 Articles ─────────────────────── 1/5 ─┐┌─ 2 Actors & relations ───── 1/6 ─┐",
            "│ ▾ Story s1                              2││ P▾Kim Jong Un · Leader          5│",
            "│   2023-09-13  Kim Jong Un meets Vladimi 4││   meet ↔ Vladimir Putin  a1      │",
            "│   2023-09-14  Putin and Kim exchange ri 3││   give ← Vladimir Putin  a2      │",
        ])
        XCTAssertEqual(Array(rows[11...13]), [
            "┌─ 3 Timeline ─────────────────────────────────────────────────────────── 1/4 ─┐",
            "│ 2023-09-13  Kim Jong Un met Vladimir Putin  Kim Jong Un, Vladimir Putin    ×2│",
            "│ <2023-09-14 Kim visited a factory  Kim Jong Un                               │",
        ])
        XCTAssertEqual(rows[23], " Tab:pane Enter:open /:search a:filter c:clear Space:mark e:export ?:help q:quit")
        assertSound(Renderer.render(state))
        assertBordersIntact(state)
    }

    func testFilteredScreenNarrowsEveryPane() {
        var state = BrowserState.fixture(width: 120, height: 40)
        state.type(.char("a"))
        state.type(text: "putin")
        let prompt = Renderer.render(state).rows
        XCTAssertTrue(prompt.contains { $0.contains("actors: putin") }, prompt.joined(separator: "\n"))
        XCTAssertTrue(prompt.contains { $0.contains("P Vladimir Putin  Putin") })
        state.type(.enter)
        let rows = Renderer.render(state).rows
        XCTAssertTrue(rows[38].contains("2 articles · 4 actors · 2 events │ filter: Vladimir Putin"), rows[38])
        XCTAssertFalse(rows.contains { $0.contains("UN report") })
        XCTAssertFalse(rows.contains { $0.contains("Pyongyang fired") })
    }

    func testReaderWrapsWithinTheBorderAndHighlightsEvidence() {
        var state = BrowserState.fixture(width: 80, height: 24)
        state.type(.char("3"), .char("j"), .enter)
        let grid = Renderer.render(state)
        XCTAssertTrue(grid.row(0).contains("Reader: Putin and Kim exchange rifles"), grid.row(0))
        let highlighted = (0..<grid.height).filter { y in (0..<grid.width).contains { grid[$0, y].style.reverse && grid[$0, y].text != " " && grid[$0, y].style.role != .status } }
        XCTAssertFalse(highlighted.isEmpty)
        XCTAssertTrue(grid.rows.contains { $0.contains("Kim visited a factory") })
        assertSound(grid)
        // Mentions are coloured by kind.
        let kimCell = (0..<grid.height).lazy.flatMap { y in (0..<grid.width).map { (x: $0, y: y) } }.first { grid[$0.x, $0.y].style.role == .person }
        XCTAssertNotNil(kimCell)
    }

    func testHostileTextIsInertAndClipped() {
        var b = FixtureBuilder()
        b.actor("x", "김정은", .person, aliases: ["Kim"])
        b.article("evil", "\u{1B}[2J\u{1B}]0;owned\u{07}Title \u{202E}reversed\u{202C} “quoted” 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 e\u{301}\u{301}", date: "2023-01-01",
                  body: "김정은 said \u{9B}31m hello\u{200B}. Zero\u{FEFF}width and tab\there. 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은.")
        b.event("2023-01-01", "\u{1B}[31m김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은 김정은", actors: ["x"], article: "evil", sentence: 0)
        let corpus = b.build()
        for (w, h) in ScreenTests.sizes + [(61, 14), (111, 30)] {
            var state = BrowserState.fixture(width: w, height: h, corpus: corpus)
            assertSound(Renderer.render(state))
            assertBordersIntact(state)
            state.type(.enter)
            assertSound(Renderer.render(state))
            let reader = Renderer.render(state)
            for y in 1..<(h - 3) { XCTAssertEqual(reader[w - 1, y].text, "│", "reader border row \(y) at \(w)×\(h)") }
        }
    }

    func testResizeAtAnyMomentRedrawsOrSaysTooSmall() {
        var state = BrowserState.fixture(width: 120, height: 40)
        let sizes = [(80, 24), (59, 24), (80, 13), (20, 5), (1, 1), (0, 0), (200, 60), (120, 40)]
        let openers: [[Key]] = [[], [.char("a")], [.char("e")], [.char("?")], [.char("3"), .enter], [.char("/")]]
        for opener in openers {
            for key in opener { state.type(key) }
            for (w, h) in sizes {
                _ = state.handle(.resize(width: w, height: h))
                let grid = Renderer.render(state)
                XCTAssertEqual(grid.width, w)
                XCTAssertEqual(grid.height, h)
                if w >= 20 && h >= 5 && (w < Layout.minimumWidth || h < Layout.minimumHeight) {
                    XCTAssertTrue(grid.rows.contains { $0.contains("Terminal too small") }, "\(w)×\(h)")
                }
                if w > 0 { assertSound(grid) }
            }
            state.type(.escape)
            state.type(.escape)
        }
    }

    func testHelpListsTheKeys() {
        var state = BrowserState.fixture(width: 80, height: 24)
        state.type(.char("?"))
        let text = Renderer.render(state).rows.joined(separator: "\n")
        XCTAssertTrue(text.contains("Space  *  u"))
        XCTAssertTrue(text.contains("actor filter"))
    }

    func testExportDialogShowsFormatPathAndScope() {
        var state = BrowserState.fixture(width: 80, height: 24)
        state.type(.char("j"), .char(" "))
        _ = state.reduce(.openExport, context: ReduceContext(now: Date(timeIntervalSince1970: 0)))
        let text = Renderer.render(state).rows.joined(separator: "\n")
        XCTAssertTrue(text.contains(" JSON "))
        XCTAssertTrue(text.contains("storyline-1970-01-01-"), text)
        XCTAssertTrue(text.contains("marked: 1 article"))
    }

    func testCSVOfATableWithNothingMarkedWarns() {
        var state = BrowserState.fixture(width: 80, height: 24)
        state.type(.char("3"), .char(" "))
        _ = state.reduce(.openExport, context: ReduceContext(now: Date(timeIntervalSince1970: 0)))
        state.type(.backTab, .right)  // CSV, events table: the marked event goes out
        XCTAssertFalse(Renderer.render(state).rows.joined().contains("will be empty"))
        state.type(.tab, .right)  // actors table: nothing marked there
        XCTAssertTrue(Renderer.render(state).rows.joined().contains("nothing marked is in the actors table"))
    }
}
