import StorylineModel

extension BrowserState {
    /// The corpus an export writes: the marked items exactly (each table holds what was marked in it, stories
    /// narrowed to the marked articles), or, with nothing marked, everything the filter shows — the same corpus
    /// `storyline export --actor …` builds with `Corpus.subset`.
    public func exportCorpus() -> Corpus {
        let corpus = index.corpus
        if marks.isEmpty {
            guard let set = view.articleSet else { return corpus }
            let ids = Set(corpus.articles.indices.filter { set.contains($0) }.map { corpus.articles[$0].id })
            return corpus.subset(articles: ids)
        }
        let articleIDs = Set(marks.articles.map { corpus.articles[Int($0)].id })
        var result = corpus.subset(articles: articleIDs)
        result.actors = marks.actors.sorted().map { corpus.actors[Int($0)] }
        result.relations = marks.relations.sorted().map { corpus.relations[Int($0)] }
        result.events = index.eventOrder.filter(marks.events.contains).map { corpus.events[Int($0)] }
        return result
    }
}
