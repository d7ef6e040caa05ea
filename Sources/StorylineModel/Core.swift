import Foundation

/// A calendar date with optional month and day, as found in article headers and time expressions.
public struct SimpleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for impossible dates such as `2023-13-45`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1, dd <= SimpleDate.daysIn(month: m!, year: y) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var iso: String {
        // Zero-padded by hand: `String(format:)` costs tens of thousands of instructions a call.
        func padded(_ value: Int, _ width: Int) -> String {
            // printf's "%0Nd" puts the sign before the zeros ("-005"): negatives are left to it.
            guard value >= 0 else { return String(format: "%0\(width)d", value) }
            let digits = String(value)
            return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
        }
        var s = padded(year, 4)
        if let month { s += "-" + padded(month, 2) }
        if let month, let day { _ = month; s += "-" + padded(day, 2) }
        return s
    }

    public var description: String { iso }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

/// What kind of real-world entity an actor is.
public enum ActorKind: String, Codable, CaseIterable, Sendable {
    case person, organization, country, place, group
}

/// A word or punctuation mark, with its position in the article text.
public struct Token: Hashable, Sendable {
    /// Unicode-scalar offsets into `Article.text`.
    public var range: Range<Int>
    public var text: String

    public init(range: Range<Int>, text: String) {
        self.range = range
        self.text = text
    }
}

/// One sentence of an article, with its tokens.
///
/// The reader keeps only the text: tokens are made from it when asked for (`tokens`), so that a corpus does not hold
/// every token of every article at once. Code that reads the tokens of a sentence many times takes `tokenized()` first.
public struct Sentence: Hashable, Sendable {
    /// Position of the sentence in its article, from 0.
    public var index: Int
    /// Unicode-scalar offsets into `Article.text`.
    public var range: Range<Int>
    /// The sentence's text. Kept as a slice of the article's text when the reader made it, so that a corpus
    /// holds its text once, not twice.
    public var text: String {
        get { String(slice) }
        set { slice = Substring(newValue) }
    }
    private var slice: Substring
    /// The tokens given or made by `tokenized()`; nil when they are to be made from `text` on demand.
    private var storedTokens: [Token]?

    /// The tokens, with ranges into `Article.text`: the ones given, or else made from `text` (on each call).
    public var tokens: [Token] {
        get { storedTokens ?? Tokenizer.tokens(of: text, offset: range.lowerBound) }
        set { storedTokens = newValue }
    }

    public init(index: Int, range: Range<Int>, text: String, tokens: [Token]) {
        self.index = index
        self.range = range
        self.slice = Substring(text)
        self.storedTokens = tokens
    }

    /// A sentence whose text is a slice of its article's text (sharing its storage).
    init(index: Int, range: Range<Int>, slice: Substring) {
        self.index = index
        self.range = range
        self.slice = slice
        self.storedTokens = nil
    }

    /// The sentence with its tokens made once and held.
    public func tokenized() -> Sentence {
        guard storedTokens == nil else { return self }
        var copy = self
        copy.storedTokens = tokens
        return copy
    }

    /// The tokens, as `tokens`, but made from `articleScalars` (the article's text, decoded once for all its
    /// sentences) rather than from a copy of the sentence's text decoded again.
    func tokens(articleScalars: [Unicode.Scalar]) -> [Token] {
        if let storedTokens { return storedTokens }
        guard range.upperBound <= articleScalars.count else { return tokens }
        return Tokenizer.tokens(articleScalars, in: range)
    }

    var hasStoredTokens: Bool { storedTokens != nil }

    public static func == (a: Sentence, b: Sentence) -> Bool {
        a.index == b.index && a.range == b.range && a.slice == b.slice
            && (a.storedTokens == nil && b.storedTokens == nil || a.tokens == b.tokens)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(range)
        hasher.combine(slice)
    }
}

/// Where an article's reference date comes from.
public enum AnchorSource: String, Codable, Sendable {
    /// The article's own date header or dateline.
    case article
    /// Inferred from the other articles of its story.
    case story
}

/// One article as read from disk or stdin: text, metadata and sentences.
public struct Article: Hashable, Sendable {
    /// Stable id: the file name without extension, or a relative path when names collide.
    public var id: String
    /// The path as given (or relative to the folder given); `-` for stdin.
    public var path: String
    public var title: String
    /// Whether `title` is a headline from the file (true) or built from the first sentence (false).
    public var hasHeadline: Bool
    /// The article's own date (date header, header block or dateline); nil when it has none.
    public var date: SimpleDate?
    /// The reference date for relative time expressions: `date`, or one inferred from the story.
    public var anchor: SimpleDate?
    public var anchorSource: AnchorSource?
    /// The id of the story the article belongs to.
    public var story: String?
    /// The full text, after decoding and repair.
    public var text: String
    /// Unicode-scalar offset where the body starts (after headers, headline and dateline).
    public var bodyStart: Int
    public var sentences: [Sentence]

    public init(id: String, path: String, title: String, hasHeadline: Bool, date: SimpleDate?,
                text: String, bodyStart: Int, sentences: [Sentence]) {
        self.id = id
        self.path = path
        self.title = title
        self.hasHeadline = hasHeadline
        self.date = date
        self.anchor = date
        self.anchorSource = date == nil ? nil : .article
        self.text = text
        self.bodyStart = bodyStart
        self.sentences = sentences
    }

