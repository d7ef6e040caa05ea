import Foundation
import XCTest
@testable import StorylineModel

/// Builds corpora from hand-written article texts.
enum ExtractionFixtures {
    /// Each text becomes an article `a0`, `a1`…, read as a file would be.
    static func corpus(_ texts: String...) -> Corpus {
        corpus(texts)
    }

    static func corpus(_ texts: [String]) -> Corpus {
        let articles = texts.enumerated().compactMap { index, text in
            ArticleReader.parse(id: "a\(index)", path: "a\(index).txt", data: Data(text.utf8)).article
        }
        return Pipeline.extract(articles)
    }

    /// The names the tagger finds in one sentence of tokens, as a CoNLL evaluation reads it (datelines stay in
    /// the text), in the order they start: their words joined by spaces and their CoNLL type.
    static func taggedNames(_ tokens: [String]) -> [(text: String, type: String)] {
        let document = CoNLLDocument(sentences: [tokens.map { (token: $0, tag: "O") }])
        return NEREvaluation.predict(document).sorted { $0.start < $1.start }
            .map { (tokens[$0.start..<$0.end].joined(separator: " "), $0.type) }
    }

    /// The folder of this test target's fixture files.
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// The repository's root folder.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

extension Corpus {
    func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }

    func hasRelation(_ subject: String, _ predicate: String, _ object: String) -> Bool {
        relations.contains {
            ($0.subject == subject && $0.object == object || $0.symmetric && $0.subject == object && $0.object == subject)
                && $0.predicate == predicate
        }
    }

    /// Relations as "subject predicate object" lines, for failure messages.
    var relationLines: String {
        relations.map { "\($0.subject) \($0.predicate) \($0.object)" }.joined(separator: "\n")
    }
}
