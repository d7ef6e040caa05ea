import StorylineModel
@testable import StorylineUI

/// Builds small corpora by hand: articles whose mentions are found by name, relations and events by sentence.
struct FixtureBuilder {
    var corpus = Corpus()
    private var actorSurfaces: [(id: String, forms: [String])] = []

    mutating func actor(_ id: String, _ name: String, _ kind: ActorKind, aliases: [String] = [], role: String? = nil, standsFor: String? = nil) {
        corpus.actors.append(Actor(id: id, name: name, kind: kind, aliases: aliases, role: role, standsFor: standsFor))
        actorSurfaces.append((id, ([name] + aliases).sorted { $0.count > $1.count }))
    }

    /// Adds an article; sentences split on ". "; mentions found by each actor's name and aliases.
    mutating func article(_ id: String, _ title: String, date: String?, anchor: String? = nil, story: String? = nil, body: String) {
        let text = title + "\n\n" + body
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = title.unicodeScalars.count + 2
        var i = start
        while i <= scalars.count {
            let atEnd = i == scalars.count
            if atEnd || (scalars[i] == "." && (i + 1 == scalars.count || scalars[i + 1] == " ")) {
                let end = atEnd ? i : i + 1
                if end > start {
                    let s = String(String.UnicodeScalarView(scalars[start..<end]))
                    sentences.append(Sentence(index: sentences.count, range: start..<end, text: s, tokens: []))
                }
                start = end + 1
                i = start
                continue
            }
            i += 1
        }
        var article = Article(id: id, path: "fixture/\(id).txt", title: title, hasHeadline: true,
                              date: date.flatMap(SimpleDate.init(iso:)), text: text, bodyStart: title.unicodeScalars.count + 2, sentences: sentences)
        if article.date == nil, let anchor {
            article.anchor = SimpleDate(iso: anchor)
            article.anchorSource = .story
        }
        article.story = story
        corpus.articles.append(article)
        // Mentions: every whole-word occurrence of a name or alias, longest forms first, no overlaps.
        var taken = [Bool](repeating: false, count: scalars.count)
        for (actorID, forms) in actorSurfaces {
            for form in forms {
                let f = Array(form.unicodeScalars)
                guard !f.isEmpty, f.count <= scalars.count else { continue }
                for p in 0...(scalars.count - f.count) where Array(scalars[p..<(p + f.count)]) == f {
                    let before = p == 0 || !scalars[p - 1].properties.isAlphabetic
                    let after = p + f.count == scalars.count || !scalars[p + f.count].properties.isAlphabetic
                    guard before, after, !taken[p..<(p + f.count)].contains(true) else { continue }
                    for q in p..<(p + f.count) { taken[q] = true }
                    let sentence = sentences.first { $0.range.contains(p) }?.index ?? 0
                    corpus.mentions.append(Mention(actor: actorID, article: id, sentence: sentence, range: p..<(p + f.count), text: form))
                    let a = corpus.actors.firstIndex { $0.id == actorID }!
                    corpus.actors[a].mentions += 1
                    if corpus.actors[a].articles.last != id { corpus.actors[a].articles.append(id) }
                }
            }
        }
        if let story {
            if let s = corpus.stories.firstIndex(where: { $0.id == story }) { corpus.stories[s].articles.append(id) } else {
                corpus.stories.append(Story(id: story, title: "Story " + story, articles: [id], actors: []))
            }
        }
    }

    mutating func relation(_ subject: String, _ predicate: String, _ object: String, article: String, sentence: Int, symmetric: Bool = false) {
        let a = corpus.articles.first { $0.id == article }!
        corpus.relations.append(Relation(subject: subject, predicate: predicate, object: object, symmetric: symmetric,
                                         article: article, sentence: sentence, evidence: a.sentences[sentence].text))
    }

    mutating func event(_ date: String, _ summary: String, actors: [String], article: String, sentence: Int, also: [String] = []) {
        let a = corpus.articles.first { $0.id == article }!
        let sources = ([article] + also).map { EventSource(article: $0, sentence: sentence, expression: date) }
        corpus.events.append(Event(date: date, expression: date, summary: summary, actors: actors, article: article,
                                   sentence: sentence, evidence: a.sentences[sentence].text, sources: sources))
    }

    /// Actors sorted by salience, as the pipeline hands them over.
    func build() -> Corpus {
        var c = corpus
        c.actors.sort { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
        return c
    }

    /// The standard fixture: Korea and Russia, four articles, two in one story.
    static func korea() -> Corpus {
        var b = FixtureBuilder()
        b.actor("kim-jong-un", "Kim Jong Un", .person, aliases: ["Kim"], role: "Leader")
        b.actor("north-korea", "North Korea", .country, aliases: ["DPRK", "North Korean"])
        b.actor("pyongyang", "Pyongyang", .place, standsFor: "north-korea")
        b.actor("vladimir-putin", "Vladimir Putin", .person, aliases: ["Putin"], role: "President")
        b.actor("russia", "Russia", .country, aliases: ["Russian", "Moscow"])
        b.actor("united-nations", "United Nations", .organization, aliases: ["UN"])
        b.article("a1", "Kim Jong Un meets Vladimir Putin", date: "2023-09-13", story: "s1",
                  body: "Kim Jong Un met Vladimir Putin at a spaceport. Russia promised help to North Korea. The talks lasted hours.")
        b.article("a2", "Putin and Kim exchange rifles", date: "2023-09-14", story: "s1",
                  body: "Putin gave Kim a rifle. Kim visited a factory in Russia last week.")
        b.article("a3", "Pyongyang tests a missile", date: nil, anchor: "2023-11",
                  body: "Pyongyang fired a missile on Tuesday. The United Nations condemned the launch.")
        b.article("a4", "UN report on sanctions", date: "2023-12-01",
                  body: "The UN said sanctions were broken. Russia denied it.")
        b.relation("kim-jong-un", "meet", "vladimir-putin", article: "a1", sentence: 0, symmetric: true)
        b.relation("russia", "promise help", "north-korea", article: "a1", sentence: 1)
        b.relation("vladimir-putin", "give", "kim-jong-un", article: "a2", sentence: 0)
        b.relation("united-nations", "condemn", "north-korea", article: "a3", sentence: 1)
        b.event("2023-09-13", "Kim Jong Un met Vladimir Putin", actors: ["kim-jong-un", "vladimir-putin"], article: "a1", sentence: 0, also: ["a2"])
        b.event("PAST_REF", "Kim visited a factory", actors: ["kim-jong-un"], article: "a2", sentence: 1)
        b.event("2023-11-07", "Pyongyang fired a missile", actors: ["pyongyang"], article: "a3", sentence: 0)
        b.event("2023-12-01", "The UN said sanctions were broken", actors: ["united-nations"], article: "a4", sentence: 0)
        return b.build()
    }
}

extension BrowserState {
    /// A state on the Korea fixture at a size.
    static func fixture(width: Int = 120, height: Int = 40, corpus: Corpus = FixtureBuilder.korea()) -> BrowserState {
        BrowserState(index: BrowserIndex(corpus, name: "fixture"), width: width, height: height)
    }

    /// Feeds keys as typed.
    mutating func type(_ keys: Key...) { for key in keys { _ = handle(.key(key)) } }
    mutating func type(text: String) { for c in text { _ = handle(.key(.char(c))) } }
}
