import Foundation

/// A readable report: counts, then per story its articles, actors, relations and timeline;
/// articles in no story last. Every article-derived text is escaped so it cannot add links, HTML or structure.
enum MarkdownExport {
    static func render(_ corpus: Corpus) -> String {
        var out = "# Storyline report\n\n"
        out += [
            count(corpus.articles.count, "article"), count(corpus.actors.count, "actor"),
            count(corpus.relations.count, "relation"), count(corpus.events.count, "event"),
            count(corpus.stories.count, "story", plural: "stories"),
        ].joined(separator: " · ") + "\n"

        let names = Dictionary(corpus.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let storyIDs = Set(corpus.stories.map(\.id))
        for story in corpus.stories {
            out += "\n## \(inline(story.title))\n"
            out += section(corpus, articleIDs: story.articles, names: names)
        }
        let loose = corpus.articles.filter { $0.story.map { !storyIDs.contains($0) } ?? true }.map(\.id)
        if !loose.isEmpty {
            out += "\n## Articles in no story\n"
            out += section(corpus, articleIDs: loose, names: names)
        }
        return out
    }

    /// Articles, actors, relations and timeline of a group of articles.
    static func section(_ corpus: Corpus, articleIDs: [String], names: [String: String]) -> String {
        let wanted = Set(articleIDs)
        let titles = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "\n### Articles\n\n"
        for id in articleIDs {
            guard let article = titles[id] else { continue }
            out += "- **\(inline(article.title))** — \(dateText(article)) — \(inline(article.id))\n"
        }

        let actors = corpus.actors.filter { $0.articles.contains(where: wanted.contains) }
        if !actors.isEmpty {
            out += "\n### Actors\n\n"
            for actor in actors {
                var details = [actor.kind.rawValue]
                if let role = actor.role, !role.isEmpty { details.append(inline(role)) }
                out += "- \(inline(actor.name)) (\(details.joined(separator: ", ")))\n"
            }
        }

        let relations = corpus.relations.filter { wanted.contains($0.article) }
        if !relations.isEmpty {
            out += "\n### Relations\n\n"
            for r in relations {
                let arrow = r.symmetric ? "↔" : "→"
                out += "- \(inline(names[r.subject] ?? r.subject)) — \(inline(r.predicate)) \(arrow) "
                    + "\(inline(names[r.object] ?? r.object)) (\(inline(r.article)))\n"
            }
        }

        let events = corpus.events.filter { event in
            wanted.contains(event.article) || event.sources.contains { wanted.contains($0.article) }
        }
        if !events.isEmpty {
            out += "\n### Timeline\n\n"
            out += "| Date | Expression | Summary | Actors | Sources |\n"
            out += "| --- | --- | --- | --- | --- |\n"
            for e in events {
                let cells = [
                    e.date, e.expression, e.summary,
                    e.actors.map { names[$0] ?? $0 }.joined(separator: ", "),
                    e.sources.map { "\($0.article):\($0.sentence)" }.joined(separator: ", "),
                ]
                out += "| " + cells.map(inline).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// The article's date; an anchor inferred from its story is marked, so it is not mistaken for a dateline.
    static func dateText(_ article: Article) -> String {
        if let date = article.date { return date.iso }
        if let anchor = article.anchor, article.anchorSource == .story { return "~\(anchor.iso) (inferred from story)" }
        return "undated"
    }

    static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Characters that Markdown (CommonMark and GFM) gives a meaning to inside a line.
    static let special: Set<Character> = ["\\", "*", "_", "`", "[", "]", "<", ">", "|", "~"]

    /// One line of inert text: line breaks become spaces, surrounding space is trimmed (indentation would make
    /// a code block), markup characters are backslash-escaped, and so is whatever at the start could open a heading,
    /// a list or a thematic break (`#`, `-`, `+`, `=`, `1.`, `1)`).
    static func inline(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0.isNewline || $0 == " " || $0 == "\t" })
        let flat = words.joined(separator: " ")
        var out = ""
        for character in flat {
            if special.contains(character) || (out.isEmpty && "#-+=".contains(character)) { out += "\\" }
            out.append(character)
        }
        // "1. x" would start an ordered list: escape the dot after leading digits.
        let digits = out.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, out.count > digits.count {
            let next = out.index(out.startIndex, offsetBy: digits.count)
            if out[next] == "." || out[next] == ")" { out.insert("\\", at: next) }
        }
        return out
    }
}
