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

        let groups = Groups(corpus)
        for (index, story) in corpus.stories.enumerated() {
            out += "\n## \(inline(story.title))\n"
            out += section(groups.sections[index], names: groups.names)
        }
        if let loose = groups.sections.last, groups.sections.count > corpus.stories.count, !loose.articles.isEmpty {
            out += "\n## Articles in no story\n"
            out += section(loose, names: groups.names)
        }
        return out
    }

    /// What one section of the report lists, in corpus order.
    struct Section {
        var articles: [Article] = []
        var actors: [Actor] = []
        var relations: [Relation] = []
        var events: [Event] = []
    }

    /// Sorts the corpus into one section per story plus a last one for articles in no story, in one pass
    /// over each list (a report of thousands of stories must not scan every event once per story).
    struct Groups {
        var sections: [Section]
        var names: [String: String]

        init(_ corpus: Corpus) {
            names = Dictionary(corpus.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let looseIndex = corpus.stories.count
            sections = Array(repeating: Section(), count: corpus.stories.count + 1)
            // An article belongs to the first story that lists it; otherwise to the loose section.
            var sectionOfArticle: [String: Int] = [:]
            for (index, story) in corpus.stories.enumerated() {
                for id in story.articles where sectionOfArticle[id] == nil { sectionOfArticle[id] = index }
            }
            let articlesByID = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (index, story) in corpus.stories.enumerated() {
                sections[index].articles = story.articles.filter { sectionOfArticle[$0] == index }.compactMap { articlesByID[$0] }
            }
            sections[looseIndex].articles = corpus.articles.filter { sectionOfArticle[$0.id] == nil }
            func sectionsOf(_ articleIDs: [String]) -> [Int] {
                var seen = Set<Int>()
                return articleIDs.compactMap { id in
                    let index = sectionOfArticle[id] ?? looseIndex
                    return seen.insert(index).inserted ? index : nil
                }
            }
            for actor in corpus.actors {
                for index in sectionsOf(actor.articles) { sections[index].actors.append(actor) }
            }
            for relation in corpus.relations {
                sections[sectionOfArticle[relation.article] ?? looseIndex].relations.append(relation)
            }
            for event in corpus.events {
                for index in sectionsOf([event.article] + event.sources.map(\.article)) { sections[index].events.append(event) }
            }
        }
    }

    /// Articles, actors, relations and timeline of one section.
    static func section(_ section: Section, names: [String: String]) -> String {
        var out = "\n### Articles\n\n"
        for article in section.articles {
            out += "- **\(inline(article.title))** — \(dateText(article)) — \(inline(article.id))\n"
        }
        if !section.actors.isEmpty {
            out += "\n### Actors\n\n"
            for actor in section.actors {
                var details = [actor.kind.rawValue]
                if let role = actor.role, !role.isEmpty { details.append(inline(role)) }
                out += "- \(inline(actor.name)) (\(details.joined(separator: ", ")))\n"
            }
        }
        if !section.relations.isEmpty {
            out += "\n### Relations\n\n"
            for r in section.relations {
                let arrow = r.symmetric ? "↔" : "→"
                out += "- \(inline(names[r.subject] ?? r.subject)) — \(inline(r.predicate)) \(arrow) "
                    + "\(inline(names[r.object] ?? r.object)) (\(inline(r.article)))\n"
            }
        }
        if !section.events.isEmpty {
            out += "\n### Timeline\n\n"
            out += "| Date | Expression | Summary | Actors | Sources |\n"
            out += "| --- | --- | --- | --- | --- |\n"
            for e in section.events {
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
    static let specialScalars: Set<Unicode.Scalar> = ["\\", "*", "_", "`", "[", "]", "<", ">", "|", "~"]
    /// What could open a heading, a list or a thematic break at the start of a line.
    static let lineStarts: Set<Character> = ["#", "-", "+", "="]

    /// One line of inert text: line breaks become spaces, surrounding space is trimmed (indentation would make
    /// a code block), markup characters are backslash-escaped, and so is whatever at the start could open a heading,
    /// a list or a thematic break (`#`, `-`, `+`, `=`, `1.`, `1)`), and what would make a bare URL a link.
    static func inline(_ text: String) -> String {
        if isPlain(text) { return text }
        let words = text.split(whereSeparator: { $0.isNewline || $0 == " " || $0 == "\t" })
        let flat = words.joined(separator: " ")
        let characters = Array(flat)
        var out = ""
        for (index, character) in characters.enumerated() {
            if special.contains(character) || (out.isEmpty && lineStarts.contains(character)) || opensBareLink(characters, index) {
                out += "\\"
            }
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

    /// GFM's autolink extension turns bare `scheme://…` and `www.…` into links; a backslash before the `:` or the
    /// `.` keeps them text (shown as written).
    private static func opensBareLink(_ characters: [Character], _ index: Int) -> Bool {
        switch characters[index] {
        case ":": return index + 2 < characters.count && characters[index + 1] == "/" && characters[index + 2] == "/"
        case ".":
            guard index >= 3, characters[(index - 3)..<index].allSatisfy({ $0 == "w" || $0 == "W" }) else { return false }
            return index == 3 || !(characters[index - 4].isLetter || characters[index - 4].isNumber)
        default: return false
        }
    }

    /// True when `inline` would return the text unchanged: the common case, checked cheaply.
    private static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || "#-+=0123456789".unicodeScalars.contains(first) { return false }
        var previousWasSpace = false
        var previous: Unicode.Scalar = " ", beforePrevious: Unicode.Scalar = " "
        var wRun = 0
        for scalar in text.unicodeScalars {
            if specialScalars.contains(scalar) || scalar.properties.generalCategory == .control
                || scalar == "\u{2028}" || scalar == "\u{2029}" || (scalar == " " && previousWasSpace)
                || (scalar == "/" && previous == "/" && beforePrevious == ":") || (scalar == "." && wRun >= 3) {
                return false
            }
            previousWasSpace = scalar == " "
            wRun = scalar == "w" || scalar == "W" ? wRun + 1 : 0
            beforePrevious = previous
            previous = scalar
        }
        return true
    }
}
