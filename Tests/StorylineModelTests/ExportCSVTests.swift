import StorylineModel
import XCTest

/// A strict RFC 4180 reader for the tests: quoted fields may hold commas, quotes (doubled) and line breaks.
func parseRFC4180(_ text: String) throws -> [[String]] {
    struct Malformed: Error { let reason: String }
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var atFieldStart = true
    while let c = scalars.popFirst() {
        if quoted {
            if c == "\"" {
                if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"":
            guard atFieldStart else { throw Malformed(reason: "quote inside an unquoted field") }
            quoted = true
            atFieldStart = false
        case ",":
            row.append(field); field = ""; atFieldStart = true
        case "\r":
            guard scalars.popFirst() == "\n" else { throw Malformed(reason: "CR without LF") }
            row.append(field); rows.append(row); row = []; field = ""; atFieldStart = true
        case "\n":
            throw Malformed(reason: "bare LF line end")
        default:
            field.unicodeScalars.append(c); atFieldStart = false
        }
    }
    guard !quoted else { throw Malformed(reason: "unterminated quote") }
    guard row.isEmpty && field.isEmpty else { throw Malformed(reason: "last line without CRLF") }
    return rows
}

final class ExportCSVTests: XCTestCase {
    private func csv(_ table: CSVTable, _ corpus: Corpus = ExportFixture.corpus, neutralise: Bool = true) -> String {
        CorpusExporter.render(corpus, options: ExportOptions(format: .csv, table: table, neutraliseFormulas: neutralise))
    }

    func testEveryTableHasAHeaderAndOneRowPerRecord() throws {
        let events = try parseRFC4180(csv(.events))
        XCTAssertEqual(events.first, ["date", "expression", "summary", "actors", "article", "sentence", "sources"])
        XCTAssertEqual(events.count, 3)
        XCTAssertEqual(events[1], ["2023-07", "in July", "Shoigu visited Pyongyang in July", "pyongyang", "a2",
                                   "Shoigu visited Pyongyang in July.", "a2:0; a3:2"])
        let actors = try parseRFC4180(csv(.actors))
        XCTAssertEqual(actors.first, ["id", "name", "kind", "aliases", "role", "mentions", "articles"])
        XCTAssertEqual(actors[1], ["kim-jong-un", "Kim Jong Un", "person", "Kim; Kim Jong-un", "Leader", "3", "a1; a2"])
        XCTAssertEqual(actors[3][4], "", "a missing role is an empty cell")
        let relations = try parseRFC4180(csv(.relations))
        XCTAssertEqual(relations, [
            ["subject", "predicate", "object", "symmetric", "article", "sentence"],
            ["kim-jong-un", "meet", "vladimir-putin", "true", "a1", "Kim will meet Putin, \"soon\"."],
        ])
        let articles = try parseRFC4180(csv(.articles))
        XCTAssertEqual(articles.first, ["id", "path", "title", "date", "anchor", "anchorSource", "story"])
        XCTAssertEqual(articles[1], ["a1", "news/a1.txt", "Kim Jong Un to meet Putin", "2023-11-15", "2023-11-15", "article", "s1"])
        XCTAssertEqual(articles[2][3...], ["", "2023-11-15", "story", "s1"])
        XCTAssertEqual(articles[3][6], "")
    }

    func testQuotingRoundTripsCommasQuotesAndLineBreaks() throws {
        let values = ["plain", "a, b", "say \"hi\"", "two\nlines", "crlf\r\nend", "\"\"", "", " spaced ", "ünï, 北"]
        let corpus = Corpus(articles: values.enumerated().map { i, title in
            ExportFixture.article("id\(i)", title: title, date: nil, story: nil)
        })
        let text = csv(.articles, corpus)
        let rows = try parseRFC4180(text)
        XCTAssertEqual(rows.dropFirst().map { $0[2] }, values)
        XCTAssertTrue(text.contains("\"say \"\"hi\"\"\""))
        XCTAssertTrue(text.contains("\r\nid0,news/id0.txt,plain,,,,\r\n"), "fields without specials are not quoted")
    }

    func testLinesEndWithCRLFAndThereIsNoBOM() {
        let text = csv(.actors)
        XCTAssertFalse(text.unicodeScalars.first == "\u{FEFF}")
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertTrue(text.hasPrefix("id,name,kind,aliases,role,mentions,articles\r\n"))
        // Every LF is part of a CRLF (no field here holds a line break).
        XCTAssertEqual(text.unicodeScalars.filter { $0 == "\n" }.count, text.unicodeScalars.filter { $0 == "\r" }.count)
    }

    func testFormulaCellsAreNeutralisedUnlessAskedNotTo() throws {
        let dangerous = ["=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "safe =1", "'quoted"]
        let corpus = Corpus(articles: dangerous.enumerated().map { i, title in
            ExportFixture.article("id\(i)", title: title, date: nil, story: nil)
        })
        let neutral = try parseRFC4180(csv(.articles, corpus)).dropFirst().map { $0[2] }
        XCTAssertEqual(neutral, ["'=HYPERLINK(\"http://evil\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\rCR",
                                 "safe =1", "'quoted"])
        let raw = try parseRFC4180(csv(.articles, corpus, neutralise: false)).dropFirst().map { $0[2] }
        XCTAssertEqual(raw, dangerous)
    }

    func testDefaultTableIsEvents() {
        XCTAssertEqual(ExportOptions(format: .csv).table, .events)
        XCTAssertTrue(ExportOptions(format: .csv).neutraliseFormulas)
        XCTAssertEqual(CorpusExporter.render(Corpus(), options: ExportOptions(format: .csv)),
                       "date,expression,summary,actors,article,sentence,sources\r\n")
    }
}
