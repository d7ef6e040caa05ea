import StorylineModel

/// An actor filter as typed, in fzf's convention: space or `&` = AND, `|` = OR, a leading `!` = NOT.
public struct ActorQuery: Equatable, Sendable {
    public struct Term: Equatable, Sendable {
        public var text: String
        public var negated: Bool
    }

    /// AND of OR-groups, as fzf reads `a b | c` as a AND (b OR c).
    public var groups: [[Term]]

    public init(_ text: String) {
        var groups: [[Term]] = []
        var joinNext = false
        let tokens = text.replacingOccurrences(of: "&", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
        for token in tokens {
            if token == "|" { joinNext = !groups.isEmpty; continue }
            let alternatives = token.split(separator: "|").compactMap { part -> Term? in
                var word = String(part)
                var negated = false
                while word.hasPrefix("!") { word.removeFirst(); negated.toggle() }
                return word.isEmpty ? nil : Term(text: word, negated: negated)
            }
            if alternatives.isEmpty { if token.hasSuffix("|") { joinNext = !groups.isEmpty }; continue }
            if (joinNext || token.hasPrefix("|")) && !groups.isEmpty {
                groups[groups.count - 1] += alternatives
            } else {
                groups.append(alternatives)
            }
            joinNext = token.hasSuffix("|")
        }
        self.groups = groups
    }

    public var isEmpty: Bool { groups.isEmpty }
    public var terms: [Term] { groups.flatMap { $0 } }
}

/// A query resolved against a corpus: each term bound to the actor it stands for.
public struct ResolvedQuery: Equatable, Sendable {
    public struct Term: Equatable, Sendable {
        public var text: String
        public var negated: Bool
        /// The actor position the term matched, nil when nothing matches.
        public var actor: Int32?
    }

    public var groups: [[Term]]

    /// Terms that match no actor.
    public var unmatched: [String] { groups.flatMap { $0 }.filter { $0.actor == nil }.map(\.text) }

    /// "Kim Jong Un & (Putin | Xi) & !Russia", with actor names, for the status line.
    public func describe(_ index: BrowserIndex) -> String {
        groups.map { group in
            let parts = group.map { term -> String in
                let name = term.actor.map { index.actor($0).name } ?? "?\(term.text)"
                return (term.negated ? "!" : "") + name
            }
            return parts.count > 1 ? "(" + parts.joined(separator: " | ") + ")" : parts.joined()
        }.joined(separator: " & ")
    }
}

extension BrowserIndex {
    /// Actor positions that fit `term`, best first: exact name/alias/id, prefix, word prefix, substring, then
    /// fuzzy subsequence; ties go to the more salient actor.
    public func candidates(for term: String, limit: Int = 8) -> [Int32] {
        let wanted = Array(ActorIndex.key(term).utf8)
        guard !wanted.isEmpty else { return Array(actorsBySalience.prefix(limit)) }
        var scored: [(score: Int, actor: Int32)] = []
        for (i, keys) in actorKeys.enumerated() {
            var best = 0
            for key in keys {
                let s = BrowserIndex.score(wanted, key)
                if s > best { best = s }
            }
            if best > 0 { scored.append((best, Int32(i))) }
        }
        scored.sort { a, b in
            a.score != b.score ? a.score > b.score : salienceRank[Int(a.actor)] < salienceRank[Int(b.actor)]
        }
        return scored.prefix(limit).map(\.actor)
    }

    /// How well `key` fits `wanted`; 0 when it does not.
    static func score(_ wanted: [UInt8], _ key: [UInt8]) -> Int {
        if key == wanted { return 1000 }
        if key.count < wanted.count { return 0 }
        if key.starts(with: wanted) { return 800 - min(100, key.count - wanted.count) }
        // Word prefix and substring.
        var substringAt = -1
        if key.count >= wanted.count {
            var i = 0
            while i + wanted.count <= key.count {
                if key[i] == wanted[0] && key[i..<(i + wanted.count)].elementsEqual(wanted) {
                    if i > 0 && (key[i - 1] == 32 || key[i - 1] == 45) { return 600 - min(100, key.count - wanted.count) }
                    if substringAt < 0 { substringAt = i }
                }
                i += 1
            }
        }
        if substringAt >= 0 { return 400 - min(100, key.count - wanted.count) }
        // Subsequence, fewer gaps better; the first letter must match a word start (fzf-like, avoids noise).
        var k = 0, gaps = 0, lastMatch = -1
        for byte in wanted {
            while k < key.count && key[k] != byte { k += 1 }
            if k == key.count { return 0 }
            if lastMatch >= 0 && k != lastMatch + 1 { gaps += 1 }
            if lastMatch < 0 && k > 0 && key[k - 1] != 32 && key[k - 1] != 45 { return 0 }
            lastMatch = k
            k += 1
        }
        return max(1, 200 - gaps * 10 - (key.count - wanted.count))
    }

    /// Binds each term to its best actor. `known` holds terms already looked up (the prompt's completions).
    public func resolve(_ query: ActorQuery, known: [String: Int32] = [:]) -> ResolvedQuery {
        ResolvedQuery(groups: query.groups.map { group in
            group.map { term in
                let actor = actorIndex[term.text.lowercased()] ?? known[term.text] ?? candidates(for: term.text, limit: 1).first
                return ResolvedQuery.Term(text: term.text, negated: term.negated, actor: actor)
            }
        })
    }

    /// The articles the query selects; nil for an empty query (everything).
    public func articles(matching query: ResolvedQuery) -> BitSet? {
        guard !query.groups.isEmpty else { return nil }
        let n = corpus.articles.count
        var result = BitSet(capacity: n, full: true)
        for group in query.groups {
            var union = BitSet(capacity: n)
            for term in group {
                var set = BitSet(capacity: n)
                if let actor = term.actor { for a in actorArticles[Int(actor)] { set.insert(Int(a)) } }
                union.formUnion(term.negated ? set.complemented() : set)
            }
            result.formIntersection(union)
        }
        return result
    }
}
