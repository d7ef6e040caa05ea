import StorylineModel

/// A group in the articles pane: the articles of one story (or a lone article), in date order.
public struct ArticleGroup: Sendable {
    /// Index into `corpus.stories`, nil for an article outside any story.
    public var story: Int?
    public var articles: [Int32]
}

/// Everything the browser precomputes once per corpus, so filtering and scrolling never rescan it.
public final class BrowserIndex: Sendable {
    public let corpus: Corpus
    public let articleIndex: [String: Int32]
    public let actorIndex: [String: Int32]
    /// Per article: the actors it mentions (`articleActorFlat`) and how often (`articleActorMentionsFlat`), ordered
    /// by actor position, at `articleActorStart[a]..<articleActorStart[a + 1]` for article a. One flat array rather
    /// than one per article: the filter's hot loop then touches no nested arrays.
    public let articleActorStart: [Int32]
    public let articleActorFlat: [Int32]
    public let articleActorMentionsFlat: [Int32]
    /// Per actor: the articles that mention it or an actor that stands for it (a capital for its country).
    public let actorArticles: [[Int32]]
    /// Per relation: its article, subject and object positions (-1 when unknown).
    public let relationArticle: [Int32]
    public let relationSubject: [Int32]
    public let relationObject: [Int32]
    /// Per event: the articles of its sources.
    public let eventArticles: [[Int32]]
    /// Per actor: its relations (as subject or object), grouped when they say the same thing, in first-seen order.
    public let actorRelationGroups: [[[Int32]]]
    /// Per relation: equal for relations with the same actors and predicate.
    public let relationSameKey: [Int32]
    /// Per event: its only source article, or -1 when it has several (then see `eventArticles`).
    public let eventSingleArticle: [Int32]
    /// Per event: where it sits on the timeline.
    public let eventDates: [TimelineDate]
    /// Per event: its actors' positions.
    public let eventActors: [[Int32]]
    /// Events in timeline order.
    public let eventOrder: [Int32]
    /// Per article: the date column ("2023-11-02", "~2023-11" for an inferred anchor, "" for none).
    public let articleDateLabels: [String]
    /// Per article: the positions in `corpus.mentions` of its mentions.
    public let articleMentions: [[Int32]]
    /// Per article: its story position, or -1.
    public let articleStory: [Int32]
    /// The articles pane's groups, by date.
    public let groups: [ArticleGroup]
    /// All actors by salience (mentions, then name).
    public let actorsBySalience: [Int32]
    /// Per actor: its position in `actorsBySalience`.
    public let salienceRank: [Int32]
    /// Per actor: searchable keys (name, aliases, id), folded, as UTF-8 for fast matching.
    let actorKeys: [[[UInt8]]]
    /// The corpus name shown in the status line.
    public let name: String

