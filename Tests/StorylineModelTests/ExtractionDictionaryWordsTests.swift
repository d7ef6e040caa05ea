import XCTest
@testable import StorylineModel

/// `DictionaryWords` answers as a `Set<String>` of the first fields of a list's rows (`Knowledge.rows`) does.
final class ExtractionDictionaryWordsTests: XCTestCase {
    func testAnswersAsASetOfTheRowsFirstFields() {
        let text = "# a comment\naardvark\n  abacus \t noun\r\n\nzebra\r\ncaf\u{E9}\n\u{212A}ilo\ntab\there\n   # indented comment\nzebra\n"
        let words = DictionaryWords(text: text)
        let expected: Set<String> = ["aardvark", "abacus", "zebra", "caf\u{E9}", "\u{212A}ilo", "tab"]
        let queries = ["aardvark", "abacus", "zebra", "zebr", "zebras", "Zebra", "caf\u{E9}", "cafe\u{301}", "cafe", "Kilo",
                       "\u{212A}ilo", "kilo", "tab", "here", "noun", "# a comment", "", " abacus"]
        for query in queries {
            XCTAssertEqual(words.contains(query), expected.contains(query), query)
        }
    }

    func testASortedListIsSearchedAsTheSetOfItsLines() {
        let lines = ["a", "aardvark", "ab", "abacus", "b", "kilo", "zebra", "zebras", "zoo"]
        let queries = lines + ["", "aa", "aardvarks", "abac", "c", "kil", "kilos", "zebr", "zz", "0", "\u{212A}ilo", "k\u{212A}lo",
                               "caf\u{E9}", "A", "zoo\n", "\u{212A}"]
        for text in ["# a header\n# two\n" + lines.joined(separator: "\n") + "\n", lines.joined(separator: "\n"),
                     lines.joined(separator: "\n") + "\n"] {
            let words = DictionaryWords(text: text)
            for query in queries { XCTAssertEqual(words.contains(query), Set(lines).contains(query), query) }
        }
        // Out of order, or a line the rows read otherwise: the table answers just the same.
        let others: [(text: String, words: Set<String>)] = [
            ("b\na\n", ["a", "b"]), ("a\na\n", ["a"]), ("a\n\nb\n", ["a", "b"]), ("a\n# b\nc\n", ["a", "c"]),
            ("a b\nc\n", ["a b", "c"]), ("a\r\nb\r\n", ["a", "b"]), ("caf\u{E9}\nzoo\n", ["caf\u{E9}", "zoo"]),
        ]
        for (text, expected) in others {
            let words = DictionaryWords(text: text)
            for query in ["a", "b", "c", "a b", "caf\u{E9}", "zoo", "", "# b"] {
                XCTAssertEqual(words.contains(query), expected.contains(query), "\(text.debugDescription) \(query)")
            }
        }
    }

    func testTheEnglishDictionaryHoldsEachOfItsRows() {
        let rows = Knowledge.rows("english-words.tsv").map { $0[0] }
        XCTAssertGreaterThan(rows.count, 1000)
        let set = Set(rows)
        for word in rows { XCTAssertTrue(KnowledgeBase.dictionaryWords.contains(word), word) }
        for word in rows.prefix(2000) {
            for query in [word + "x", String(word.dropLast()), word.uppercased()] {
                XCTAssertEqual(KnowledgeBase.dictionaryWords.contains(query), set.contains(query), query)
            }
        }
    }
}
