// The corpus invariants, shared by the property tests and the libFuzzer target: scripts/fuzz compiles this file
// together with the model's sources (one module, so no import) and -D STORYLINE_FUZZ, which leaves out the tests.
import Foundation
#if !STORYLINE_FUZZ
import StorylineModel
import XCTest
#endif

/// What must hold for any corpus the pipeline builds, whatever the input. `violations` lists every broken rule
/// in words (empty when all hold), so a failing test or fuzz crash says what broke.
enum CorpusInvariants {
    static func violations(_ corpus: Corpus, checkExports: Bool = true) -> [String] {
        var problems: [String] = []
        let articleIDs = corpus.articles.map(\.id)
        let articles = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if Set(articleIDs).count != articleIDs.count { problems.append("article ids are not unique: \(articleIDs)") }
        let actorIDs = corpus.actors.map(\.id)
        let actors = Set(actorIDs)
        if actors.count != actorIDs.count { problems.append("actor ids are not unique: \(actorIDs)") }
        let storyIDs = Set(corpus.stories.map(\.id))
        if storyIDs.count != corpus.stories.count { problems.append("story ids are not unique") }

        for article in corpus.articles { problems += textViolations(article) }
        if let story = corpus.articles.compactMap(\.story).first(where: { !storyIDs.contains($0) }) {
            problems.append("an article is in story \(story), which does not exist")
        }

        func sentence(_ articleID: String, _ index: Int, _ what: String) -> Sentence? {
            guard let article = articles[articleID] else {
                problems.append("\(what) names article \(articleID), which does not exist")
                return nil
            }
            guard article.sentences.indices.contains(index) else {
                problems.append("\(what) names sentence \(index) of \(articleID), which has \(article.sentences.count)")
                return nil
            }
            return article.sentences[index]
        }

        var scalarCache: [String: [Unicode.Scalar]] = [:]
        for mention in corpus.mentions {
            if !actors.contains(mention.actor) { problems.append("mention of unknown actor \(mention.actor)") }
            guard let sentence = sentence(mention.article, mention.sentence, "mention \"\(mention.text)\""),
                  let article = articles[mention.article] else { continue }
            if mention.range.lowerBound < sentence.range.lowerBound || mention.range.upperBound > sentence.range.upperBound {
                problems.append("mention \"\(mention.text)\" at \(mention.range) lies outside its sentence \(sentence.range)")
            } else if normalisedName(slice(article, mention.range, scalars: &scalarCache)) != normalisedName(mention.text) {
                // A mention's text is its words joined by one space ("Barack  Obama", a name across a line break),
                // with straight apostrophes ("Shoigu’s" is written "Shoigu's").
                problems.append("mention \"\(mention.text)\" differs from the text at \(mention.range)")
            }
        }
        for actor in corpus.actors {
            if let missing = actor.articles.first(where: { articles[$0] == nil }) {
                problems.append("actor \(actor.id) names article \(missing), which does not exist")
            }
            for id in [actor.affiliation, actor.standsFor].compactMap({ $0 }) where !actors.contains(id) {
                problems.append("actor \(actor.id) is linked to \(id), which is no actor of the corpus")
            }
        }
        for relation in corpus.relations {
            for id in [relation.subject, relation.object] where !actors.contains(id) {
                problems.append("relation \(relation.predicate) refers to actor \(id), which does not exist")
            }
            if let sentence = sentence(relation.article, relation.sentence, "relation \(relation.predicate)"),
               sentence.text != relation.evidence {
                problems.append("relation evidence is not the text of sentence \(relation.sentence) of \(relation.article)")
            }
        }
        for event in corpus.events {
            if let unknown = event.actors.first(where: { !actors.contains($0) }) {
                problems.append("event \"\(event.expression)\" names actor \(unknown), which does not exist")
            }
            if let sentence = sentence(event.article, event.sentence, "event \"\(event.expression)\"") {
                if sentence.text != event.evidence { problems.append("event evidence is not its sentence's text") }
                if !sentence.text.contains(event.expression) {
                    problems.append("event expression \"\(event.expression)\" is not in its sentence \"\(sentence.text)\"")
                }
            }
            if event.sources.isEmpty { problems.append("event \"\(event.expression)\" has no source") }
            for source in event.sources {
                if let sentence = sentence(source.article, source.sentence, "event source"),
                   !sentence.text.contains(source.expression) {
                    problems.append("source expression \"\(source.expression)\" is not in its sentence \"\(sentence.text)\"")
                }
            }
        }
        for story in corpus.stories {
            if let missing = story.articles.first(where: { articles[$0] == nil }) {
                problems.append("story \(story.id) names article \(missing), which does not exist")
            }
            if let missing = story.actors.first(where: { !actors.contains($0) }) {
                problems.append("story \(story.id) names actor \(missing), which does not exist")
            }
        }
        if checkExports { problems += exportViolations(corpus) }
        return problems
    }

