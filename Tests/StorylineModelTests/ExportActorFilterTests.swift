import StorylineModel
import XCTest

final class ExportActorFilterTests: XCTestCase {
    private let corpus = ExportFixture.corpus

    private func articleIDs(_ names: [String]) throws -> [String] {
        try ActorFilter.apply(names: names, to: corpus).articles.map(\.id)
    }

    func testNoNamesKeepsEverything() throws {
        XCTAssertEqual(try articleIDs([]), ["a1", "a2", "a3"])
    }

    func testCanonicalNameAliasAndCaseAllWork() throws {
        XCTAssertEqual(try articleIDs(["Kim Jong Un"]), ["a1", "a2"])
        XCTAssertEqual(try articleIDs(["kim"]), ["a1", "a2"])
        XCTAssertEqual(try articleIDs(["KIM JONG-UN"]), ["a1", "a2"])
        XCTAssertEqual(try articleIDs(["putin"]), ["a1"])
    }

    func testACapitalCountsForItsCountry() throws {
        // North Korea is named in a1; Pyongyang, which stands for it, in a2 and a3.
        XCTAssertEqual(try articleIDs(["dprk"]), ["a1", "a2", "a3"])
        XCTAssertEqual(try articleIDs(["Pyongyang"]), ["a2", "a3"])
    }

    func testSeveralNamesMustAllBeMentioned() throws {
        XCTAssertEqual(try articleIDs(["kim", "putin"]), ["a1"])
        XCTAssertEqual(try articleIDs(["Putin", "Pyongyang"]), [])
    }

    func testTheSubsetKeepsWhatWasExtractedFromTheKeptArticles() throws {
        let kept = try ActorFilter.apply(names: ["Pyongyang"], to: corpus)
        XCTAssertEqual(kept.actors.map(\.id), ["kim-jong-un", "pyongyang"])
        XCTAssertEqual(kept.relations, [])
        XCTAssertEqual(kept.events.map(\.date), ["2023-07"])
        XCTAssertEqual(kept.stories.map(\.articles), [["a2"]])
    }

    func testUnknownNameThrowsWithSuggestions() {
        XCTAssertThrowsError(try ActorFilter.apply(names: ["kim", "Putn"], to: corpus)) { error in
            guard let unknown = error as? UnknownActor else { return XCTFail("\(error)") }
            XCTAssertEqual(unknown.name, "Putn")
            XCTAssertTrue(unknown.suggestions.contains("Vladimir Putin"), "\(unknown.suggestions)")
            XCTAssertTrue(unknown.description.hasPrefix("no actor named \"Putn\" (did you mean: "))
            XCTAssertTrue(unknown.description.hasSuffix("?)"))
        }
        XCTAssertEqual(UnknownActor(name: "Zed", suggestions: []).description, "no actor named \"Zed\"")
        XCTAssertEqual(UnknownActor(name: "X", suggestions: ["A", "B"]).description, "no actor named \"X\" (did you mean: A, B?)")
    }
}
