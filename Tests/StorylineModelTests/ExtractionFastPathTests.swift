import Foundation
import XCTest
@testable import StorylineModel

/// The byte-level fast paths of the extraction (letter case, lower-casing, word shapes, key tokens, apostrophes,
/// the name lists read at start-up, word maps, ISO dates) answer exactly what the standard library's slower ways answer.
final class ExtractionFastPathTests: XCTestCase {
    private let words = [
        "", "a", "kim", "Kim", "KIM", "U.S.", "McDonald's", "e-mail", "2024", "F-16s", "Zürich", "ZÜRICH", "zürich",
        "Öcalan", "Ωmega", "ǅemal", "İstanbul", "Kim’s", "’s", "日本", "👍🏽", "e\u{301}", "Straße", "ΣΊΣΥΦΟΣ", "ABC123def",
    ]

    func testLetterCaseMatchesUnicodeProperties() {
        let scalars = words.flatMap(\.unicodeScalars) + (0..<128).compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            XCTAssertEqual(Letters.isUppercase(scalar), scalar.properties.isUppercase, "\(scalar)")
            XCTAssertEqual(Letters.isLowercase(scalar), scalar.properties.isLowercase, "\(scalar)")
        }
        for word in words {
            XCTAssertEqual(Letters.startsCapitalised(word), word.unicodeScalars.first?.properties.isUppercase ?? false, word)
            XCTAssertEqual(Letters.startsWithLetter(word), word.first?.isLetter == true, word)
            XCTAssertEqual(Letters.startsLowercase(word), word.first?.isLowercase == true, word)
            XCTAssertEqual(Letters.startsUppercase(word), word.first?.isUppercase == true, word)
            XCTAssertEqual(Letters.isAllLowercase(word), word.allSatisfy(\.isLowercase), word)
        }
        for word in ["etc", "e.g", "jan", "Jan", "al.", "a1", "a\r\nb", "mr", String("xabc".dropFirst())] {
            XCTAssertEqual(Letters.isAllLowercase(word), word.allSatisfy(\.isLowercase), word)
        }
    }

    func testLowercaseMatchesTheStandardLibrary() {
        for word in words {
            XCTAssertEqual(EntityFeatures.lowercase(word), word.lowercased(), word)
            // A String made from a Substring (other storage than the literal's) is lower-cased the same.
            let copy = String(word.dropFirst(0))
            XCTAssertEqual(EntityFeatures.lowercase(copy), copy.lowercased(), copy)
        }
    }

    func testNameTokenHashesNeverTellEqualTokensApart() {
        // Canonically equivalent Strings are equal: "K" (Kelvin sign) is "K", "e\u{301}" is "é".
        let tokens = words + ["K", "\u{212A}", "é", "ANGSTROM \u{212B}", "ANGSTROM Å", "Kim", String("xKim".dropFirst())]
        for a in tokens {
            for b in tokens where a == b {
                XCTAssertTrue(NameTokenHashes.mayEqual(NameTokenHashes.hash(a), NameTokenHashes.hash(b)), "\(a) \(b)")
            }
        }
        XCTAssertFalse(NameTokenHashes.mayEqual(NameTokenHashes.hash("Kim"), NameTokenHashes.hash("Kimmel")))
    }

    func testWordShapesMatchAScalarWalk() {
        func reference(_ word: String) -> String {
            var out = ""
            var last: Character?
            for scalar in word.unicodeScalars {
                let c: Character = scalar.properties.isUppercase ? "X" : scalar.properties.isLowercase ? "x"
                    : ("0"..."9").contains(scalar) ? "d" : Character(scalar)
                if c != last || !"Xxd".contains(c) { out.unicodeScalars.append(contentsOf: String(c).unicodeScalars) }
                last = c
            }
            return out
        }
        for word in words {
            let shape = EntityFeatures.SentenceView.shape(word)
            XCTAssertEqual(shape, reference(word), word)
            // The hash takes each shape scalar's value byte by byte, low byte first (not its UTF-8).
            var hash: UInt64 = (0xcbf29ce484222325 ^ 6) &* 0x100000001b3
            for scalar in shape.unicodeScalars {
                var value = scalar.value
                repeat { hash = (hash ^ UInt64(value & 0xff)) &* 0x100000001b3; value >>= 8 } while value != 0
            }
            XCTAssertEqual(EntityFeatures.SentenceView.shapeHash(word), hash, word)
        }
    }

    func testStraightApostrophesMatchesAScalarWalk() {
        // Other E2 sequences: em dash (E2 80 94), curly opening quotes (E2 80 9C, E2 80 98).
        for text in words + ["“Kim”", "a—b", "‘x’", "it’s Kim’s", "’", "\u{2019}\u{2019}"] {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
            XCTAssertEqual(KnowledgeBase.straightApostrophes(text), expected, text)
            XCTAssertEqual(KnowledgeBase.keyHash(text), EntityFeatures.wordHash(expected), text)
        }
    }

    func testWordMapsAnswerAsDictionaries() {
        // Keys beyond ASCII, among them ones equal to ASCII words (Kelvin sign K, Greek question mark, varia) and a
        // decomposed é, asked for in both forms.
        let keys = words + ["\u{212A}elvin", "why\u{037E}", "\u{1FEF}x", "caf\u{E9}", "Ministry", "forces"]
        let dictionary = Dictionary(keys.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let map = WordMap(dictionary)
        let set = WordSet(keys)
        let queries = keys + ["Kelvin", "why;", "`x", "cafe\u{301}", "ministry", "Ministr", "Ministryy", "KIMS", "", "Forces"]
        // Filled word by word as a numbering does: a word gets the next number unless an equal one has it already.
        var numbering: [String: Int] = [:]
        var numberMap = WordMap<Int>()
        for word in keys + queries {
            if numbering[word] == nil { numbering[word] = numbering.count }
            if numberMap[word] == nil { numberMap.insert(word, numberMap.count) }
        }
        // Filled word by word as a document's words are, most of them more than once.
        var grown = WordSet(minimumCapacity: 2)
        for word in keys + keys.reversed() + queries { grown.insert(word) }
        for query in queries + queries.map({ String($0.dropFirst(0)) }) {
            XCTAssertEqual(map[query], dictionary[query], query)
            XCTAssertEqual(set.contains(query), Set(keys).contains(query), query)
            XCTAssertEqual(numberMap[query], numbering[query], query)
            XCTAssertEqual(grown.contains(query), Set(keys + queries).contains(query), query)
            if query.utf8.allSatisfy({ $0 < 0x80 }) {
                let lower = EntityFeatures.lowercase(query)
                XCTAssertEqual(set.contains(lowercasing: query, lowerHash: EntityFeatures.wordHash(lower)), set.contains(lower), query)
            }
        }
        XCTAssertEqual(map.dictionary, dictionary)
        XCTAssertEqual(Set(set), Set(keys))
        XCTAssertEqual(grown.count, Set(keys + queries).count)
    }

    func testSlugsOfASCIINamesMatchFoundationFolding() {
        let asciiNames = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
            "Kim Jong Un", "U.S.", "McDonald's", "AT&T", "3M", "--", "'", "Côte d'Ivoire", "The  Guardian ", "F-16", "#1 Fan",
        ]
        for name in asciiNames + words { XCTAssertEqual(slug(name), foldedSlug(name), name) }
    }

    func testKeyTokensMatchACharacterSplit() {
        // The way key tokens were made before the byte path, on Characters.
        func reference(_ name: String) -> [String] {
            var tokens: [String] = []
            for word in name.split(separator: " ") {
                var word = String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
                var trailing: [String] = []
                while let last = word.last, [",", ";", ":"].contains(last) {
                    trailing.insert(String(last), at: 0)
                    word.removeLast()
                }
                if word.hasSuffix("'s"), word.count > 2 {
                    tokens += [String(word.dropLast(2)), "'s"]
                } else if !word.isEmpty {
                    tokens.append(word)
                }
                tokens += trailing
            }
            return tokens
        }
        let names = ["", " ", "Kim Jong Un", "  double  spaces ", "McDonald's", "'s", "x's", "Korea, North", "a;b: c,;",
                     ",", "Kim’s party", "Zürich's council", "St. Mary's, London:", "x\r\ny", "日本 政府"]
        for name in names { XCTAssertEqual(KnowledgeBase.keyTokens(name), reference(name), name) }
    }

    /// What the name lists say of each listed word, worked out the plain way (Strings, `lowercased`, `split`),
    /// agrees with the knowledge base's table and its trie of long city names.
    func testNameListsMatchAPlainReading() {
        let knowledge = KnowledgeBase.shared
        func rows(_ file: String) -> [(name: String, kind: UInt8, number: Int)] {
            Knowledge.text(file).utf8.split(separator: 0x0A).compactMap { line in
                let fields = String(decoding: line, as: UTF8.self).split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard fields.count == 3, !fields[0].hasPrefix("#") else { return nil }
                let digits = fields[2].unicodeScalars.filter { ("0"..."9").contains($0) }
                return (fields[0].lowercased(), fields[1].utf8.first ?? 0, Int(String(String.UnicodeScalarView(digits))) ?? 0)
            }
        }
        var expected: [String: NameFacts] = [:]
        for row in rows("person-names.tsv") {
            if row.kind == UInt8(ascii: "g") {
                expected[row.name, default: NameFacts(bits: 0)].givenName = row.number <= 200 ? 1 : row.number <= 1000 ? 2 : 3
            } else {
                expected[row.name, default: NameFacts(bits: 0)].surname = row.number <= 1000 ? 1 : row.number <= 5000 ? 2 : 3
            }
        }
        var longCities: [[String]: Int] = [:]
        for row in rows("cities.tsv") {
            if row.name.utf8.contains(0x20) {
                let tokens = row.name.split(separator: " ").map(String.init)
                if longCities[tokens] == nil { longCities[tokens] = row.number }
            } else if expected[row.name, default: NameFacts(bits: 0)].town == 0 {
                expected[row.name, default: NameFacts(bits: 0)].town = NameFacts.townClass(population: row.number)
            }
        }
        for word in knowledge.commonWords.union(knowledge.stopCapitals) { expected[word, default: NameFacts(bits: 0)].isOrdinaryWord = true }
        XCTAssertGreaterThan(expected.count, 10_000)
        XCTAssertGreaterThan(longCities.count, 1_000)
        for (word, facts) in expected {
            XCTAssertEqual(knowledge.nameFacts(ofLowercased: word).bits, facts.bits, word)
        }
        for (tokens, population) in longCities {
            let match = knowledge.longCities.longestMatch(from: 0, count: tokens.count, key: { tokens[$0] })
            XCTAssertEqual(match?.length, tokens.count, tokens.joined(separator: " "))
            XCTAssertEqual(match?.value, population, tokens.joined(separator: " "))
        }
    }

    func testISODatesMatchPrintf() {
        let dates = [SimpleDate(year: 2024, month: 3, day: 7), SimpleDate(year: 999, month: 12, day: 31), SimpleDate(year: 7, month: nil, day: nil),
                     SimpleDate(year: 12345, month: 1, day: nil), SimpleDate(year: -5, month: 6, day: 10), SimpleDate(year: 0, month: 10, day: nil)]
        for date in dates {
            var expected = String(format: "%04d", date.year)
            if let month = date.month { expected += String(format: "-%02d", month) }
            if date.month != nil, let day = date.day { expected += String(format: "-%02d", day) }
            XCTAssertEqual(date.iso, expected)
        }
    }
}