    /// Offsets inside the text, sentence and token texts equal to their slices, tokens inside their sentence and
    /// in order, and no carriage return or NUL left by the decoder.
    static func textViolations(_ article: Article) -> [String] {
        var problems: [String] = []
        let scalars = Array(article.text.unicodeScalars)
        let id = article.id
        if !(0...scalars.count).contains(article.bodyStart) {
            problems.append("\(id): bodyStart \(article.bodyStart) outside the text (\(scalars.count) scalars)")
        }
        if scalars.contains("\r") || scalars.contains("\0") { problems.append("\(id): text holds CR or NUL") }
        if article.sentences.isEmpty { problems.append("\(id): an article without sentences") }
        var previousEnd = article.bodyStart
        for (position, sentence) in article.sentences.enumerated() {
            if sentence.index != position { problems.append("\(id): sentence \(position) has index \(sentence.index)") }
            guard sentence.range.lowerBound >= 0, sentence.range.upperBound <= scalars.count else {
                problems.append("\(id): sentence \(position) range \(sentence.range) outside the text")
                continue
            }
            if sentence.range.lowerBound < previousEnd {
                problems.append("\(id): sentence \(position) starts at \(sentence.range.lowerBound), before \(previousEnd)")
            }
            previousEnd = sentence.range.upperBound
            if string(scalars[sentence.range]) != sentence.text {
                problems.append("\(id): sentence \(position) text differs from its slice")
            }
            var tokenEnd = sentence.range.lowerBound
            for token in sentence.tokens {
                guard token.range.lowerBound >= tokenEnd, token.range.upperBound <= sentence.range.upperBound,
                      !token.range.isEmpty else {
                    problems.append("\(id): token \"\(token.text)\" at \(token.range) out of order or outside sentence \(sentence.range)")
                    break
                }
                tokenEnd = token.range.upperBound
                if string(scalars[token.range]) != token.text {
                    problems.append("\(id): token \"\(token.text)\" differs from the text at \(token.range)")
                }
            }
        }
        return problems
    }

    /// JSON that parses with one record per item, CSV tables whose rows all have the header's column count and
    /// whose cells cannot start a formula, Markdown in which article text opens no tag, link (bare URLs included) or
    /// heading.
    static func exportViolations(_ corpus: Corpus) -> [String] {
        var problems: [String] = []
        let json = CorpusExporter.render(corpus, options: ExportOptions(format: .json))
        if let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] {
            let counts = ["articles": corpus.articles.count, "actors": corpus.actors.count,
                          "relations": corpus.relations.count, "events": corpus.events.count, "stories": corpus.stories.count]
            for (key, count) in counts where (object[key] as? [Any])?.count != count {
                problems.append("JSON \(key) does not hold \(count) records")
            }
        } else {
            problems.append("JSON export does not parse")
        }

        let records = ["events": corpus.events.count, "actors": corpus.actors.count,
                       "relations": corpus.relations.count, "articles": corpus.articles.count]
        for table in CSVTable.allCases {
            let text = CorpusExporter.render(corpus, options: ExportOptions(format: .csv, table: table))
            guard let rows = parseCSV(text) else {
                problems.append("CSV \(table): not RFC 4180 (unbalanced quotes or bare line break)")
                continue
            }
            if rows.count != (records[table.rawValue] ?? 0) + 1 { problems.append("CSV \(table): \(rows.count) rows") }
            let columns = rows.first?.count ?? 0
            if let row = rows.firstIndex(where: { $0.count != columns }) {
                problems.append("CSV \(table): row \(row) has \(rows[row].count) columns, the header \(columns)")
            }
            let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
            if rows.joined().contains(where: { $0.unicodeScalars.first.map(formulaStarts.contains) ?? false }) {
                problems.append("CSV \(table): a cell starts like a formula")
            }
        }

        let markdown = CorpusExporter.render(corpus, options: ExportOptions(format: .markdown))
        let scalars = Array(markdown.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "<" || scalar == "[" || scalar == "`" {
            // An escaped character is preceded by an odd number of backslashes.
            var backslashes = 0
            while index - backslashes - 1 >= 0, scalars[index - backslashes - 1] == "\\" { backslashes += 1 }
            if backslashes % 2 == 0 {
                problems.append("Markdown: unescaped \(scalar) at scalar \(index)")
                break
            }
        }
        if markdown.contains("://") { problems.append("Markdown: a bare URL that GFM would link") }
        let reportHeadings: Set<Substring> = ["# Storyline report", "### Articles", "### Actors", "### Relations", "### Timeline"]
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("#") {
            let storyHeading = line.hasPrefix("## ") && !line.dropFirst(3).hasPrefix("#")
            if !storyHeading && !reportHeadings.contains(line) { problems.append("Markdown: stray heading \"\(line)\"") }
        }
        return problems
    }

