import Foundation
import XCTest
@testable import StorylineModel

/// Metadata: date headers, header blocks, headlines, datelines and titles, on the samples and hand-written files.
final class ReadingArticleTests: XCTestCase {
    private func article(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Article {
        let result = ReadingFixtures.parse(text)
        let article = try XCTUnwrap(result.article, "not parsed: \(result.warnings)", file: file, line: line)
        assertOffsetsConsistent(article, file: file, line: line)
        return article
    }

    // MARK: The bundled samples

    func testSample000HasInlineDateHeaderAndNoHeadline() throws {
        let (articles, warnings) = ArticleReader.read(paths: [])
        XCTAssertEqual(warnings, [])
        let sample = try XCTUnwrap(articles.first { $0.id == "000_aaf0a44153f1617d" })
        XCTAssertEqual(sample.path, "seeds/000_aaf0a44153f1617d.txt")
        XCTAssertEqual(sample.date, SimpleDate(year: 2023, month: 11, day: 15))
        XCTAssertEqual(sample.anchor, SimpleDate(year: 2023, month: 11, day: 15))
        XCTAssertEqual(sample.anchorSource, .article)
        XCTAssertFalse(sample.hasHeadline)
        XCTAssertTrue(sample.title.contains("Kim Jong Un"), sample.title)
        XCTAssertLessThanOrEqual(sample.title.count, 81)
        XCTAssertTrue(sample.title.hasSuffix("…"))
        XCTAssertTrue(ReadingFixtures.slice(sample.text, sample.bodyStart..<(sample.bodyStart + 5)) == "North")
        XCTAssertTrue(sample.sentences[0].text.hasPrefix("North Korean leader Kim Jong Un is reportedly considering"))
        XCTAssertTrue(sample.sentences[0].text.hasSuffix("a potential arms deal."))
        XCTAssertFalse(sample.sentences.contains { $0.text.contains("date 2023") })
        assertOffsetsConsistent(sample)
    }

    func testSample003HasHeadlineAndNoDate() throws {
        let (articles, _) = ArticleReader.read(paths: [])
        XCTAssertEqual(articles.map(\.id), ["000_aaf0a44153f1617d", "003_633f487c8012b962"])
        let sample = try XCTUnwrap(articles.first { $0.id == "003_633f487c8012b962" })
        XCTAssertNil(sample.date)
        XCTAssertNil(sample.anchor)
        XCTAssertNil(sample.anchorSource)
        XCTAssertTrue(sample.hasHeadline)
        XCTAssertEqual(sample.title, "Kim Jong Un Considers Talks with Putin Over Possible Arms Sales Amid Ukraine Crisis")
        XCTAssertTrue(sample.sentences[0].text.hasPrefix("North Korean leader Kim Jong Un may be making"))
        XCTAssertFalse(sample.sentences.contains { $0.text.contains("Considers Talks") })
        // "the two U.S. adversaries continue": a lower-case word after U.S. keeps the sentence whole.
        XCTAssertTrue(sample.sentences.contains {
            $0.text == "This development has raised eyebrows in the international community as the two U.S. adversaries continue to strengthen their ties."
        })
        // The closing quote ends the sentence, the next one starts with "This statement".
        XCTAssertTrue(sample.sentences.contains {
            $0.text.hasPrefix("Adrienne Watson,") && $0.text.hasSuffix("diplomatic engagement in Russia.”")
        })
        XCTAssertTrue(sample.sentences.contains { $0.text.hasPrefix("This statement comes on the heels") })
        assertOffsetsConsistent(sample)
    }

    func testSamplesParseTheSameEveryTime() {
        let first = ArticleReader.read(paths: [])
        let second = ArticleReader.read(paths: [])
        XCTAssertEqual(first.articles, second.articles)
    }

    // MARK: Wikinews style

    func testWikinewsStyleHeadlineWeekdayDatelineAndBody() throws {
        let article = try article(ReadingFixtures.wikinewsStyle)
        XCTAssertEqual(article.title, "Volunteers plant ten thousand trees along river in Ghent")
        XCTAssertTrue(article.hasHeadline)
        XCTAssertEqual(article.date, SimpleDate(year: 2015, month: 3, day: 14))
        XCTAssertEqual(article.sentences.map(\.text), [
            "On Saturday, about 400 volunteers planted 10,000 trees along the Scheldt in Ghent, Belgium.",
            "The project was organised by the city and Natuurpunt, a conservation group.",
            "\"We want the river banks green again,\" said alderman Tine Heyse.",
            "Work began at 9:30 a.m. and ended by mid-afternoon.",
            "Organisers said the U.S.-based Arbor Day Foundation paid for a quarter of the saplings.",
        ])
        XCTAssertTrue(ReadingFixtures.slice(article.text, article.bodyStart..<(article.bodyStart + 3)) == "On ")
    }

    func testWikinewsDatelineWithoutBlankLine() throws {
        let article = try article("Storm hits coast\nMonday, May 18, 2015\nA storm hit the coast on Monday.")
        XCTAssertEqual(article.title, "Storm hits coast")
        XCTAssertEqual(article.date, SimpleDate(year: 2015, month: 5, day: 18))
        XCTAssertEqual(article.sentences.map(\.text), ["A storm hit the coast on Monday."])
    }

    // MARK: Date header and header block

    func testInlineDateHeaderAfterLeadingWhitespace() throws {
        let article = try article("  \n date 2023-11-15 Officials met in Seoul. They talked.")
        XCTAssertEqual(article.date, SimpleDate(year: 2023, month: 11, day: 15))
        XCTAssertEqual(article.sentences.map(\.text), ["Officials met in Seoul.", "They talked."])
        XCTAssertFalse(article.hasHeadline)
        XCTAssertEqual(article.title, "Officials met in Seoul")
    }

    func testInlineDateHeaderOnAVeryLongFirstLine() throws {
        let body = String(repeating: "Officials met again and again in the capital. ", count: 4000)
        let article = try article("date 2022-07-01 " + body)
        XCTAssertEqual(article.date, SimpleDate(year: 2022, month: 7, day: 1))
        XCTAssertEqual(article.sentences.count, 4000)
    }

    func testDateHeaderOnItsOwnLineThenHeadline() throws {
        let article = try article("date 2021-02-03\nTalks resume in Geneva\nDiplomats met again on Tuesday.")
        XCTAssertEqual(article.date, SimpleDate(year: 2021, month: 2, day: 3))
        XCTAssertEqual(article.title, "Talks resume in Geneva")
        XCTAssertTrue(article.hasHeadline)
        XCTAssertEqual(article.sentences.map(\.text), ["Diplomats met again on Tuesday."])
    }

    func testDateHeaderAfterHeadline() throws {
        let article = try article("Talks resume in Geneva\ndate: 2021-02-03\n\nDiplomats met again on Tuesday.")
        XCTAssertEqual(article.title, "Talks resume in Geneva")
        XCTAssertEqual(article.date, SimpleDate(year: 2021, month: 2, day: 3))
        XCTAssertEqual(article.sentences.map(\.text), ["Diplomats met again on Tuesday."])
    }

    func testImpossibleDateHeaderIsIgnoredWithWarning() throws {
        let result = ReadingFixtures.parse("date 2023-13-45 Something happened here. Then more.")
        let article = try XCTUnwrap(result.article)
        XCTAssertNil(article.date)
        XCTAssertNil(article.anchor)
        XCTAssertEqual(result.warnings, [LoadWarning(path: "test.txt", action: .repaired, message: "impossible date 2023-13-45 ignored")])
        XCTAssertEqual(article.sentences.first?.text, "Something happened here.")
    }

    func testFebruary29OnlyInLeapYears() throws {
        XCTAssertEqual(try article("date 2024-02-29 A leap day.").date, SimpleDate(year: 2024, month: 2, day: 29))
        let result = ReadingFixtures.parse("date 2023-02-29 Not a leap day.")
        XCTAssertNil(result.article?.date)
        XCTAssertEqual(result.warnings.map(\.action), [.repaired])
    }

    func testHeaderBlockWithTitleSourceDate() throws {
        let text = "Title: Ministers meet in Oslo\nSOURCE: Example Wire\ndate: 2019-06-01\n\nThe ministers met on Saturday. They agreed."
        let article = try article(text)
        XCTAssertEqual(article.title, "Ministers meet in Oslo")
        XCTAssertTrue(article.hasHeadline)
        XCTAssertEqual(article.date, SimpleDate(year: 2019, month: 6, day: 1))
        XCTAssertEqual(article.sentences.map(\.text), ["The ministers met on Saturday.", "They agreed."])
    }

    func testHeaderBlockEndedByFirstNonHeaderLine() throws {
        let article = try article("source: Wire\nThe ministers met on Saturday.\nThey agreed.")
        XCTAssertFalse(article.hasHeadline)
        XCTAssertNil(article.date)
        XCTAssertEqual(article.sentences.map(\.text), ["The ministers met on Saturday.", "They agreed."])
        XCTAssertEqual(article.title, "The ministers met on Saturday")
    }

    func testHeaderDateInWords() throws {
        XCTAssertEqual(try article("date: August 21, 2015\n\nThe text.").date, SimpleDate(year: 2015, month: 8, day: 21))
    }

    func testUnrecognisedHeaderDateIsIgnoredWithWarning() throws {
        let result = ReadingFixtures.parse("date: sometime soon\n\nThe text.")
        XCTAssertNil(result.article?.date)
        XCTAssertEqual(result.warnings.map(\.action), [.repaired])
        XCTAssertEqual(result.article?.sentences.map(\.text), ["The text."])
    }

    func testWordDateIsNotAHeader() throws {
        let article = try article("Date palms grow in the desert. They need little water.")
        XCTAssertNil(article.date)
        XCTAssertEqual(article.sentences.first?.text, "Date palms grow in the desert.")
    }

    func testHeadersOnlyIsSkipped() {
        let result = ReadingFixtures.parse("title: Nothing here\ndate: 2020-01-01\n")
        XCTAssertNil(result.article)
        XCTAssertEqual(result.warnings.last?.action, .skipped)
    }

    // MARK: Headlines

    func testHeadlineRules() throws {
        XCTAssertTrue(try article("Is this the end?\nThe body follows here.").hasHeadline)
        XCTAssertTrue(try article("Fire!\nThe body follows here.").hasHeadline)
        XCTAssertTrue(try article("\u{201C}We will win\u{201D} says leader\nThe body follows here.").hasHeadline)
        // Ends in a full stop: a sentence, not a headline.
        XCTAssertFalse(try article("The minister resigned.\nThe body follows here.").hasHeadline)
        // Starts in lower case.
        XCTAssertFalse(try article("and then it rained\nThe body follows here.").hasHeadline)
        // Too long.
        let long = Array(repeating: "word", count: 30).joined(separator: " ")
        XCTAssertFalse(try article(long + "\nThe body follows here.").hasHeadline)
        // Nothing after it: the line is the body.
        let alone = try article("Just one line")
        XCTAssertFalse(alone.hasHeadline)
        XCTAssertEqual(alone.sentences.map(\.text), ["Just one line"])
        XCTAssertEqual(alone.title, "Just one line")
    }

    func testHeadlineIsNotASentence() throws {
        let article = try article("Kim visits Russia\n\nKim arrived on Monday.")
        XCTAssertEqual(article.sentences.map(\.text), ["Kim arrived on Monday."])
        XCTAssertEqual(article.title, "Kim visits Russia")
    }

    // MARK: Datelines

    func testDatelineForms() throws {
        XCTAssertEqual(try article("Storm\nAugust 21, 2015\nText.").date, SimpleDate(year: 2015, month: 8, day: 21))
        XCTAssertEqual(try article("Storm\n21 August 2015\nText.").date, SimpleDate(year: 2015, month: 8, day: 21))
        XCTAssertEqual(try article("Storm\nFri, Aug. 21, 2015\nText.").date, SimpleDate(year: 2015, month: 8, day: 21))
        XCTAssertEqual(try article("August 21, 2015\nText without headline.").date, SimpleDate(year: 2015, month: 8, day: 21))
    }

    func testWireDatelineWithoutYear() throws {
        let article = try article("WASHINGTON, Nov. 15 (Reuters) - The Senate passed the bill on Wednesday.")
        XCTAssertNil(article.date)
        XCTAssertEqual(article.sentences.map(\.text), ["The Senate passed the bill on Wednesday."])
        XCTAssertEqual(article.title, "The Senate passed the bill on Wednesday")
    }

    func testWireDatelineWithYear() throws {
        let article = try article("SEOUL, South Korea, Nov. 15, 2023 (AP) — North Korea fired a missile.")
        XCTAssertEqual(article.date, SimpleDate(year: 2023, month: 11, day: 15))
        XCTAssertEqual(article.sentences.map(\.text), ["North Korea fired a missile."])
    }

    func testAgencyDateline() throws {
        let article = try article("Talks stall\nLONDON (AP) — Talks stalled on Friday. Nobody knows why.")
        XCTAssertEqual(article.title, "Talks stall")
        XCTAssertNil(article.date)
        XCTAssertEqual(article.sentences.map(\.text), ["Talks stalled on Friday.", "Nobody knows why."])
    }

    func testPlaceDatelineInOrdinaryCase() throws {
        let article = try article("Lanterns lit\nMonday, March 5, 2007\n\nTaipei, Taiwan — The festival opened on Saturday.")
        XCTAssertEqual(article.date, SimpleDate(year: 2007, month: 3, day: 5))
        XCTAssertEqual(article.sentences.map(\.text), ["The festival opened on Saturday."])
        // One capitalised name before a dash is not a dateline.
        let named = try self.article("Kim Jong Un — the leader — spoke.")
        XCTAssertEqual(named.sentences.map(\.text), ["Kim Jong Un — the leader — spoke."])
    }

    func testDashInOrdinarySentenceIsNotADateline() throws {
        let article = try article("The talks — which began in May — failed. Kim Jong-un left.")
        XCTAssertEqual(article.sentences.map(\.text), ["The talks — which began in May — failed.", "Kim Jong-un left."])
    }

    func testImpossibleDatelineDateIsIgnoredWithWarning() throws {
        let result = ReadingFixtures.parse("Storm\nFebruary 30, 2015\nText.")
        XCTAssertNil(result.article?.date)
        XCTAssertEqual(result.warnings.map(\.action), [.repaired])
        XCTAssertEqual(result.article?.sentences.map(\.text), ["Text."])
    }

    func testDateHeaderWinsOverDateline() throws {
        XCTAssertEqual(try article("date 2020-01-02\nStorm\nAugust 21, 2015\nText.").date, SimpleDate(year: 2020, month: 1, day: 2))
    }

    func testDatePhraseParsing() {
        XCTAssertEqual(DatelineDate("Friday, August 21, 2015"), DatelineDate(year: 2015, month: 8, day: 21))
        XCTAssertEqual(DatelineDate("21st of August 2015"), DatelineDate(year: 2015, month: 8, day: 21))
        XCTAssertEqual(DatelineDate("Sept. 3"), DatelineDate(year: nil, month: 9, day: 3))
        XCTAssertEqual(DatelineDate("March 2015"), DatelineDate(year: 2015, month: 3, day: nil))
        XCTAssertNil(DatelineDate("August 45, 2015"))
        XCTAssertNil(DatelineDate("May be later"))
        XCTAssertNil(DatelineDate("The quick brown fox"))
        XCTAssertFalse(DatelineDate(year: 2015, month: 2, day: 30).isPossible)
    }

    // MARK: Titles from the first sentence

    func testTitleFromLongSentenceCutsAtWordBoundary() throws {
        let sentence = "Representatives of twelve neighbouring countries gathered in the capital yesterday to discuss water rights and fishing quotas."
        let article = try article(sentence)
        XCTAssertFalse(article.hasHeadline)
        XCTAssertTrue(article.title.hasSuffix("…"))
        XCTAssertLessThanOrEqual(article.title.count, 80)
        let withoutEllipsis = String(article.title.dropLast())
        XCTAssertTrue(sentence.hasPrefix(withoutEllipsis))
        // Never mid-word: the cut is followed by a space in the sentence.
        XCTAssertEqual(sentence[sentence.index(sentence.startIndex, offsetBy: withoutEllipsis.count)], " ")
    }

    func testTitleFromSentenceWithOneHugeWord() {
        let title = ArticleReader.titleFromSentence(String(repeating: "x", count: 200))
        XCTAssertEqual(title.count, 80)
        XCTAssertTrue(title.hasSuffix("…"))
    }

    func testTitleCollapsesLineBreaks() {
        XCTAssertEqual(ArticleReader.titleFromSentence("Short\nwrapped   sentence."), "Short wrapped sentence")
    }
}
