import Foundation

/// Turns input paths into a fully extracted corpus.
public enum Pipeline {
    /// Reads `paths` (files, folders, or `-` for stdin; the bundled seeds when empty) and extracts everything.
    public static func run(paths: [String], glob: String = "*.txt",
                           stdin: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> Corpus {
        let (articles, warnings) = ArticleReader.read(paths: paths, glob: glob, stdin: stdin)
        var corpus = extract(articles)
        corpus.warnings = warnings
        return corpus
    }

    /// Loads the knowledge base and the entity model now rather than on the first article (both load once a process).
    public static func loadKnowledge() {
        _ = KnowledgeBase.shared
        _ = EntityModel.shared
    }

    /// Extracts actors, relations, stories and the timeline from articles already read.
    /// Articles are independent until the merge, so they are worked on all cores.
    public static func extract(_ input: [Article]) -> Corpus {
        var articles = input
        let tagger = NameTagger()
        let relationExtractor = RelationExtractor()
        // Each article's tokens are made here, used by the name tagger, the relation extractor and for the story
        // words, and dropped with the article's work: the corpus never holds all of them at once.
        let vocabulary = StoryVocabulary()
        let results = concurrentMap(articles) { untokenized -> (ArticleExtraction, [Int32]) in
            let article = untokenized.tokenized()
            let (actors, mentions) = tagger.tag(article)
            let relations = relationExtractor.relations(in: article, actors: actors, mentions: mentions)
            // Kept until the merge: copies without the spare room of arrays grown by appending.
            return (ArticleExtraction(actors: actors.map { $0 }, mentions: mentions.map { $0 }, relations: relations.map { $0 }),
                    vocabulary.numbers(StoryGrouper.contentWords(article)))
        }
        let merged = ActorMerger().merge(articles: articles, extractions: results.map(\.0))
        let stories = StoryGrouper().group(articles: articles, actors: merged.actors, mentions: merged.mentions,
                                           words: results.map(\.1))
        var storyOf: [String: String] = [:]
        for story in stories { for id in story.articles { storyOf[id] = story.id } }
        inferAnchors(&articles, stories: stories)
        for index in articles.indices { articles[index].story = storyOf[articles[index].id] }

        // The merged mentions come article by article: each article's are runs of the array, not copies.
        var mentionRuns: [String: [Range<Int>]] = [:]
        var runStart = 0
        for index in merged.mentions.indices where index + 1 == merged.mentions.count
            || merged.mentions[index + 1].article != merged.mentions[index].article {
            mentionRuns[merged.mentions[index].article, default: []].append(runStart..<(index + 1))
            runStart = index + 1
        }
        let builder = EventBuilder()
        let events = concurrentMap(articles) { article in
            builder.events(in: article, mentions: (mentionRuns[article.id] ?? []).flatMap { merged.mentions[$0] })
        }.flatMap { $0 }
        return Corpus(articles: articles, actors: merged.actors, mentions: merged.mentions, relations: merged.relations,
                      events: builder.mergeAcrossStories(events, storyOf: storyOf), stories: stories)
    }

    /// An undated article in a story with dated articles takes their latest date as its anchor, marked as inferred.
    static func inferAnchors(_ articles: inout [Article], stories: [Story]) {
        let position = Dictionary(articles.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for story in stories {
            let dates = story.articles.compactMap { position[$0].flatMap { articles[$0].date } }
            guard let anchor = dates.max() else { continue }
            for id in story.articles {
                guard let i = position[id], articles[i].date == nil else { continue }
                articles[i].anchor = anchor
                articles[i].anchorSource = .story
            }
        }
    }
}

/// Maps `items` with `transform` on all cores, keeping the order.
func concurrentMap<T, R: Sendable>(_ items: [T], _ transform: (T) -> R) -> [R] {
    let count = items.count
    guard count > 1 else { return items.map(transform) }
    let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        // Deallocating alone would leak every result the buffer still holds.
        results.deinitialize()
        results.deallocate()
    }
    withoutActuallyEscaping(transform) { transform in
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            nonisolated(unsafe) let results = results
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * count / chunks, upper = (chunk + 1) * count / chunks
                for i in lower..<upper { results[i] = transform(input[i]) }
            }
        }
    }
    return results.map { $0! }
}