    /// RFC 4180 records (CRLF line ends, `""` inside quotes); nil when the text is not well formed.
    static func parseCSV(_ text: String) -> [[String]]? {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var quoted = false, wasQuoted = false
        while let scalar = scalars.next() {
            if quoted {
                if scalar == "\"" {
                    guard let next = scalars.next() else { quoted = false; break }
                    if next == "\"" { field.append("\"") } else {
                        quoted = false
                        if next == "," { row.append(String(field)); field = .init(); wasQuoted = false } else if next == "\r" {
                            guard scalars.next() == "\n" else { return nil }
                            row.append(String(field)); field = .init(); rows.append(row); row = []; wasQuoted = false
                        } else { return nil }
                    }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true
                wasQuoted = true
            } else if scalar == "," {
                row.append(String(field)); field = .init(); wasQuoted = false
            } else if scalar == "\r" {
                guard scalars.next() == "\n" else { return nil }
                row.append(String(field)); field = .init(); rows.append(row); row = []; wasQuoted = false
            } else if scalar == "\n" {
                return nil
            } else {
                field.append(scalar)
            }
        }
        guard !quoted, field.isEmpty, row.isEmpty else { return nil }  // the last record ends with CRLF
        return rows
    }

    static func normalisedName(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
    }

    static func slice(_ article: Article, _ range: Range<Int>) -> String {
        var cache: [String: [Unicode.Scalar]] = [:]
        return slice(article, range, scalars: &cache)
    }

    /// The text at `range`; the article's scalars are kept in `cache`, as an article has many mentions.
    static func slice(_ article: Article, _ range: Range<Int>, scalars cache: inout [String: [Unicode.Scalar]]) -> String {
        let scalars = cache[article.id] ?? Array(article.text.unicodeScalars)
        cache[article.id] = scalars
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return "" }
        return string(scalars[range])
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

#if !STORYLINE_FUZZ
/// The checker itself must catch what it is meant to catch, or a green property test proves nothing.
final class RobustInvariantsTests: XCTestCase {
    private func corpus() -> Corpus {
        let text = "date 2023-09-13\nKim meets Putin\nKim Jong Un met Vladimir Putin in Vladivostok on Wednesday. They talked."
        let article = ArticleReader.parse(id: "a", path: "a.txt", data: Data(text.utf8)).article!
        return Pipeline.extract([article])
    }

    func testAPipelineCorpusHoldsEveryInvariant() {
        let corpus = corpus()
        XCTAssertFalse(corpus.actors.isEmpty)
        XCTAssertFalse(corpus.events.isEmpty)
        XCTAssertEqual(CorpusInvariants.violations(corpus), [])
    }

    func testBrokenCorporaAreCaught() {
        var duplicateActor = corpus()
        duplicateActor.actors.append(duplicateActor.actors[0])
        XCTAssertTrue(CorpusInvariants.violations(duplicateActor).contains { $0.hasPrefix("actor ids are not unique") })

        var danglingRelation = corpus()
        danglingRelation.relations.append(Relation(subject: "nobody", predicate: "meet", object: danglingRelation.actors[0].id,
                                                   symmetric: true, article: "a", sentence: 0,
                                                   evidence: danglingRelation.articles[0].sentences[0].text))
        XCTAssertTrue(CorpusInvariants.violations(danglingRelation).contains { $0.contains("actor nobody, which does not exist") })

        var movedToken = corpus()
        movedToken.articles[0].sentences[0].tokens[0].range = 0..<3
        XCTAssertTrue(CorpusInvariants.violations(movedToken).contains { $0.contains("token") })

        var wrongExpression = corpus()
        wrongExpression.events[0].expression = "in 1066"
        XCTAssertTrue(CorpusInvariants.violations(wrongExpression).contains { $0.contains("is not in its sentence") })

        var mentionOutside = corpus()
        mentionOutside.mentions[0].range = 0..<4
        XCTAssertTrue(CorpusInvariants.violations(mentionOutside).contains { $0.contains("outside its sentence") })
    }

    func testCSVReaderAcceptsRFC4180AndRejectsTheRest() {
        XCTAssertEqual(CorpusInvariants.parseCSV("a,b\r\n\"x,\"\"y\"\"\r\nz\",\r\n")!, [["a", "b"], ["x,\"y\"\r\nz", ""]])
        XCTAssertNil(CorpusInvariants.parseCSV("a,b\n"))
        XCTAssertNil(CorpusInvariants.parseCSV("\"a,b\r\n"))
        XCTAssertNil(CorpusInvariants.parseCSV("a\"b\r\n"))
    }
}
#endif
