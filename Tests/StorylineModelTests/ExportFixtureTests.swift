import StorylineModel
import XCTest

/// A small hand-built corpus for the export tests: two articles in one story (one dated, one with an anchor
/// inferred from the story), one article in no story with hostile text, actors with aliases and a capital.
enum ExportFixture {
    static let hostileTitle = "[click](http://evil) <script>alert(1)</script>"

    static func article(_ id: String, title: String, date: SimpleDate?, story: String?) -> Article {
        var article = Article(id: id, path: "news/\(id).txt", title: title, hasHeadline: true, date: date,
                              text: title, bodyStart: 0, sentences: [])
        article.story = story
        return article
    }

    static var corpus: Corpus {
        var inferred = article("a2", title: "Kim \"considers\" talks — Pyongyang", date: nil, story: "s1")
        inferred.anchor = SimpleDate(year: 2023, month: 11, day: 15)
        inferred.anchorSource = .story
        let articles = [
            article("a1", title: "Kim Jong Un to meet Putin", date: SimpleDate(year: 2023, month: 11, day: 15), story: "s1"),
            inferred,
            article("a3", title: hostileTitle, date: nil, story: nil),
        ]
        let actors = [
            Actor(id: "kim-jong-un", name: "Kim Jong Un", kind: .person, aliases: ["Kim", "Kim Jong-un"],
                  role: "Leader", affiliation: "north-korea", mentions: 3, articles: ["a1", "a2"]),
            Actor(id: "vladimir-putin", name: "Vladimir Putin", kind: .person, aliases: ["Putin"],
                  role: "President", mentions: 2, articles: ["a1"]),
            Actor(id: "north-korea", name: "North Korea", kind: .country, aliases: ["DPRK", "North Korean"],
                  mentions: 1, articles: ["a1"]),
            Actor(id: "pyongyang", name: "Pyongyang", kind: .place, standsFor: "north-korea",
                  mentions: 2, articles: ["a2", "a3"]),
        ]
        let mentions = [
            Mention(actor: "kim-jong-un", article: "a1", sentence: 0, range: 0..<3, text: "Kim"),
            Mention(actor: "kim-jong-un", article: "a1", sentence: 1, range: 10..<13, text: "Kim"),
            Mention(actor: "kim-jong-un", article: "a2", sentence: 0, range: 0..<3, text: "Kim"),
            Mention(actor: "vladimir-putin", article: "a1", sentence: 0, range: 20..<25, text: "Putin"),
            Mention(actor: "vladimir-putin", article: "a1", sentence: 1, range: 30..<35, text: "Putin"),
            Mention(actor: "north-korea", article: "a1", sentence: 1, range: 40..<51, text: "North Korea"),
            Mention(actor: "pyongyang", article: "a2", sentence: 0, range: 40..<49, text: "Pyongyang"),
            Mention(actor: "pyongyang", article: "a3", sentence: 0, range: 0..<9, text: "Pyongyang"),
        ]
        let relations = [
            Relation(subject: "kim-jong-un", predicate: "meet", object: "vladimir-putin", symmetric: true,
                     article: "a1", sentence: 0, evidence: "Kim will meet Putin, \"soon\"."),
        ]
        let events = [
            Event(date: "2023-07", expression: "in July", summary: "Shoigu visited Pyongyang in July",
                  actors: ["pyongyang"], article: "a2", sentence: 0, evidence: "Shoigu visited Pyongyang in July.",
                  sources: [EventSource(article: "a2", sentence: 0, expression: "in July"),
                            EventSource(article: "a3", sentence: 2, expression: "last July")]),
            Event(date: "2023-11-15", expression: "today", summary: "Kim and Putin | talks\nbegin",
                  actors: ["kim-jong-un", "vladimir-putin"], article: "a1", sentence: 1, evidence: "Talks begin today.",
                  sources: [EventSource(article: "a1", sentence: 1, expression: "today")]),
        ]
        let stories = [Story(id: "s1", title: "Kim and Putin talks", articles: ["a1", "a2"],
                             actors: ["kim-jong-un", "vladimir-putin"])]
        return Corpus(articles: articles, actors: actors, mentions: mentions, relations: relations,
                      events: events, stories: stories)
    }
}

/// Keeps the fixture file a test file in name too: the fixture must describe a consistent corpus.
final class ExportFixtureTests: XCTestCase {
    func testFixtureIsConsistent() {
        let corpus = ExportFixture.corpus
        let articleIDs = Set(corpus.articles.map(\.id))
        for actor in corpus.actors { XCTAssertTrue(Set(actor.articles).isSubset(of: articleIDs), actor.id) }
        for story in corpus.stories { XCTAssertTrue(Set(story.articles).isSubset(of: articleIDs), story.id) }
    }
}
