/// No actor has the name asked for; `suggestions` are the closest names, for a "did you mean" message.
public struct UnknownActor: Error, Equatable, CustomStringConvertible {
    public var name: String
    public var suggestions: [String]

    public init(name: String, suggestions: [String]) {
        self.name = name
        self.suggestions = suggestions
    }

    /// `no actor named "X" (did you mean: A, B?)`
    public var description: String {
        let base = "no actor named \"\(name)\""
        return suggestions.isEmpty ? base : base + " (did you mean: \(suggestions.joined(separator: ", "))?)"
    }
}

/// Narrows a corpus to the articles that mention every one of some actors.
public struct ActorFilter {
    /// AND of actor names (canonical or alias, case-insensitive, via ActorIndex): keeps the articles that mention
    /// each actor (or an actor that stands for it, such as its capital) and everything extracted from them.
    /// No names returns the corpus unchanged. Throws `UnknownActor` for the first name that matches no actor.
    public static func apply(names: [String], to corpus: Corpus) throws -> Corpus {
        guard !names.isEmpty else { return corpus }
        let index = ActorIndex(corpus.actors)
        var kept: Set<String>?
        for name in names {
            guard let actor = index.actor(named: name) else {
                throw UnknownActor(name: name, suggestions: index.suggestions(for: name))
            }
            let ids = corpus.articleIDs(mentioning: actor.id)
            kept = kept.map { $0.intersection(ids) } ?? ids
        }
        return corpus.subset(articles: kept ?? [])
    }
}
