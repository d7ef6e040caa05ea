import XCTest
import StorylineModel
@testable import StorylineUI

final class ReducerTests: XCTestCase {
    var state = BrowserState.fixture()

    func selectedArticleID() -> String? {
        guard case .article(let a) = state.view.articleRows[state.articles.row] else { return nil }
        return state.index.article(a).id
    }

    func testFocusKeys() {
        state.type(.tab)
        XCTAssertEqual(state.focus, .actors)
        state.type(.tab, .tab)
        XCTAssertEqual(state.focus, .articles)
        state.type(.backTab)
        XCTAssertEqual(state.focus, .timeline)
        state.type(.char("2"))
        XCTAssertEqual(state.focus, .actors)
    }

    func testArticlesAreGroupedByStoryAndDated() {
        XCTAssertEqual(state.view.articleRows.count, 5)  // story header + a1 a2, then a3, a4
        guard case .story = state.view.articleRows[0] else { return XCTFail("story header first") }
        XCTAssertEqual(state.index.articleDateLabels[Int(state.index.articleIndex["a3"]!)], "~2023-11")
    }

    func testMovingClampsAndJumps() {
        state.type(.char("k"))
        XCTAssertEqual(state.articles.row, 0)
        state.type(.char("j"), .down)
        XCTAssertEqual(selectedArticleID(), "a2")
        state.type(.char("G"))
        XCTAssertEqual(selectedArticleID(), "a4")
        state.type(.char("g"))
        XCTAssertEqual(state.articles.row, 0)
        state.type(.pageDown)
        XCTAssertEqual(state.articles.row, 4)
        state.type(.ctrl("u"))
        XCTAssertEqual(state.articles.row, 0)
    }

    func testScrollKeepsTheCursorVisible() {
        var b = FixtureBuilder()
        b.actor("x", "X", .person)
        for i in 0..<100 { b.article("n\(i)", "Article \(i) about X", date: "2023-01-01", body: "X spoke.") }
        state = .fixture(width: 80, height: 24, corpus: b.build())
        state.type(.char("G"))
        let rows = state.layout.visibleRows(.articles)
        XCTAssertEqual(state.articles.row, 99)
        XCTAssertEqual(state.articles.top, 100 - rows)
        state.type(.pageUp)
        XCTAssertGreaterThanOrEqual(state.articles.row, state.articles.top)
    }

    func testReaderOpensAndReturnsToWhereYouWere() {
        state.type(.char("j"), .char("j"))
        state.type(.enter)
        XCTAssertEqual(state.mode, .reader)
        XCTAssertEqual(state.reader.map { state.index.article($0.article).id }, "a2")
        state.type(.char("j"))
        state.type(.char("q"))
        XCTAssertEqual(state.mode, .browse)
        XCTAssertEqual(selectedArticleID(), "a2")
        state.type(.enter, .escape)
        XCTAssertEqual(state.mode, .browse)
    }

    func testEventOpensItsSentenceHighlighted() {
        state.type(.char("3"), .char("j"))
        state.type(.enter)
        let reader = try! XCTUnwrap(state.reader)
        XCTAssertEqual(state.index.article(reader.article).id, "a2")
        XCTAssertEqual(reader.sentence, 1)
        let line = try! XCTUnwrap(reader.sentenceLine)
        let text = reader.lines[line].map(\.text).joined()
        XCTAssertTrue(text.contains("Kim visited a factory"), text)
        XCTAssertTrue(reader.lines[line].contains { $0.style.reverse })
    }

    func testRelationOpensItsEvidence() {
        state.type(.char("2"))
        // Kim is the most mentioned actor; his relations follow him.
        XCTAssertEqual(state.index.actor(state.view.actors[0]).name, "Kim Jong Un")
        XCTAssertEqual(state.expandedRelations.count, 2)
        state.type(.char("j"), .char("j"), .enter)
        let reader = try! XCTUnwrap(state.reader)
        XCTAssertEqual(state.index.article(reader.article).id, "a2")
        XCTAssertEqual(reader.sentence, 0)
    }

    func testActorsCursorWalksThroughRelations() {
        state.type(.char("2"), .char("j"))
        XCTAssertEqual(state.actors.relation, 0)
        state.type(.char("j"), .char("j"))
        XCTAssertNil(state.actors.relation)
        XCTAssertEqual(state.actors.actor, 1)
        XCTAssertEqual(state.actors.row, 1, "the previous actor's relations fold away")
        state.type(.char("k"))
        XCTAssertEqual(state.actors.actor, 0)
    }

    func testFilterPromptNarrowsAsYouTypeAndEscRestores() {
        state.type(.char("a"))
        XCTAssertEqual(state.mode, .filterPrompt)
        state.type(text: "kim")
        XCTAssertEqual(state.view.articleCount, 2)
        XCTAssertEqual(state.filterPrompt?.candidates.first.map { state.index.actor($0).name }, "Kim Jong Un")
        state.type(.escape)
        XCTAssertEqual(state.view.articleCount, 4)
        XCTAssertEqual(state.filterText, "")
    }

    func testFilterNarrowsAllPanesAndShowsInStatus() {
        state.type(.char("a"))
        state.type(text: "dprk")
        state.type(.enter)
        XCTAssertEqual(state.mode, .browse)
        XCTAssertEqual(state.filterText, "dprk")
        XCTAssertEqual(state.view.articleCount, 2)
        XCTAssertEqual(Set(state.view.events.map { state.index.event($0).article }), ["a1", "a3"])
        XCTAssertTrue(state.view.actors.map { state.index.actor($0).id }.contains("united-nations"))
        XCTAssertTrue(Renderer.render(state).row(38).contains("filter: North Korea"))
        state.type(.char("c"))
        XCTAssertEqual(state.view.articleCount, 4)
    }

