/// The `storyline/1` JSON export: every key always present (null when missing), in a fixed order.
enum JSONExport {
    static let schema = "storyline/1"

    static func render(_ corpus: Corpus) -> String {
        JSONWriter.render(document(corpus))
    }

    static func document(_ corpus: Corpus) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("articles", .array(corpus.articles.map(article))),
            ("actors", .array(corpus.actors.map(actor))),
            ("relations", .array(corpus.relations.map(relation))),
            ("events", .array(corpus.events.map(event))),
            ("stories", .array(corpus.stories.map(story))),
        ])
    }

    static func article(_ a: Article) -> JSONValue {
        .object([
            ("id", .string(a.id)),
            ("path", .string(a.path)),
            ("title", .string(a.title)),
            ("date", .optional(a.date?.iso)),
            ("anchor", .optional(a.anchor?.iso)),
            ("anchorSource", .optional(a.anchorSource?.rawValue)),
            ("story", .optional(a.story)),
        ])
    }

    static func actor(_ a: Actor) -> JSONValue {
        .object([
            ("id", .string(a.id)),
            ("name", .string(a.name)),
            ("kind", .string(a.kind.rawValue)),
            ("aliases", .strings(a.aliases)),
            ("role", .optional(a.role)),
            ("mentions", .int(a.mentions)),
            ("articles", .strings(a.articles)),
        ])
    }

    static func relation(_ r: Relation) -> JSONValue {
        .object([
            ("subject", .string(r.subject)),
            ("predicate", .string(r.predicate)),
            ("object", .string(r.object)),
            ("symmetric", .bool(r.symmetric)),
            ("article", .string(r.article)),
            ("sentence", .string(r.evidence)),
        ])
    }

    /// `sentence` is the evidence text; each source's `sentence` is the sentence index in that article
    /// (sources keep no text of their own).
    static func event(_ e: Event) -> JSONValue {
        .object([
            ("date", .string(e.date)),
            ("expression", .string(e.expression)),
            ("summary", .string(e.summary)),
            ("actors", .strings(e.actors)),
            ("article", .string(e.article)),
            ("sentence", .string(e.evidence)),
            ("sources", .array(e.sources.map { source in
                .object([
                    ("article", .string(source.article)),
                    ("sentence", .int(source.sentence)),
                    ("expression", .string(source.expression)),
                ])
            })),
        ])
    }

    static func story(_ s: Story) -> JSONValue {
        .object([
            ("id", .string(s.id)),
            ("title", .string(s.title)),
            ("articles", .strings(s.articles)),
            ("actors", .strings(s.actors)),
        ])
    }
}
