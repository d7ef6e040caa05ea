import Foundation
import XCTest
@testable import StorylineModel

/// Tokens: words, numbers, possessives, punctuation, and their scalar offsets.
final class ReadingTokenizerTests: XCTestCase {
    private func tokens(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text)
        for token in tokens { XCTAssertEqual(token.text, ReadingFixtures.slice(text, token.range)) }
        return tokens.map(\.text)
    }

    func testWordsWithInternalHyphensApostrophesAndPeriods() {
        XCTAssertEqual(tokens("Kim Jong-un held leader-level talks."), ["Kim", "Jong-un", "held", "leader-level", "talks", "."])
        XCTAssertEqual(tokens("The U.S. and U.N. don't agree."), ["The", "U.S.", "and", "U.N.", "don't", "agree", "."])
        XCTAssertEqual(tokens("O'Brien can’t go."), ["O'Brien", "can’t", "go", "."])
        XCTAssertEqual(tokens("e.g. this, i.e. that"), ["e.g.", "this", ",", "i.e.", "that"])
    }

    func testPossessives() {
        XCTAssertEqual(tokens("Kim’s visit and Russia's war"), ["Kim", "’s", "visit", "and", "Russia", "'s", "war"])
        XCTAssertEqual(tokens("the KIM’S and the students' books"), ["the", "KIM", "’S", "and", "the", "students", "'", "books"])
    }

    func testNumbers() {
        XCTAssertEqual(tokens("84,121 people, 58% of them, at 22:30 on 3.5 acres"),
                       ["84,121", "people", ",", "58", "%", "of", "them", ",", "at", "22:30", "on", "3.5", "acres"])
        XCTAssertEqual(tokens("$5,000 in the 1990s, 30th"), ["$", "5,000", "in", "the", "1990s", ",", "30th"])
        XCTAssertEqual(tokens("1,2 or a,b"), ["1,2", "or", "a", ",", "b"])
    }

    func testPunctuationAndQuotes() {
        XCTAssertEqual(tokens("“Why not?” he asked."), ["“", "Why", "not", "?", "”", "he", "asked", "."])
        XCTAssertEqual(tokens("(yes) [no] {x}; a: b!"), ["(", "yes", ")", "[", "no", "]", "{", "x", "}", ";", "a", ":", "b", "!"])
        XCTAssertEqual(tokens("Wait... then -- go — now"), ["Wait", "...", "then", "--", "go", "—", "now"])
        XCTAssertEqual(tokens("'quoted'"), ["'", "quoted", "'"])
    }

    func testAbbreviationsKeepTheirPeriodInsideSentences() {
        XCTAssertEqual(tokens("Mr. Kim met Gen. Park on Jan. 5 at No. 10"),
                       ["Mr.", "Kim", "met", "Gen.", "Park", "on", "Jan.", "5", "at", "No.", "10"])
        XCTAssertEqual(tokens("J. R. R. Tolkien"), ["J.", "R.", "R.", "Tolkien"])
        // At the end of the text the period is punctuation, except in dotted acronyms.
        XCTAssertEqual(tokens("He saw Mr."), ["He", "saw", "Mr", "."])
        XCTAssertEqual(tokens("He went to the U.S."), ["He", "went", "to", "the", "U.S."])
        XCTAssertEqual(tokens("She said no. Then"), ["She", "said", "no", ".", "Then"])
    }

    func testUnicodeLettersAndMarks() {
        XCTAssertEqual(tokens("Café Zürich, Pyŏngyang"), ["Café", "Zürich", ",", "Pyŏngyang"])
        XCTAssertEqual(tokens("Cafe\u{301} ok"), ["Cafe\u{301}", "ok"])
        XCTAssertEqual(tokens("평양 방문"), ["평양", "방문"])
    }

    func testOffsetsAreScalarOffsets() {
        let text = "🇰🇷 Kim’s café, 👍🏽 ok."
        let tokens = Tokenizer.tokenize(text)
        XCTAssertEqual(tokens.map(\.text), ["🇰🇷", "Kim", "’s", "café", ",", "👍🏽", "ok", "."])
        XCTAssertEqual(tokens[0].range, 0..<2)
        XCTAssertEqual(tokens[1].range, 3..<6)
        XCTAssertEqual(tokens[2].range, 6..<8)
    }

    func testTokensOfEveryWikinewsStyleSentenceMatchTheText() throws {
        let article = try XCTUnwrap(ReadingFixtures.parse(ReadingFixtures.wikinewsStyle).article)
        assertOffsetsConsistent(article)
        let words = article.sentences.flatMap(\.tokens).map(\.text)
        XCTAssertTrue(words.contains("10,000"))
        XCTAssertTrue(words.contains("9:30"))
        XCTAssertTrue(words.contains("a.m."))
        XCTAssertTrue(words.contains("mid-afternoon"))
    }

    func testSamplesTokensMatchText() {
        for article in ArticleReader.read(paths: []).articles {
            assertOffsetsConsistent(article)
            let tokens = article.sentences.flatMap(\.tokens).map(\.text)
            XCTAssertTrue(tokens.contains("leader-level"))
            XCTAssertTrue(tokens.contains("’s"))
        }
    }
}
