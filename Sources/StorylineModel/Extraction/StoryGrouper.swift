import Foundation

/// Groups the articles that report the same thing: they share salient actors, use the same words,
/// and are close in time. Every article belongs to exactly one story.
struct StoryGrouper {
    /// How alike two articles must be to share a story (0…1).
    var threshold = 0.3
    /// How many earlier articles sharing an actor each article is compared with.
    var neighbours = 12
    /// Articles further apart than this (in days) are never one story.
    var maximumDays = 60

    /// Groups `articles`; `words` are the numbers of each article's content words (`contentWords`, numbered by one
    /// `StoryVocabulary`), in increasing order.
    func group(articles: [Article], actors: [Actor], mentions: [Mention], words: [[Int32]]) -> [Story] {
        let n = articles.count
        guard n > 0 else { return [] }
        // A `WordMap`: asked for every mention of the corpus.
        let kinds = WordMap(Dictionary(actors.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a }))
        let position = Dictionary(articles.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // Salient actors per article, weighted: people, organisations and groups say more about a story than countries.
        var weights = [[String: Double]](repeating: [:], count: n)
        // Mentions come article by article: the position of the article before is kept for the next mention.
        var lastArticle: (id: String, position: Int?)?
        // Each article's table made once with room for one actor a mention (no more can come), not grown step by step;
        // the tables are read only sorted by weight and name, so their room changes nothing.
        var mentionsOfArticle = [Int](repeating: 0, count: n)
        for mention in mentions {
            if lastArticle?.id != mention.article { lastArticle = (mention.article, position[mention.article]) }
            if let a = lastArticle?.position { mentionsOfArticle[a] += 1 }
        }
        for a in 0..<n where mentionsOfArticle[a] > 0 { weights[a].reserveCapacity(mentionsOfArticle[a]) }
        lastArticle = nil
        for mention in mentions {
            if lastArticle?.id != mention.article { lastArticle = (mention.article, position[mention.article]) }
            guard let a = lastArticle?.position else { continue }
            let kind = kinds[mention.actor] ?? .organization
            weights[a][mention.actor, default: 0] += (kind == .country || kind == .place) ? 1 : 2
        }
        let salientByName: [[(key: String, value: Double)]] = weights.map { w in
            Array(w.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8))
        }
        // Actor ids and words as numbers, each article's in increasing order, so that comparing two articles is a merge.
        var actorNumbers: [String: Int] = [:]
        let salient: [[Salience]] = salientByName.map { list in
            list.map { entry -> Salience in
                if let number = actorNumbers[entry.key] { return Salience(actor: number, weight: entry.value) }
                actorNumbers[entry.key] = actorNumbers.count
                return Salience(actor: actorNumbers.count - 1, weight: entry.value)
            }.sorted { $0.actor < $1.actor }
        }

