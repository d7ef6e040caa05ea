import XCTest
@testable import StorylineModel

/// Random and pathological input: the tagger must never crash, and offsets must always hold.
final class TimeRobustnessTests: XCTestCase {
    /// Words and marks that start or break time expressions, so random sentences hit the rules' edges.
    private let vocabulary = [
        "the", "in", "on", "at", "last", "next", "this", "past", "coming", "early", "mid", "-", "late", "later",
        "July", "May", "Aug", ".", "Sept", "Thursday", "Mondays", "afternoon", "yesterday", "today", "tonight", "ago",
        "2023", "1990", "s", "'", "90", "'s", "first", "quarter", "half", "of", "end", "day", "next", "week", "weeks",
        "year", "years", "hours", "a", "an", "two", "twenty", "-", "five", "few", "22", ":", "30", "am", "p", "m",
        "Q", "3", "14", "th", ",", "84,121", "2.5", "%", "$", "every", "each", "for", "was", "will", "is", "to",
        "said", "that", "midnight", "GMT", "old", "aged", "summer", "century", "19", "now", "recently", "soon",
        "in", "future", "present", "right", "—", "’", "’s", "🇷🇺", "Ünïcödé", "10", "31", "29", "February", "2024",
    ]

    func testRandomSentencesNeverCrashAndKeepOffsets() {
        var generator = SeededGenerator(seed: 20_231_115)
        let references: [SimpleDate?] = [
            TimeTestSupport.november15, nil, SimpleDate(year: 2023), SimpleDate(year: 2023, month: 12),
            SimpleDate(year: 2024, month: 2, day: 29), SimpleDate(year: 2021, month: 1, day: 3),
        ]
        for round in 0..<3000 {
            let length = Int.random(in: 0...14, using: &generator)
            var sentence = ""
            for _ in 0..<length {
                let word = vocabulary.randomElement(using: &generator)!
                let glue = Int.random(in: 0..<4, using: &generator) == 0
                sentence += (glue || sentence.isEmpty ? "" : " ") + word
            }
            _ = TimeTestSupport.tag(sentence, references[round % references.count])
        }
    }

    /// The tagger skips a sentence with no word of `TimeLexicon.timeWords` and no number that could be a year, a clock
    /// time or a decade unscanned: the scanner itself finds nothing in such sentences, however the other triggers,
    /// numbers and their neighbours are strung together.
    func testScannerFindsNothingInSentencesTheTaggerSkips() {
        let words = vocabulary.filter { word in
            word.unicodeScalars.allSatisfy(\.isASCII) && !TimeLexicon.timeWords.contains(word.lowercased())
        } + ["per", "every", "each", "at", "right", "first", "near", "distant", "coming", "previous", "following",
             "turn", "beginning", "start", "middle", "by", "from", "until", "more", "full", "long", "few", "several",
             "couple", "dozen", "one", "twenty", "o", "'clock", "local", "between", "over", "5", "123", "12345", "84,121",
             "$", "%", "No.", "flight"]
        XCTAssertFalse(words.contains("year"))
        var generator = SeededGenerator(seed: 7)
        var skipped = 0
        for _ in 0..<5000 {
            let length = Int.random(in: 1...10, using: &generator)
            let sentence = (0..<length).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            let scalars = ReaderText.scalars(of: sentence)
            guard !scalars.withUnsafeBufferPointer({ TimeTokenizer.mayHoldTimeExpression($0) }) else { continue }
            skipped += 1
            let (tokens, lower) = scalars.withUnsafeBufferPointer { TimeTokenizer.tokenize($0) }
            for reference in [TimeTestSupport.november15, nil] {
                var scanner = TimeScanner(tokens: tokens, lower: lower, reference: TimeReference(reference))
                XCTAssertEqual(scanner.run().map(\.value), [], sentence)
            }
        }
        XCTAssertGreaterThan(skipped, 1000)
    }

    func testRandomCharactersNeverCrashAndKeepOffsets() {
        var generator = SeededGenerator(seed: 42)
        let characters = Array("0123456789 ,.:-–'’/%$aAmMpPsSthdy\u{301}é🇷🇺\n\t\"()")
        for _ in 0..<3000 {
            let length = Int.random(in: 0...24, using: &generator)
            let sentence = String((0..<length).map { _ in characters.randomElement(using: &generator)! })
            _ = TimeTestSupport.tag(sentence, TimeTestSupport.november15)
        }
    }

    func testExtremeNumbersDoNotOverflow() {
        let ref = TimeTestSupport.november15
        _ = TimeTestSupport.tag("It ended 99999999999999999999 years ago.", ref)
        _ = TimeTestSupport.tag("It ended 99999999 weeks ago and 99999999 days ago and 99999999 months ago.", ref)
        _ = TimeTestSupport.tag("It ended 999,999,999,999,999,999 centuries ago and 999,999,999,999,999,999 fortnights ago.", ref)
        _ = TimeTestSupport.tag("It ended 999,999,999 centuries ago, 999,999,999 fortnights ago, 999,999,999 decades ago.", ref)
        _ = TimeTestSupport.tag("It ended 0 days ago, at 24:59, on February 31 and 0 August 2023.", ref)
        assertTimes("It ended on 2023-02-31.", ref, [])
    }

    func testLongSentenceStaysLinear() {
        let clause = "Troops withdrew on Thursday and will return next month, officials said in July 2023"
        let sentence = Array(repeating: clause, count: 400).joined(separator: "; ")
        let start = Date()
        let mentions = TimeTestSupport.tag(sentence, TimeTestSupport.november15)
        XCTAssertEqual(mentions.count, 1200)
        // Generous bound for a debug build on a shared machine; a quadratic scan would take far longer.
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testThroughputSanity() {
        let text = "The talks followed a visit by the minister to Pyongyang in July. Since 2019, about 84,121 people, "
            + "aged 45 on average, fled. Kim may be making plans for next week, officials said on Thursday afternoon."
        let tagger = TimeTagger()
        let start = Date()
        var count = 0
        for _ in 0..<2000 { count += tagger.tag(text, reference: TimeTestSupport.november15).count }
        XCTAssertEqual(count, 2000 * 4)  // July, 2019, next week, Thursday afternoon
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }
}

