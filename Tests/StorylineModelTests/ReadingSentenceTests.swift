import Foundation
import XCTest
@testable import StorylineModel

/// Sentence splitting: punctuation, quotes, abbreviations, line breaks.
final class ReadingSentenceTests: XCTestCase {
    private func split(_ text: String) -> [String] {
        let sentences = SentenceSplitter.sentences(in: text)
        for sentence in sentences {
            XCTAssertEqual(sentence.text, ReadingFixtures.slice(text, sentence.range))
        }
        return sentences.map(\.text)
    }

    func testBasicPunctuation() {
        XCTAssertEqual(split("It rained. Then it stopped! Did it? Yes."), ["It rained.", "Then it stopped!", "Did it?", "Yes."])
        XCTAssertEqual(split("Wait… What happened?! Nothing."), ["Wait…", "What happened?!", "Nothing."])
        XCTAssertEqual(split("Prices rose 5.5 percent. In 2015 they fell."), ["Prices rose 5.5 percent.", "In 2015 they fell."])
        XCTAssertEqual(split("It ended in 1991. 2000 began quietly."), ["It ended in 1991.", "2000 began quietly."])
    }

    func testLowerCaseAfterFullStopDoesNotSplit() {
        XCTAssertEqual(split("He bought 3 lbs. of rice. Then left."), ["He bought 3 lbs. of rice.", "Then left."])
    }

    func testQuotes() {
        XCTAssertEqual(split("He said, “We have information.” This statement comes later."),
                       ["He said, “We have information.”", "This statement comes later."])
        XCTAssertEqual(split("“Why not?” he asked. Nobody answered."), ["“Why not?” he asked.", "Nobody answered."])
        XCTAssertEqual(split("\"Go home.\" She left. 'Really?' he said."), ["\"Go home.\"", "She left.", "'Really?' he said."])
        XCTAssertEqual(split("It ended. “Never again,” she said."), ["It ended.", "“Never again,” she said."])
        XCTAssertEqual(split("He left (finally.) Then we ate."), ["He left (finally.)", "Then we ate."])
    }

    func testQuoteSetOffBySpacesClosesTheSentence() {
        XCTAssertEqual(split("It was \"unfair. \" Cornyn said more. Then \" quoted\" words."),
                       ["It was \"unfair. \"", "Cornyn said more.", "Then \" quoted\" words."])
    }

    func testAbbreviationsDoNotSplit() {
        XCTAssertEqual(split("Mr. Smith met Mrs. Jones and Ms. Lee. Dr. Kim came too."),
                       ["Mr. Smith met Mrs. Jones and Ms. Lee.", "Dr. Kim came too."])
        XCTAssertEqual(split("Gen. Park, Lt. Col. Choi and Sen. Warren spoke with Rep. Ortiz and Gov. Newsom."), [
            "Gen. Park, Lt. Col. Choi and Sen. Warren spoke with Rep. Ortiz and Gov. Newsom.",
        ])
        XCTAssertEqual(split("The U.S. Army and the U.N. Security Council met on Jan. 5 and Dec. 12 at St. Paul."),
                       ["The U.S. Army and the U.N. Security Council met on Jan. 5 and Dec. 12 at St. Paul."])
        XCTAssertEqual(split("Apple Inc. Chairman spoke to Acme Corp. Staff at Widgets Ltd. Offices near Smith Co. Headquarters."),
                       ["Apple Inc. Chairman spoke to Acme Corp. Staff at Widgets Ltd. Offices near Smith Co. Headquarters."])
        XCTAssertEqual(split("He lives at No. 10 and fights Ali vs. Frazier, e.g. Boxing, i.e. Sport."),
                       ["He lives at No. 10 and fights Ali vs. Frazier, e.g. Boxing, i.e. Sport."])
        XCTAssertEqual(split("J. R. R. Tolkien and George W. Bush met. They talked."),
                       ["J. R. R. Tolkien and George W. Bush met.", "They talked."])
    }

