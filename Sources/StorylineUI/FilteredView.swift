import StorylineModel

/// A row of the articles pane.
public enum ArticleRow: Equatable, Sendable {
    /// A story header: the story and how many of its articles are visible.
    case story(Int32, count: Int32)
    case article(Int32)
}

/// What the three panes show under the current filter. Built from `BrowserIndex` without rescanning the corpus.
public struct FilteredView: Sendable {
    /// The visible articles; nil when nothing is filtered.
    public let articleSet: BitSet?
    public let articleRows: [ArticleRow]
    public let articleCount: Int
    /// Visible actors, by salience within the visible articles.
    public let actors: [Int32]
    /// Per actor position: mentions within the visible articles (nil when unfiltered: use the corpus counts).
    private let actorMentionCounts: [Int32]?
    /// Visible events in timeline order.
    public let events: [Int32]
    public let relationCount: Int

    public init(index: BrowserIndex, articles articleSet: BitSet?) {
        self.articleSet = articleSet
        var rows: [ArticleRow] = []
        var articleCount = 0
        if let set = articleSet {
            for group in index.groups {
                var kept = 0
                for a in group.articles where set.contains(Int(a)) { kept += 1 }
                guard kept > 0 else { continue }
                articleCount += kept
                if let story = group.story, kept > 1 { rows.append(.story(Int32(story), count: Int32(kept))) }
                for a in group.articles where set.contains(Int(a)) { rows.append(.article(a)) }
            }
        } else {
            rows.reserveCapacity(index.corpus.articles.count + index.corpus.stories.count)
            for group in index.groups {
                articleCount += group.articles.count
                if let story = group.story, group.articles.count > 1 { rows.append(.story(Int32(story), count: Int32(group.articles.count))) }
                for a in group.articles { rows.append(.article(a)) }
            }
        }
        articleRows = rows
        self.articleCount = articleCount

        if let set = articleSet {
            var counts = Array(repeating: Int32(0), count: index.corpus.actors.count)
            var present = Array(repeating: false, count: index.corpus.actors.count)
            var visible: [Int32] = []
            // Locals, so the hot loops below read plain arrays rather than the index's properties.
            let start = index.articleActorStart, flatActors = index.articleActorFlat, flatMentions = index.articleActorMentionsFlat
            let eventSingleArticle = index.eventSingleArticle
            let eventArticles = index.eventArticles, relationArticle = index.relationArticle
            set.forEach { a in
                for i in Int(start[a])..<Int(start[a + 1]) {
                    let actor = Int(flatActors[i])
                    counts[actor] += flatMentions[i]
                    if !present[actor] { present[actor] = true; visible.append(Int32(actor)) }
                }
            }
            actorMentionCounts = counts
            actors = index.bySalience(visible, mentions: { Int(counts[Int($0)]) })
            events = index.eventOrder.filter { e in
                let single = eventSingleArticle[Int(e)]
                return single >= 0 ? set.contains(Int(single)) : eventArticles[Int(e)].contains { set.contains(Int($0)) }
            }
            var relations = 0
            for a in relationArticle where a >= 0 && set.contains(Int(a)) { relations += 1 }
            relationCount = relations
        } else {
            actorMentionCounts = nil
            actors = index.actorsBySalience
            events = index.eventOrder
            relationCount = index.corpus.relations.count
        }
    }

    /// Whether an article is visible.
    public func shows(article a: Int32) -> Bool { articleSet?.contains(Int(a)) ?? true }

    /// Mentions of an actor in the visible articles.
    public func mentions(of actor: Int32, index: BrowserIndex) -> Int {
        actorMentionCounts.map { Int($0[Int(actor)]) } ?? index.corpus.actors[Int(actor)].mentions
    }

    /// The visible relations of an actor, grouped when they say the same thing.
    public func relationGroups(of actor: Int32, index: BrowserIndex) -> [[Int32]] {
        let all = index.actorRelationGroups[Int(actor)]
        guard let set = articleSet else { return all }
        return all.compactMap { group in
            let kept = group.filter { r in let a = index.relationArticle[Int(r)]; return a >= 0 && set.contains(Int(a)) }
            return kept.isEmpty ? nil : kept
        }
    }
}
