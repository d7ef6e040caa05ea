import Foundation

/// Finds actors by canonical name or alias, as users type them.
public struct ActorIndex: Sendable {
    private var byKey: [String: String] = [:]
    private let actors: [String: Actor]

    public init(_ actors: [Actor]) {
        self.actors = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Canonical names win over aliases; earlier (more salient) actors win ties.
        for actor in actors { byKey[ActorIndex.key(actor.name)] = byKey[ActorIndex.key(actor.name)] ?? actor.id }
        for actor in actors {
            for alias in actor.aliases { byKey[ActorIndex.key(alias)] = byKey[ActorIndex.key(alias)] ?? actor.id }
            byKey[actor.id] = byKey[actor.id] ?? actor.id
        }
        // A person's last name finds them when no other actor answers to it and no other person shares it ("putin").
        var lastNames: [String: [String]] = [:]
        for actor in actors where actor.kind == .person {
            let words = ActorIndex.key(actor.name).split(separator: " ")
            if words.count > 1, let last = words.last { lastNames[String(last), default: []].append(actor.id) }
        }
        for (last, ids) in lastNames where ids.count == 1 && byKey[last] == nil { byKey[last] = ids[0] }
    }

    /// Folds case, dots, a leading "the" and curly apostrophes, so "the U.S." finds "US".
    public static func key(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
        var s = name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: ".", with: "")
        if s.hasPrefix("the ") { s.removeFirst(4) }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `key` of an ASCII name (most names), on its bytes; nil for any other name.
    private static func asciiKey(_ name: String) -> String? {
        // The name's bytes read in place (stepping through a `UTF8View` costs several times more a byte), and the key
        // written straight into the String's storage in one pass, with no folded copy of the name in between.
        func key(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // A leading "the " is looked for among the folded bytes (dots dropped, lower case), as `key` does.
            var start = 0
            var matched = 0
            for (offset, byte) in bytes.enumerated() where byte != UInt8(ascii: ".") {
                let folded = byte &- 0x41 < 26 ? byte + 0x20 : byte
                // "the " as four little-endian bytes of one constant.
                guard folded == UInt8(truncatingIfNeeded: UInt32(0x2065_6874) >> (8 * matched)) else { break }
                matched += 1
                if matched == 4 { start = offset + 1; break }
            }
            return String(unsafeUninitializedCapacity: bytes.count - start) { key in
                var count = 0
                var space = false
                for byte in bytes[start...] where byte != UInt8(ascii: ".") {
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        space = count > 0
                    } else {
                        if space { key[count] = 0x20; count += 1 }
                        space = false
                        key[count] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                        count += 1
                    }
                }
                return count
            }
        }
        if let answer = name.utf8.withContiguousStorageIfAvailable(key) { return answer }
        return Array(name.utf8).withUnsafeBufferPointer(key)
    }

    /// The actor whose canonical name, alias or id is `name` (case-insensitive).
    public func actor(named name: String) -> Actor? {
        byKey[ActorIndex.key(name)].flatMap { actors[$0] }
    }

    /// Up to `limit` actor names closest to `name`, for "did you mean" messages.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let wanted = ActorIndex.key(name)
        var best: [String: Int] = [:]
        for (key, id) in byKey {
            guard let actor = actors[id] else { continue }
            var distance = editDistance(wanted, key)
            if key.hasPrefix(wanted) || key.contains(wanted) { distance = min(distance, 1) }
            best[actor.name] = min(best[actor.name] ?? .max, distance)
        }
        let cutoff = max(2, wanted.count / 2)
        return best.filter { $0.value <= cutoff }
            .sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .prefix(limit).map(\.key)
    }
}

/// Levenshtein distance over characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

extension Corpus {
    /// Ids of the articles that mention `actorID` or an actor that stands for it (a capital for its country).
    public func articleIDs(mentioning actorID: String) -> Set<String> {
        var wanted: Set<String> = [actorID]
        for actor in actors where actor.standsFor == actorID { wanted.insert(actor.id) }
        var ids = Set<String>()
        for actor in actors where wanted.contains(actor.id) { ids.formUnion(actor.articles) }
        return ids
    }

    /// The corpus narrowed to `articleIDs`: those articles and everything extracted from them.
    /// Actors keep only their mentions in the kept articles; stories keep only kept articles.
    public func subset(articles articleIDs: Set<String>) -> Corpus {
        var counts: [String: Int] = [:]
        for mention in mentions where articleIDs.contains(mention.article) { counts[mention.actor, default: 0] += 1 }
        let keptActors: [Actor] = actors.compactMap { actor in
            let inKept = actor.articles.filter(articleIDs.contains)
            guard !inKept.isEmpty else { return nil }
            var copy = actor
            copy.articles = inKept
            copy.mentions = counts[actor.id] ?? 0
            return copy
        }
        let keptEvents: [Event] = events.compactMap { event in
            let sources = event.sources.filter { articleIDs.contains($0.article) }
            guard let first = sources.first else { return nil }
            var copy = event
            copy.sources = sources
            if !articleIDs.contains(event.article) {
                copy.article = first.article
                copy.sentence = first.sentence
                copy.expression = first.expression
                // The evidence must be the kept article's sentence, not the dropped one's.
                if let sentence = articles.first(where: { $0.id == first.article })?.sentences.first(where: { $0.index == first.sentence }) {
                    copy.evidence = sentence.text
                }
            }
            return copy
        }
        let keptStories: [Story] = stories.compactMap { story in
            let kept = story.articles.filter(articleIDs.contains)
            guard !kept.isEmpty else { return nil }
            var copy = story
            copy.articles = kept
            return copy
        }
        return Corpus(
            articles: articles.filter { articleIDs.contains($0.id) },
            actors: keptActors,
            mentions: mentions.filter { articleIDs.contains($0.article) },
            relations: relations.filter { articleIDs.contains($0.article) },
            events: keptEvents,
            stories: keptStories,
            warnings: warnings
        )
    }
}
