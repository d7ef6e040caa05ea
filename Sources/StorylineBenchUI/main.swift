// Measures the browser without a terminal: time to first frame and per-key latency on synthetic corpora.
// Usage: storyline-bench-ui [ARTICLES...]   (default: 10000 100000)
import Foundation
import StorylineModel
import StorylineUI

/// A deterministic corpus of `count` articles: a few thousand actors with Zipf-like salience, stories of 1–5
/// articles, mentions, relations and events with real ranges into each article's text.
func syntheticCorpus(articles count: Int) -> Corpus {
    var generator = SeededGenerator(seed: 42)
    let kinds: [ActorKind] = [.person, .person, .organization, .country, .place, .group]
    let first = ["Kim", "Vladimir", "Xi", "Emmanuel", "Olaf", "Joe", "Rishi", "Narendra", "Recep", "Ursula", "Antonio", "Sergei"]
    let last = ["Jong Un", "Putin", "Jinping", "Macron", "Scholz", "Biden", "Sunak", "Modi", "Erdogan", "von der Leyen", "Guterres", "Lavrov"]
    let actorCount = max(50, min(5000, count / 20))
    var actors: [Actor] = (0..<actorCount).map { i in
        let name = "\(first[i % first.count]) \(last[(i / first.count) % last.count]) \(i)"
        return Actor(id: "actor-\(i)", name: name, kind: kinds[i % kinds.count], aliases: ["A\(i)"], role: i % 3 == 0 ? "Minister" : nil)
    }
    var articles: [Article] = []
    var mentions: [Mention] = []
    var relations: [Relation] = []
    var events: [Event] = []
    var stories: [Story] = []
    var actorArticles = Array(repeating: [String](), count: actorCount)
    var actorMentions = Array(repeating: 0, count: actorCount)
    let predicates = ["meet", "supply", "criticise", "visit", "sanction", "talk"]
    var storyIndex = 0
    var i = 0
    while i < count {
        let size = min(count - i, 1 + Int(generator.next() % 5))
        let storyID = "story-\(storyIndex)"
        var storyArticles: [String] = []
        for _ in 0..<size {
            let id = "art-\(i)"
            // Zipf-ish: low actor numbers are far more frequent.
            let cast = (0..<(3 + Int(generator.next() % 5))).map { _ -> Int in
                let r = Double(generator.next() % 1_000_000) / 1_000_000
                return min(actorCount - 1, Int(pow(r, 3) * Double(actorCount)))
            }
            var text = "Headline about \(actors[cast[0]].name)\n\n"
            var sentences: [Sentence] = []
            var scalarsSoFar = text.unicodeScalars.count
            let bodyStart = scalarsSoFar
            for (s, a) in cast.enumerated() {
                let other = cast[(s + 1) % cast.count]
                let sentence = "\(actors[a].name) said on Tuesday that \(actors[other].name) would \(predicates[s % predicates.count]) soon. "
                let start = scalarsSoFar
                let length = sentence.unicodeScalars.count
                sentences.append(Sentence(index: s, range: start..<(start + length - 1), text: sentence, tokens: []))
                let nameLength = actors[a].name.unicodeScalars.count
                mentions.append(Mention(actor: actors[a].id, article: id, sentence: s, range: start..<(start + nameLength), text: actors[a].name))
                actorMentions[a] += 1
                if actorArticles[a].last != id { actorArticles[a].append(id) }
                text += sentence
                scalarsSoFar += length
                if s < 2 {
                    relations.append(Relation(subject: actors[a].id, predicate: predicates[s % predicates.count], object: actors[other].id,
                                              symmetric: s == 0, article: id, sentence: s, evidence: sentence))
                }
            }
            let day = 1 + (i / 40) % 28, month = 1 + (i / 1120) % 12, year = 2020 + i / 13440
            let date = SimpleDate(year: year, month: month, day: day)
            var article = Article(id: id, path: "synthetic/\(id).txt", title: "Headline about \(actors[cast[0]].name)", hasHeadline: true,
                                  date: i % 7 == 0 ? nil : date, text: text, bodyStart: bodyStart, sentences: sentences)
            if article.date == nil { article.anchor = date; article.anchorSource = .story }
            article.story = storyID
            articles.append(article)
            for e in 0..<3 {
                let value = e == 2 ? "PAST_REF" : date.iso
                events.append(Event(date: value, expression: "on Tuesday", summary: sentences[e % sentences.count].text, actors: [actors[cast[e % cast.count]].id],
                                    article: id, sentence: e % sentences.count, evidence: sentences[e % sentences.count].text,
                                    sources: [EventSource(article: id, sentence: e % sentences.count, expression: "on Tuesday")]))
            }
            storyArticles.append(id)
            i += 1
        }
        stories.append(Story(id: storyID, title: "Story \(storyIndex)", articles: storyArticles, actors: []))
        storyIndex += 1
    }
    for a in actors.indices {
        actors[a].articles = actorArticles[a]
        actors[a].mentions = actorMentions[a]
    }
    actors.sort { $0.mentions > $1.mentions }
    return Corpus(articles: articles, actors: actors, mentions: mentions, relations: relations, events: events, stories: stories)
}

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func summary(_ samples: [Double]) -> String {
    let sorted = samples.sorted()
    let median = sorted[sorted.count / 2]
    let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
    return String(format: "median %6.2f ms  p99 %6.2f ms  max %6.2f ms  (n=%d)", median, p99, sorted.last!, sorted.count)
}