        // Compare only articles that share a salient actor, and each only with its nearest neighbours in time
        // among them: the work grows with the corpus, not with its square, however common an actor is.
        var postings = [[Int]](repeating: [], count: actorNumbers.count)
        for (a, s) in salient.enumerated() { for entry in s { postings[entry.actor].append(a) } }
        let days = articles.map { ($0.date ?? $0.anchor).map(dayNumber) }
        let dateDays = articles.map { $0.date.map(dayNumber) }
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for list in postings where list.count > 1 {
            let ordered = list.sorted { (days[$0] ?? .min, $0) < (days[$1] ?? .min, $1) }
            for i in 1..<ordered.count {
                let b = ordered[i]
                for j in stride(from: i - 1, through: max(0, i - neighbours), by: -1) {
                    let a = ordered[j]
                    if let da = days[a], let db = days[b], db - da > maximumDays { break }
                    let ra = find(a), rb = find(b)
                    if ra == rb { continue }
                    if similarity(salient[a], salient[b], words[a], words[b], dateDays[a], dateDays[b]) >= threshold {
                        parent[max(ra, rb)] = min(ra, rb)
                    }
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for a in 0..<n { members[find(a), default: []].append(a) }
        var stories: [Story] = []
        for root in members.keys.sorted() {
            let group = members[root]!.sorted()
            let titled = group.first { articles[$0].hasHeadline } ?? group[0]
            var total: [String: Double] = [:]
            for a in group { for (actor, w) in salientByName[a] { total[actor, default: 0] += w } }
            let top = total.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map(\.key)
            stories.append(Story(id: "story-" + articles[group[0]].id, title: articles[titled].title,
                                 articles: group.map { articles[$0].id }, actors: top))
        }
        return stories
    }

    /// A salient actor of an article, by number, with its weight.
    private struct Salience {
        var actor: Int
        var weight: Double
    }

    /// Weighted overlap of the salient actors, overlap of the content words (both lists in increasing order),
    /// lowered for articles dated more than two weeks apart and nil beyond `maximumDays`.
    private func similarity(_ actorsA: [Salience], _ actorsB: [Salience], _ wordsA: [Int32], _ wordsB: [Int32],
                            _ dayA: Int?, _ dayB: Int?) -> Double {
        var shared = 0.0, union = 0.0
        var i = 0, j = 0
        while i < actorsA.count || j < actorsB.count {
            if j == actorsB.count || (i < actorsA.count && actorsA[i].actor < actorsB[j].actor) {
                union += actorsA[i].weight
                i += 1
            } else if i == actorsA.count || actorsB[j].actor < actorsA[i].actor {
                union += actorsB[j].weight
                j += 1
            } else {
                shared += min(actorsA[i].weight, actorsB[j].weight)
                union += max(actorsA[i].weight, actorsB[j].weight)
                i += 1
                j += 1
            }
        }
        let actorScore = union > 0 ? shared / union : 0
        var common = 0
        i = 0
        j = 0
        while i < wordsA.count && j < wordsB.count {
            if wordsA[i] < wordsB[j] {
                i += 1
            } else if wordsB[j] < wordsA[i] {
                j += 1
            } else {
                common += 1
                i += 1
                j += 1
            }
        }
        let wordScore = wordsA.isEmpty || wordsB.isEmpty ? 0 : Double(common) / Double(min(wordsA.count, wordsB.count))
        var score = 0.6 * actorScore + 0.4 * wordScore
        if let dayA, let dayB {
            let days = abs(dayA - dayB)
            if days > maximumDays { return 0 }
            if days > 14 { score *= 0.5 }
        }
        return score
    }

    /// Lower-case words of four letters or more that are not function words, in text order and as often as they
    /// occur (`StoryVocabulary.numbers` keeps each once: deduplicating here too would hash every word once more);
    /// `article` should hold its tokens (`Article.tokenized()`).
    static func contentWords(_ article: Article) -> [ContentWord] {
        let stop = KnowledgeBase.shared.stopCapitals
        // Fetched once: a static is reached through a `swift_once` on every use.
        let stopFilter = StoryGrouper.stopFilter
        var words: [ContentWord] = []
        // News text has about one content word per eight bytes: room for that saves most of the regrowing.
        words.reserveCapacity(article.text.utf8.count / 8)
        // Read once, not once a word.
        let smallStrings = SmallASCIIString.isSupported
        for sentence in article.sentences {
            for token in sentence.tokens {
                // An ASCII word (most) is read in one pass over its bytes in place, into the hash of its lower case,
                // with no lower-cased String made; one of at most 15 bytes from the String's own two words.
                let ascii: ASCIIWord?
                if smallStrings, let contents = SmallASCIIString.contents(of: token.text) {
                    ascii = asciiWord(contents)
                } else {
                    ascii = token.text.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIWord? in
                    // Fewer than four bytes is fewer than four characters.
                    guard bytes.count >= 4 else { return .short }
                    var hash: UInt64 = 0xcbf29ce484222325
                    hash = (hash ^ 1) &* 0x100000001b3
                    var high: UInt8 = 0
                    for byte in bytes {
                        high |= byte
                        hash = (hash ^ UInt64(byte &- 0x41 < 26 ? byte + 32 : byte)) &* 0x100000001b3
                    }
                    guard high < 0x80 else { return nil }
                    // A letter, in either case, has bit 0x20 set once folded, and only letters fold into a...z.
                    guard (bytes[0] | 0x20) &- 0x61 < 26 else { return .short }
                    return .word(lowerHash: hash)
                    } ?? nil
                }
                if let ascii {
                    guard case .word(let lowerHash) = ascii, !stop.contains(lowercasing: token.text, lowerHash: lowerHash) else { continue }
                    words.append(ContentWord(text: token.text, lowerHash: lowerHash))
                    continue
                }
                guard hasFourCharacters(token.text) else { continue }
                let word = EntityFeatures.lowercase(token.text)
                guard Letters.startsWithLetter(word) else { continue }
                if !(stopFilter.mayContain(word) && stop.contains(word)) { words.append(ContentWord(text: word, lowerHash: nil)) }
            }
        }
        return words
    }

    /// What one pass over an ASCII token's bytes tells `contentWords`: no content word (too short, or no letter
    /// first), or a word with the hash of its lower case.
    private enum ASCIIWord {
        case short
        case word(lowerHash: UInt64)
    }

    /// The `ASCIIWord` of a small ASCII String's contents (`SmallASCIIString.contents(of:)`).
    @inline(__always)
    private static func asciiWord(_ contents: (words: (UInt64, UInt64), count: Int)) -> ASCIIWord {
        guard contents.count >= 4 else { return .short }
        let lower = SmallASCIIString.lowercased(contents.words)
        // A letter, lower-cased, is a...z.
        guard UInt8(truncatingIfNeeded: lower.0) &- 0x61 < 26 else { return .short }
        var hash: UInt64 = 0xcbf29ce484222325
        hash = (hash ^ 1) &* 0x100000001b3
        SmallASCIIString.forEachByte(of: lower, count: contents.count) { hash = (hash ^ UInt64($0)) &* 0x100000001b3 }
        return .word(lowerHash: hash)
    }

    /// Most content words are not stop words: the filter spares them the Set look-up.
    private static let stopFilter = WordFilter(KnowledgeBase.shared.stopCapitals)

    /// At least four characters. Fewer than four bytes is fewer than four characters, and ASCII text (no
    /// whitespace in a token, so no CR LF) has one character per byte: only other text is counted in characters.
    private static func hasFourCharacters(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 4 else { return false }
        // The bytes read in place (stepping through a `UTF8View` costs several times more a byte).
        let isASCII = bytes.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? bytes.allSatisfy { $0 < 0x80 }
        return isASCII || text.count >= 4
    }
}

/// A content word of an article (`StoryGrouper.contentWords`): an ASCII word as written, with the hash of its lower
/// case (`EntityFeatures.wordHash` of its `EntityFeatures.lowercase`); any other word lower-cased, with no hash.
struct ContentWord {
    let text: String
    let lowerHash: UInt64?
}

/// Numbers the content words of the articles, from all cores at once: each article's words are numbered in one go,
/// under a lock. The numbers depend on the order the articles come in, the stories do not (only equality counts).
final class StoryVocabulary: @unchecked Sendable {
    private let lock = NSLock()
    /// A `WordMap`: most content words are ASCII, looked up by a cheap hash of their bytes.
    private var numbers = WordMap<Int32>()