    func testMayIsNotAnAbbreviation() {
        XCTAssertEqual(split("It happened in May. Then June came."), ["It happened in May.", "Then June came."])
    }

    func testAbbreviationEndingSentenceBeforeCommonOpenerSplits() {
        XCTAssertEqual(split("Sanctions were imposed by the U.S. The talks stopped."),
                       ["Sanctions were imposed by the U.S.", "The talks stopped."])
        XCTAssertEqual(split("He works for Apple Inc. He is happy."), ["He works for Apple Inc.", "He is happy."])
        XCTAssertEqual(split("We met at 9 a.m. The rest followed, etc. Then lunch."),
                       ["We met at 9 a.m.", "The rest followed, etc.", "Then lunch."])
    }

    /// Documented limit: after "U.S." a capitalised word that is not a common opener does not split.
    func testKnownLimitAbbreviationBeforeCapitalisedWord() {
        XCTAssertEqual(split("Sanctions were imposed by the U.S. Officials agreed."),
                       ["Sanctions were imposed by the U.S. Officials agreed."])
    }

    func testLineBreaksEndSentences() {
        XCTAssertEqual(split("First paragraph ends here.\nSecond paragraph.\n\nThird paragraph"),
                       ["First paragraph ends here.", "Second paragraph.", "Third paragraph"])
        // Any line break ends a paragraph in one-paragraph-per-line files, even without punctuation.
        XCTAssertEqual(split("Background\nThe war began in 2022."), ["Background", "The war began in 2022."])
        // Ending in an abbreviation at the end of a line still ends the sentence.
        XCTAssertEqual(split("It was sold to the U.S.\nThen it left."), ["It was sold to the U.S.", "Then it left."])
    }

    func testLineBreakBeforeLowerCaseContinuesSentence() {
        XCTAssertEqual(split("The minister said the plan\nwould fail. Then she left."),
                       ["The minister said the plan\nwould fail.", "Then she left."])
    }

    func testHardWrappedTextIsJoined() {
        let text = """
        North Korean leader Kim Jong Un is reportedly considering a trip to
        Russia to meet with President Vladimir Putin for talks regarding a
        potential arms deal. Sources suggest that the discussions are centered
        around Moscow's interest in acquiring weapons for its involvement in
        Ukraine.

        The US National Security Council has stated that negotiations are
        progressing.
        """
        XCTAssertEqual(split(text).count, 3)
        XCTAssertTrue(split(text)[1].hasPrefix("Sources suggest"))
    }

    func testListMarkersStayWithTheirItem() {
        XCTAssertEqual(split("1. First point here.\n2. Second point."), ["1. First point here.", "2. Second point."])
        XCTAssertEqual(split("a. First point.\nb. Second point."), ["a. First point.", "b. Second point."])
        // A short word is not a list marker.
        XCTAssertEqual(split("Go. Stop. Wait."), ["Go.", "Stop.", "Wait."])
    }

    func testWhitespaceIsTrimmedAndEmptyPartsDropped() {
        let text = "  \t First one.   Second one.  \n \n   "
        XCTAssertEqual(split(text), ["First one.", "Second one."])
        XCTAssertEqual(split(""), [])
        XCTAssertEqual(split(" \n\n "), [])
    }

    func testSplitStartsAtBodyStart() {
        let text = "Headline here\nBody one. Body two."
        let sentences = SentenceSplitter.sentences(in: text, from: 14)
        XCTAssertEqual(sentences.map(\.text), ["Body one.", "Body two."])
        XCTAssertEqual(sentences.map(\.range), [14..<23, 24..<33])
        XCTAssertEqual(sentences.map(\.index), [0, 1])
    }

    func testCaselessScriptStartsSentence() {
        XCTAssertEqual(split("He said so. 北朝鮮 is next."), ["He said so.", "北朝鮮 is next."])
    }
}
