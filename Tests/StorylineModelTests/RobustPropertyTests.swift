import Foundation
import XCTest
@testable import StorylineModel

/// Invariants (RobustInvariantsTests.swift) over generated and mutated articles, from fixed seeds so that a failure
/// replays: the message names the seed and round, and `RobustPropertyTests.corpus(seed:round:)` rebuilds the input.
final class RobustPropertyTests: XCTestCase {
    static let names = ["Kim Jong Un", "Vladimir Putin", "President Joe Biden", "North Korea", "Russia", "the United Nations",
                        "Defense Minister Sergei Shoigu", "Pyongyang", "Moscow", "NATO", "Mr. Kim", "the U.S.", "Seoul",
                        "South Korean President Yoon Suk Yeol", "China", "Xi Jinping", "the Kremlin", "Emmanuel Macron"]
    static let verbs = ["met", "visited", "criticised", "warned", "supplied weapons to", "signed a deal with", "talked with",
                        "condemned", "praised", "will meet", "is expected to visit", "said it would sanction"]
    static let times = ["on Monday", "last week", "in July", "on 13 September 2023", "next month", "yesterday",
                        "in 2022", "on Sept. 13", "two days ago", "this year", "at 10:30 a.m.", "in early 2024", ""]
    static let noise = ["", "", "", ",", " (AP)", " — officials said", "\u{1B}[31m", "\u{0}", "\u{9B}", "\t", "  ", "\r\n",
                        "\r", "…", "\"", "“", "”", "’s", "🇰🇷", "e\u{301}", "北朝鮮", "\u{202E}", "\u{FFFD}", "<b>", "[x](y)",
                        "# ", "=1+2", "@cmd", "|", "`", "\\", "*", "1. ", "\n\n", "\u{2028}", "U.S.", "No. 5", "3.5%"]
    static let headers = ["", "date 2023-09-13\n", "date: 2023-13-45\n", "title: Talks\nsource: test\ndate: 2023-11-15\n\n",
                          "date 2024-02-29\n", "date 2023-02-29\n", "MOSCOW (Reuters) — "]

    static func pick<T>(_ items: [T], _ generator: inout SeededGenerator) -> T {
        items[Int.random(in: 0..<items.count, using: &generator)]
    }

    /// A news-like article: a header, a headline, sentences of actor–verb–actor–time with noise in between.
    static func randomArticle(_ generator: inout SeededGenerator) -> String {
        var text = pick(headers, &generator)
        if Bool.random(using: &generator) { text += "\(pick(names, &generator)) \(pick(verbs, &generator)) \(pick(names, &generator))\n" }
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            let parts = [pick(names, &generator), pick(noise, &generator), pick(verbs, &generator), pick(names, &generator),
                         pick(times, &generator), pick(noise, &generator)]
            text += parts.filter { !$0.isEmpty }.joined(separator: " ") + pick([". ", ".\n", "! ", "? ", "; ", " "], &generator)
        }
        return text
    }

    /// A byte-level mutation of `data`, the way a fuzzer would: flips, inserts, deletes, duplicates and splices.
    static func mutate(_ data: Data, other: Data, _ generator: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0 where !bytes.isEmpty: bytes[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &generator)
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
            case 2: bytes.insert(contentsOf: Array(pick(noise + times + names, &generator).utf8), at: position)
            case 3 where !bytes.isEmpty:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...200, using: &generator)))
            case 4 where !bytes.isEmpty:
                let piece = bytes[position..<min(bytes.count, position + Int.random(in: 1...300, using: &generator))]
                bytes.insert(contentsOf: piece, at: position)
            case 5 where !other.isEmpty:
                let start = Int.random(in: 0..<other.count, using: &generator)
                bytes.insert(contentsOf: other[other.startIndex + start..<other.startIndex + min(other.count, start + 400)], at: position)
            case 6: bytes.removeSubrange(position..<bytes.count)
            default: break
            }
        }
        return Data(bytes)
    }

    static let samples: [Data] = Seeds.documents.map(\.data) + ["korea.txt", "flag.txt", "clock.txt"].compactMap {
        try? Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/wikinews").appendingPathComponent($0))
    }

    /// The documents of one round: generated articles, or mutated samples, or both.
    static func documents(seed: UInt64, round: Int) -> [Data] {
        var generator = SeededGenerator(seed: seed &+ UInt64(round) &* 7919)
        return (0..<Int.random(in: 1...3, using: &generator)).map { _ in
            if samples.isEmpty || Bool.random(using: &generator) { return Data(randomArticle(&generator).utf8) }
            let base = pick(samples, &generator)
            return mutate(base, other: pick(samples, &generator), &generator)
        }
    }

    static func corpus(seed: UInt64, round: Int) -> (Corpus, skipped: Int) {
        var articles: [Article] = []
        var skipped = 0
        for (index, data) in documents(seed: seed, round: round).enumerated() {
            let result = ArticleReader.parse(id: "r\(round)-\(index)", path: "r\(round)-\(index).txt", data: data)
            if let article = result.article { articles.append(article) } else { skipped += 1 }
        }
        return (Pipeline.extract(articles), skipped)
    }

    func testInvariantsHoldForGeneratedAndMutatedArticles() {
        let seed: UInt64 = 20_261_123
        var actors = 0, relations = 0, events = 0
        for round in 0..<120 {
            let (corpus, _) = Self.corpus(seed: seed, round: round)
            actors += corpus.actors.count
            relations += corpus.relations.count
            events += corpus.events.count
            let problems = CorpusInvariants.violations(corpus)
            XCTAssertEqual(problems, [], "seed \(seed), round \(round)")
            if !problems.isEmpty { break }
        }
        // The generator must reach the extraction, or the invariants are only checked on empty lists.
        XCTAssertGreaterThan(actors, 200)
        XCTAssertGreaterThan(relations, 20)
        XCTAssertGreaterThan(events, 50)
    }

    func testEveryDocumentIsEitherAnArticleOrOneSkippedWarning() {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<300 {
            let data = Self.mutate(Self.pick(Self.samples, &generator), other: Data(), &generator)
            let result = ArticleReader.parse(id: "m\(round)", path: "m\(round).txt", data: data)
            let skipped = result.warnings.filter { $0.action == .skipped }
            XCTAssertEqual(result.article == nil ? 1 : 0, skipped.count, "round \(round): \(result.warnings)")
            for warning in result.warnings {
                XCTAssertFalse(warning.description.contains("\n"), "round \(round): \(warning)")
                XCTAssertTrue(warning.description.hasPrefix("m\(round).txt: "))
            }
            if let article = result.article { XCTAssertEqual(CorpusInvariants.textViolations(article), [], "round \(round)") }
        }
    }

    func testEveryFuzzRegressionInputHoldsTheInvariants() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            // The fuzzer splits its input into articles at 0x1E (Fuzz/ReaderPipelineFuzz.swift); so does this replay.
            let parts = data.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
            let articles = parts.enumerated().compactMap { index, part in
                ArticleReader.parse(id: "a\(index)", path: "fuzz/a\(index).txt", data: Data(part)).article
            }
            XCTAssertEqual(CorpusInvariants.violations(Pipeline.extract(articles)), [], name)
        }
    }
}