    func testChoosingACandidateCompletesWithItsID() {
        state.type(.char("a"))
        state.type(text: "r")
        XCTAssertGreaterThan(state.filterPrompt!.candidates.count, 1)
        state.type(.down)  // the second candidate
        let second = state.filterPrompt!.candidates[1]
        state.type(.enter)
        XCTAssertEqual(state.filterText, state.index.actor(second).id)
    }

    func testEnterOnActorAddsItToTheFilter() {
        state.type(.char("2"), .enter)
        XCTAssertEqual(state.filterText, "kim-jong-un")
        let putin = state.view.actors.firstIndex { state.index.actor($0).id == "vladimir-putin" }!
        state.actors.actor = putin
        state.refreshExpansion()
        state.type(.enter)
        XCTAssertEqual(state.filterText, "kim-jong-un vladimir-putin")
        XCTAssertEqual(state.view.articleCount, 2)
    }

    func testUnknownActorSaysSo() {
        state.type(.char("a"))
        state.type(text: "zzzz")
        state.type(.enter)
        XCTAssertEqual(state.view.articleCount, 0)
        XCTAssertEqual(state.message?.isError, true)
        XCTAssertTrue(state.message!.text.contains("zzzz"))
    }

    func testMarksInEveryPane() {
        state.type(.char("j"), .char(" "))  // a1
        XCTAssertEqual(state.marks.articles.count, 1)
        state.type(.char("2"), .char(" "))  // Kim, then the cursor moves to his first relation
        state.type(.char(" "))
        XCTAssertEqual(state.marks.actors.count, 1)
        XCTAssertEqual(state.marks.relations.count, 1)
        state.type(.char("3"), .char("*"))
        XCTAssertEqual(state.marks.events.count, 4)
        XCTAssertTrue(Renderer.render(state).row(38).contains("marked 7"))
        state.type(.char("u"))
        XCTAssertTrue(state.marks.isEmpty)
    }

    func testStoryHeaderMarksItsArticles() {
        state.type(.char(" "))
        XCTAssertEqual(state.marks.articles.count, 2)
    }

    func testSearchFocusedPaneAndRepeat() {
        state.type(.char("/"))
        state.type(text: "sanctions")
        state.type(.enter)
        XCTAssertEqual(selectedArticleID(), "a4")
        state.type(.char("3"), .char("/"))
        state.type(text: "kim")
        state.type(.enter)
        XCTAssertEqual(state.timeline.row, 0)
        state.type(.char("n"))
        XCTAssertEqual(state.timeline.row, 1)
        state.type(.char("N"))
        XCTAssertEqual(state.timeline.row, 0)
    }

    func testHelpTogglesAndQuitClosesOverlaysFirst() {
        state.type(.char("?"))
        XCTAssertEqual(state.mode, .help)
        state.type(.char("q"))
        XCTAssertEqual(state.mode, .browse)
        XCTAssertEqual(state.handle(.key(.char("q"))), [.quit])
        XCTAssertEqual(state.handle(.key(.ctrl("l"))), [.repaintAll])
    }

    func testTimelineOrderPlacesVagueDatesAndMarksThem() {
        let labels = state.view.events.map { state.index.eventDates[Int($0)].label }
        XCTAssertEqual(labels, ["2023-09-13", "<2023-09-14", "2023-11-07", "2023-12-01"])
        XCTAssertTrue(state.index.eventDates[Int(state.view.events[1])].isVague)
        XCTAssertLessThan(TimelineDate(value: "PAST_REF", anchor: SimpleDate(year: 2023, month: 9, day: 14)).sortKey,
                          TimelineDate(value: "2023-09-14", anchor: nil).sortKey)
        XCTAssertEqual(TimelineDate(value: "XXXX-07", anchor: SimpleDate(year: 2022)).label, "~2022-07")
    }

    func testMouseClickFocusesAndSelects() {
        let rect = state.layout.timeline
        _ = state.handle(.click(x: rect.x + 3, y: rect.y + 3))
        XCTAssertEqual(state.focus, .timeline)
        XCTAssertEqual(state.timeline.row, 2)
        _ = state.handle(.wheel(x: rect.x + 3, y: rect.y + 3, direction: 1))
        XCTAssertEqual(state.timeline.row, 3)
    }

    func testRepeatedRelationsShowOnceAndMarkTogether() {
        var corpus = FixtureBuilder.korea()
        // The same meeting, reported the other way round in the second article.
        let evidence = corpus.articles.first { $0.id == "a2" }!.sentences[0].text
        corpus.relations.append(Relation(subject: "vladimir-putin", predicate: "meet", object: "kim-jong-un", symmetric: true,
                                         article: "a2", sentence: 0, evidence: evidence))
        state = .fixture(corpus: corpus)
        state.type(.char("2"))
        XCTAssertEqual(state.expandedRelations.count, 2)
        XCTAssertEqual(state.expandedRelationGroups.map(\.count), [2, 1])
        XCTAssertTrue(Renderer.render(state).row(2).contains("meet ↔ Vladimir Putin"))
        XCTAssertTrue(Renderer.render(state).row(2).contains("×2"))
        state.type(.char("j"), .char(" "))
        XCTAssertEqual(state.marks.relations.count, 2)
    }
}