    public init(_ corpus: Corpus, name: String = "corpus") {
        self.corpus = corpus
        self.name = name
        let articleCount = corpus.articles.count
        let actorCount = corpus.actors.count
        var articleIndex: [String: Int32] = [:]
        articleIndex.reserveCapacity(articleCount)
        for (i, article) in corpus.articles.enumerated() where articleIndex[article.id] == nil { articleIndex[article.id] = Int32(i) }
        var actorIndex: [String: Int32] = [:]
        for (i, actor) in corpus.actors.enumerated() where actorIndex[actor.id] == nil { actorIndex[actor.id] = Int32(i) }
        self.articleIndex = articleIndex
        self.actorIndex = actorIndex

        // Mentions per article and per (article, actor); one flat dictionary is far cheaper than one per article.
        var articleMentions = Array(repeating: [Int32](), count: articleCount)
        var counts: [Int64: Int32] = [:]
        counts.reserveCapacity(corpus.mentions.count)
        for (m, mention) in corpus.mentions.enumerated() {
            guard let a = articleIndex[mention.article] else { continue }
            articleMentions[Int(a)].append(Int32(m))
            if let actor = actorIndex[mention.actor] { counts[Int64(a) << 32 | Int64(actor), default: 0] += 1 }
        }
        self.articleMentions = articleMentions

        var ownArticles = Array(repeating: [Int32](), count: actorCount)
        var articleActors = Array(repeating: [(actor: Int32, mentions: Int32)](), count: articleCount)
        for (i, actor) in corpus.actors.enumerated() {
            for id in actor.articles {
                guard let a = articleIndex[id] else { continue }
                ownArticles[i].append(a)
                articleActors[Int(a)].append((Int32(i), counts[Int64(a) << 32 | Int64(i)] ?? 0))
            }
        }
        var start = [Int32](), flatActors = [Int32](), flatMentions = [Int32]()
        start.reserveCapacity(articleCount + 1)
        for entries in articleActors {
            start.append(Int32(flatActors.count))
            for entry in entries { flatActors.append(entry.actor); flatMentions.append(entry.mentions) }
        }
        start.append(Int32(flatActors.count))
        articleActorStart = start
        articleActorFlat = flatActors
        articleActorMentionsFlat = flatMentions
        // A capital stands for its country: filtering by the country finds the capital's articles too.
        var actorArticles = ownArticles
        for (i, actor) in corpus.actors.enumerated() {
            guard let target = actor.standsFor, let t = actorIndex[target], Int(t) != i else { continue }
            actorArticles[Int(t)] = Array(Set(actorArticles[Int(t)]).union(ownArticles[i])).sorted()
        }
        self.actorArticles = actorArticles

        var actorRelations = Array(repeating: [Int32](), count: actorCount)
        var relationArticle = [Int32](), relationSubject = [Int32](), relationObject = [Int32]()
        relationArticle.reserveCapacity(corpus.relations.count)
        for (r, relation) in corpus.relations.enumerated() {
            relationArticle.append(articleIndex[relation.article] ?? -1)
            let s = actorIndex[relation.subject] ?? -1
            let o = actorIndex[relation.object] ?? -1
            relationSubject.append(s)
            relationObject.append(o)
            if s >= 0 { actorRelations[Int(s)].append(Int32(r)) }
            if o >= 0, o != s { actorRelations[Int(o)].append(Int32(r)) }
        }
        // Relations that say the same thing (a symmetric one in either direction) share a key, computed once here.
        struct SameRelation: Hashable { var a: Int32; var predicate: String; var b: Int32; var symmetric: Bool }
        var keys: [SameRelation: Int32] = [:]
        var relationSameKey = [Int32]()
        relationSameKey.reserveCapacity(corpus.relations.count)
        for (r, relation) in corpus.relations.enumerated() {
            var a = relationSubject[r], b = relationObject[r]
            if relation.symmetric && b < a { swap(&a, &b) }
            let key = SameRelation(a: a, predicate: relation.predicate, b: b, symmetric: relation.symmetric)
            if let k = keys[key] { relationSameKey.append(k) } else {
                let k = Int32(keys.count)
                keys[key] = k
                relationSameKey.append(k)
            }
        }
        self.relationSameKey = relationSameKey
        // Per actor, its relations (as subject or object) grouped by that key once, so expanding an actor never hashes at key-press time.
        actorRelationGroups = actorRelations.map { relations in
            var position: [Int32: Int] = [:]
            var groups: [[Int32]] = []
            for r in relations {
                let key = relationSameKey[Int(r)]
                if let p = position[key] { groups[p].append(r) } else {
                    position[key] = groups.count
                    groups.append([r])
                }
            }
            return groups
        }
        self.relationArticle = relationArticle
        self.relationSubject = relationSubject
        self.relationObject = relationObject

        var eventArticles = [[Int32]](), eventDates = [TimelineDate](), eventActors = [[Int32]]()
        var eventFirstArticle = [Int32]()
        // Many events share a date value and anchor: place each pair once.
        struct DateKey: Hashable { var value: String; var anchor: SimpleDate? }
        var placed: [DateKey: TimelineDate] = [:]
        for event in corpus.events {
            var sources = event.sources.compactMap { articleIndex[$0.article] }
            if sources.isEmpty, let a = articleIndex[event.article] { sources = [a] }
            eventArticles.append(sources)
            eventFirstArticle.append(sources.count == 1 ? sources[0] : -1)
            let anchor = articleIndex[event.article].flatMap { corpus.articles[Int($0)].anchor }
            let key = DateKey(value: event.date, anchor: anchor)
            if let date = placed[key] { eventDates.append(date) } else {
                let date = TimelineDate(value: event.date, anchor: anchor)
                placed[key] = date
                eventDates.append(date)
            }
            eventActors.append(event.actors.compactMap { actorIndex[$0] })
        }
        self.eventSingleArticle = eventFirstArticle
        self.eventArticles = eventArticles
        self.eventDates = eventDates
        self.eventActors = eventActors
        eventOrder = (0..<Int32(corpus.events.count)).sorted { a, b in
            let ka = eventDates[Int(a)].sortKey, kb = eventDates[Int(b)].sortKey
            return ka != kb ? ka < kb : a < b
        }

        articleDateLabels = corpus.articles.map { article in
            if let date = article.date { return fastISO(date) }
            if let anchor = article.anchor { return "~" + fastISO(anchor) }
            return ""
        }

        // Stories group their articles; groups and articles go by date, undated last.
        var articleStory = Array(repeating: Int32(-1), count: articleCount)
        for (s, story) in corpus.stories.enumerated() {
            for id in story.articles { if let a = articleIndex[id], articleStory[Int(a)] < 0 { articleStory[Int(a)] = Int32(s) } }
        }
        self.articleStory = articleStory
        func dateKey(_ a: Int32) -> Int {
            guard let d = corpus.articles[Int(a)].anchor else { return Int.max }
            return (d.year * 100 + (d.month ?? 0)) * 100 + (d.day ?? 0)
        }
        var groups: [ArticleGroup] = []
        var storyGroup: [Int32: Int] = [:]
        for a in 0..<Int32(articleCount) {
            let s = articleStory[Int(a)]
            if s >= 0 {
                if let g = storyGroup[s] { groups[g].articles.append(a); continue }
                storyGroup[s] = groups.count
                groups.append(ArticleGroup(story: Int(s), articles: [a]))
            } else {
                groups.append(ArticleGroup(story: nil, articles: [a]))
            }
        }
        var groupKeys: [Int] = []
        for g in groups.indices {
            groups[g].articles.sort { (dateKey($0), $0) < (dateKey($1), $1) }
            groupKeys.append(dateKey(groups[g].articles[0]))
        }
        self.groups = groups.indices.sorted { (groupKeys[$0], $0) < (groupKeys[$1], $1) }.map { groups[$0] }

        let bySalience = (0..<Int32(actorCount)).sorted { a, b in
            let ma = corpus.actors[Int(a)].mentions, mb = corpus.actors[Int(b)].mentions
            return ma != mb ? ma > mb : corpus.actors[Int(a)].name < corpus.actors[Int(b)].name
        }
        actorsBySalience = bySalience
        var rank = Array(repeating: Int32(0), count: actorCount)
        for (position, actor) in bySalience.enumerated() { rank[Int(actor)] = Int32(position) }
        salienceRank = rank

        actorKeys = corpus.actors.map { actor in
            var keys = [ActorIndex.key(actor.name)]
            keys += actor.aliases.map(ActorIndex.key)
            keys.append(actor.id.lowercased())
            var seen = Set<String>()
            return keys.filter { !$0.isEmpty && seen.insert($0).inserted }.map { Array($0.utf8) }
        }
    }

