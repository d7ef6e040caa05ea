import XCTest
import StorylineModel
@testable import StorylineUI

final class ExportDialogTests: XCTestCase {
    var state = BrowserState.fixture()
    let context = ReduceContext(now: Date(timeIntervalSince1970: 1_700_000_000))  // 2023-11-14 22:13 UTC

    func testDefaultPathFollowsTheFormat() throws {
        _ = state.reduce(.openExport, context: context)
        let dialog = try XCTUnwrap(state.exportDialog)
        XCTAssertTrue(dialog.path.hasPrefix("storyline-2023-11-1"), dialog.path)
        XCTAssertTrue(dialog.path.hasSuffix(".json"))
        XCTAssertEqual(dialog.scope, "everything: 4 articles, 6 actors, 4 relations, 4 events")
        state.type(.backTab)  // path → format
        XCTAssertEqual(state.exportDialog?.field, .format)
        state.type(.right)
        XCTAssertEqual(state.exportDialog?.format, .csv)
        XCTAssertTrue(state.exportDialog!.path.hasSuffix(".csv"))
        state.type(.tab, .right)
        XCTAssertEqual(state.exportDialog?.table, .actors)
        state.type(.right, .right, .right, .right)  // wraps
        XCTAssertEqual(state.exportDialog?.table, .actors)
    }

    func testTypedPathKeepsItsName() {
        _ = state.reduce(.openExport, context: context)
        state.type(.ctrl("u"))
        state.type(text: "out.txt")
        state.type(.backTab, .right, .right)
        XCTAssertEqual(state.exportDialog?.format, .markdown)
        XCTAssertEqual(state.exportDialog?.path, "out.txt")
    }

    func testAcceptAsksForTheWriteThenConfirmsOverwrite() {
        _ = state.reduce(.openExport, context: context)
        state.type(.ctrl("u"))
        state.type(text: "x.json")
        XCTAssertEqual(state.handle(.key(.enter)), [.export(ExportRequest(path: "x.json", format: .json, table: .events, overwrite: false))])
        _ = state.reduce(.exportFinished(.exists(path: "/tmp/x.json")))
        XCTAssertEqual(state.mode, .confirmOverwrite)
        XCTAssertTrue(Renderer.render(state).rows.contains { $0.contains("exists. Overwrite? (y/n)") })
        XCTAssertEqual(state.handle(.key(.char("y"))), [.export(ExportRequest(path: "x.json", format: .json, table: .events, overwrite: true))])
        _ = state.reduce(.exportFinished(.written(path: "/tmp/x.json", summary: "4 articles")))
        XCTAssertNil(state.exportDialog)
        XCTAssertEqual(state.message?.text, "exported 4 articles to /tmp/x.json")
    }

    func testDecliningOverwriteKeepsTheDialog() {
        _ = state.reduce(.openExport, context: context)
        state.type(.enter)
        _ = state.reduce(.exportFinished(.exists(path: "p")))
        state.type(.char("n"))
        XCTAssertEqual(state.mode, .export)
        XCTAssertNotNil(state.exportDialog?.error)
        state.type(.escape)
        XCTAssertEqual(state.mode, .browse)
    }

    func testNothingMarkedExportsWhatTheFilterShows() {
        state.applyFilter("putin")
        let corpus = state.exportCorpus()
        let expected = state.index.corpus.subset(articles: ["a1", "a2"])
        XCTAssertEqual(corpus.articles, expected.articles)
        XCTAssertEqual(corpus.actors, expected.actors)
        XCTAssertEqual(corpus.events, expected.events)
        XCTAssertEqual(corpus.relations, expected.relations)
    }

    func testMarkedItemsExportExactly() {
        state.type(.char("j"), .char(" "))      // a1
        state.type(.char("3"), .char("j"), .char(" "))  // the PAST_REF event
        let corpus = state.exportCorpus()
        XCTAssertEqual(corpus.articles.map(\.id), ["a1"])
        XCTAssertEqual(corpus.events.map(\.summary), ["Kim visited a factory"])
        XCTAssertEqual(corpus.actors, [])
        XCTAssertEqual(corpus.relations, [])
        XCTAssertEqual(state.exportScope, "marked: 1 article, 1 event")
    }
}