/// One key: reduce plus render, as the real loop does (the terminal write is not counted).
func press(_ state: inout BrowserState, _ key: Key) -> Double {
    milliseconds {
        _ = state.handle(.key(key))
        _ = Renderer.render(state)
    }
}

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
for count in sizes.isEmpty ? [10_000, 100_000] : sizes {
    let generated = milliseconds { _ = syntheticCorpus(articles: 10) }
    _ = generated
    var corpus = Corpus()
    let generation = milliseconds { corpus = syntheticCorpus(articles: count) }
    var state: BrowserState!
    let firstFrame = milliseconds {
        state = BrowserState(index: BrowserIndex(corpus, name: "synthetic"), width: 120, height: 40)
        _ = Renderer.render(state)
    }
    print("\(count) articles, \(corpus.actors.count) actors, \(corpus.mentions.count) mentions, \(corpus.relations.count) relations, \(corpus.events.count) events (generated in \(Int(generation)) ms)")
    print(String(format: "  first frame (index + state + render): %.0f ms", firstFrame))

    var scrolling: [Double] = []
    for pane in ["1", "2", "3"] {
        _ = press(&state, .char(Character(pane)))
        for _ in 0..<300 { scrolling.append(press(&state, .char("j"))) }
        for _ in 0..<50 { scrolling.append(press(&state, .pageDown)) }
        scrolling.append(press(&state, .char("G")))
        for _ in 0..<50 { scrolling.append(press(&state, .pageUp)) }
        scrolling.append(press(&state, .char("g")))
    }
    print("  scrolling (j, PgDn, PgUp, G, g):       " + summary(scrolling))

    var focus: [Double] = []
    for _ in 0..<300 { focus.append(press(&state, .tab)) }
    print("  focus change (Tab):                    " + summary(focus))

    var typing: [Double] = []
    var slowest: [(ms: Double, key: String)] = []
    let queries = ["kim", "putin", "a3", "xi jinping", "macron | scholz", "biden !putin", "dprk", "lavrov"]
    for query in queries {
        func timed(_ key: Key, _ label: String) {
            let ms = press(&state, key)
            typing.append(ms)
            slowest.append((ms, label))
        }
        timed(.char("a"), "a")
        var typed = ""
        for c in query { typed.append(c); timed(.char(c), "“\(typed)”") }
        timed(.enter, "Enter after “\(query)”")
        timed(.char("c"), "c")
    }
    print("  filter typing (a, each letter, Enter, c): " + summary(typing))
    print("    slowest: " + slowest.sorted { $0.ms > $1.ms }.prefix(3).map { String(format: "%@ %.1f ms", $0.key, $0.ms) }.joined(separator: ", "))

    var filteredScroll: [Double] = []
    _ = press(&state, .char("a"))
    for c in "kim" { _ = press(&state, .char(c)) }
    _ = press(&state, .enter)
    for pane in ["1", "2", "3"] {
        _ = press(&state, .char(Character(pane)))
        for _ in 0..<200 { filteredScroll.append(press(&state, .char("j"))) }
    }
    print("  scrolling under a filter:              " + summary(filteredScroll))
}