    /// How many actors article `a` mentions.
    public func actorCount(ofArticle a: Int32) -> Int { Int(articleActorStart[Int(a) + 1] - articleActorStart[Int(a)]) }

    /// Actors ordered by a mention count (most first), ties in corpus-wide salience order; integer compares only.
    func bySalience(_ actors: [Int32], mentions: (Int32) -> Int) -> [Int32] {
        actors.sorted { a, b in
            let ma = mentions(a), mb = mentions(b)
            return ma != mb ? ma > mb : salienceRank[Int(a)] < salienceRank[Int(b)]
        }
    }

    public func actor(_ i: Int32) -> Actor { corpus.actors[Int(i)] }
    public func article(_ i: Int32) -> Article { corpus.articles[Int(i)] }
    public func event(_ i: Int32) -> Event { corpus.events[Int(i)] }
    public func relation(_ i: Int32) -> Relation { corpus.relations[Int(i)] }

    /// The name of an actor id, or the id itself when the corpus does not know it.
    public func actorName(id: String) -> String {
        actorIndex[id].map { corpus.actors[Int($0)].name } ?? id
    }
}

/// `SimpleDate.iso` without `String(format:)`, which is slow enough to matter for 100k articles.
func fastISO(_ date: SimpleDate) -> String {
    func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
    var s = pad(date.year, 4)
    if let month = date.month {
        s += "-" + pad(month, 2)
        if let day = date.day { s += "-" + pad(day, 2) }
    }
    return s
}