    /// The numbers of `words`' lower-case forms, each once, in increasing order.
    func numbers(_ words: [ContentWord]) -> [Int32] {
        var numbered: [Int32] = []
        numbered.reserveCapacity(words.count)
        lock.lock()
        // The table is worked on as a local variable: each access to the class's property would be checked for
        // exclusive access.
        var table = WordMap<Int32>()
        swap(&table, &numbers)
        for word in words {
            let known = word.lowerHash.map { table.value(lowercasing: word.text, lowerHash: $0) } ?? table[word.text]
            if let number = known {
                numbered.append(number)
            } else {
                let number = Int32(table.count)
                table.insert(word.lowerHash == nil ? word.text : EntityFeatures.lowercase(word.text), number)
                numbered.append(number)
            }
        }
        let vocabularySize = table.count
        swap(&table, &numbers)
        lock.unlock()
        // Each number once, in increasing order: read off a bit a number when the vocabulary is not much larger than
        // the article's words (sorting them cost more), else sorted.
        if vocabularySize <= 256 * (numbered.count + 1) {
            var seen = [UInt64](repeating: 0, count: vocabularySize / 64 + 1)
            for number in numbered { seen[Int(number) >> 6] |= 1 << (UInt64(number) & 63) }
            var kept: [Int32] = []
            kept.reserveCapacity(numbered.count)
            for (index, bits) in seen.enumerated() where bits != 0 {
                var rest = bits
                while rest != 0 {
                    kept.append(Int32(index << 6 + rest.trailingZeroBitCount))
                    rest &= rest - 1
                }
            }
            return kept
        }
        var sorted = numbered.sorted()
        // Repeated words have equal numbers, side by side once sorted.
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}

/// Days since 1 March of year 0 in the proleptic Gregorian calendar; missing month or day count as the first.
func dayNumber(_ date: SimpleDate) -> Int {
    let month = date.month ?? 1, day = date.day ?? 1
    let y = month <= 2 ? date.year - 1 : date.year
    let m = month <= 2 ? month + 9 : month - 3
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
}