    /// The article with the tokens of every sentence made once and held, for code that reads them many times.
    public func tokenized() -> Article {
        var copy = self
        // Decoded once, and only when some sentence is to be tokenised.
        var scalars: [Unicode.Scalar]?
        for index in copy.sentences.indices where !copy.sentences[index].hasStoredTokens {
            if scalars == nil { scalars = ReaderText.scalars(of: text) }
            copy.sentences[index].tokens = copy.sentences[index].tokens(articleScalars: scalars!)
        }
        return copy
    }
}

/// A problem met while reading input; the file was skipped or repaired, the rest of the corpus goes on.
public struct LoadWarning: Hashable, Sendable, CustomStringConvertible {
    public enum Action: String, Sendable { case skipped, repaired }
    public var path: String
    public var action: Action
    public var message: String

    public init(path: String, action: Action, message: String) {
        self.path = path
        self.action = action
        self.message = message
    }

    /// One line, as printed on stderr: `storyline: warning: PATH: MESSAGE (skipped)`. File names are input too:
    /// control characters, line separators and bidi controls in them are written as `\u{1B}`, so the warning stays
    /// one line and cannot drive the terminal.
    public var description: String {
        "\(LoadWarning.printable(path)): \(LoadWarning.printable(message)) (\(action.rawValue))"
    }

    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnprintable(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

/// A real-world entity: person, organisation, country, place or group.
public struct Actor: Hashable, Sendable, Identifiable {
    /// A stable slug of the canonical name.
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// Every other surface form seen or known ("Kim", "DPRK", "North Korean").
    public var aliases: [String]
    /// A title held, from the text ("Defense Minister").
    public var role: String?
    /// The actor id of the country or organisation the actor belongs to, when known (Russia for its Defense Minister).
    public var affiliation: String?
    /// The actor id of the state a capital or seat of government stands for (Pyongyang → north-korea).
    public var standsFor: String?
    public var mentions: Int
    /// Ids of the articles that mention the actor, in corpus order.
    public var articles: [String]

    public init(id: String, name: String, kind: ActorKind, aliases: [String] = [], role: String? = nil,
                affiliation: String? = nil, standsFor: String? = nil, mentions: Int = 0, articles: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.affiliation = affiliation
        self.standsFor = standsFor
        self.mentions = mentions
        self.articles = articles
    }
}

/// One place in the text where an actor is named.
public struct Mention: Hashable, Sendable {
    public var actor: String
    public var article: String
    public var sentence: Int
    /// Unicode-scalar offsets into the article text.
    public var range: Range<Int>
    public var text: String

    public init(actor: String, article: String, sentence: Int, range: Range<Int>, text: String) {
        self.actor = actor
        self.article = article
        self.sentence = sentence
        self.range = range
        self.text = text
    }
}

/// Who did what to whom, with the sentence that says so.
public struct Relation: Hashable, Sendable {
    public var subject: String
    /// A verb lemma or a short phrase ("supply", "visit", "exchange letters").
    public var predicate: String
    public var object: String
    /// True for relations that hold both ways (meet, talk, exchange letters).
    public var symmetric: Bool
    public var article: String
    public var sentence: Int
    /// The evidence sentence.
    public var evidence: String

    public init(subject: String, predicate: String, object: String, symmetric: Bool,
                article: String, sentence: Int, evidence: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.symmetric = symmetric
        self.article = article
        self.sentence = sentence
        self.evidence = evidence
    }
}

/// One article and sentence that report an event.
public struct EventSource: Hashable, Sendable {
    public var article: String
    public var sentence: Int
    public var expression: String

    public init(article: String, sentence: Int, expression: String) {
        self.article = article
        self.sentence = sentence
        self.expression = expression
    }
}

/// A dated statement on the timeline.
public struct Event: Hashable, Sendable {
    /// TIMEX3-style value: `2023`, `2023-07`, `2023-07-14`, `2023-W45`, `XXXX-07`, `PAST_REF`…
    public var date: String
    /// The time expression as written.
    public var expression: String
    /// The clause that holds the expression.
    public var summary: String
    /// Actor ids named in the clause (or the sentence).
    public var actors: [String]
    /// The first reporting article and sentence.
    public var article: String
    public var sentence: Int
    public var evidence: String
    /// Every article and sentence that report it (the first included).
    public var sources: [EventSource]

    public init(date: String, expression: String, summary: String, actors: [String], article: String,
                sentence: Int, evidence: String, sources: [EventSource]) {
        self.date = date
        self.expression = expression
        self.summary = summary
        self.actors = actors
        self.article = article
        self.sentence = sentence
        self.evidence = evidence
        self.sources = sources
    }
}

/// Articles that report the same thing.
public struct Story: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var articles: [String]
    /// The story's most salient actor ids.
    public var actors: [String]

    public init(id: String, title: String, articles: [String], actors: [String]) {
        self.id = id
        self.title = title
        self.articles = articles
        self.actors = actors
    }
}

/// Everything Storyline knows about a set of articles.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var actors: [Actor]
    public var mentions: [Mention]
    public var relations: [Relation]
    public var events: [Event]
    public var stories: [Story]
    public var warnings: [LoadWarning]

    public init(articles: [Article] = [], actors: [Actor] = [], mentions: [Mention] = [], relations: [Relation] = [],
                events: [Event] = [], stories: [Story] = [], warnings: [LoadWarning] = []) {
        self.articles = articles
        self.actors = actors
        self.mentions = mentions
        self.relations = relations
        self.events = events
        self.stories = stories
        self.warnings = warnings
    }
}
