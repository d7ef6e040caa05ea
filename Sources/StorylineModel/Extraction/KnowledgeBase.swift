import Foundation

/// What a known name stands for: a country (by name, alias or demonym), a place, an organisation or a seat of government.
struct KnownEntity: Hashable, Sendable {
    var canonical: String
    var kind: ActorKind
    /// The country a capital, city or seat of government lies in or stands for.
    var country: String?
    /// True when the capital or seat is used for its state ("Pyongyang said", "the Kremlin").
    var standsForCountry: Bool
    /// True for a demonym ("Russian"), which names the country but usually as a modifier.
    var isDemonym: Bool
}

/// A trie over token sequences, for longest-match look-up of multi-word names. Tokens are matched by their
/// hash (`EntityFeatures.wordHash`), so a caller that has the hashes of a sentence's words already pays no string hashing.
struct TokenTrie<Value: Sendable>: Sendable {
    /// (node, token hash) → child node; node 0 is the root.
    private var edges = HashTable()
    /// The value of each node that ends an entry.
    private var values: [Value?] = [nil]
    /// The hashes of the tokens entries start with, each once (for `KnowledgeBase.wordFacts`).
    private(set) var firstTokens: [UInt64] = []

    @inline(__always)
    private static func edge(from node: Int32, _ token: UInt64) -> UInt64 {
        token ^ (UInt64(node) &* 0x9E37_79B9_7F4A_7C15)
    }

    mutating func insert(_ tokens: [String], _ value: Value, replace: Bool = false) {
        insert(hashes: tokens.map(EntityFeatures.wordHash), value, replace: replace)
    }

    /// `insert` for tokens given by their hashes (`EntityFeatures.wordHash`).
    mutating func insert(hashes: [UInt64], _ value: Value, replace: Bool = false) {
        guard !hashes.isEmpty else { return }
        var node: Int32 = 0
        for hash in hashes {
            let edge = TokenTrie.edge(from: node, hash)
            if let next = edges[edge] { node = next } else {
                let next = Int32(values.count)
                values.append(nil)
                edges.set(edge, next)
                if node == 0 { firstTokens.append(hash) }
                node = next
            }
        }
        if replace || values[Int(node)] == nil { values[Int(node)] = value }
    }

    /// The longest entry starting at `start`, as (token count, value); `hash` gives a token index's hash (`EntityFeatures.wordHash`).
    @inline(__always)
    func longestMatch(from start: Int, count: Int, hash: (Int) -> UInt64) -> (length: Int, value: Value)? {
        guard start < count else { return nil }
        return longestMatch(from: start, count: count, firstNode: firstNode(hash(start)), hash: hash)
    }

    /// The node an entry's first token leads to, nil when no entry starts with it: a word's, found once, serves
    /// `longestMatch(from:count:firstNode:hash:)` wherever the word recurs.
    @inline(__always)
    func firstNode(_ hash: UInt64) -> Int32? { edges[TokenTrie.edge(from: 0, hash)] }

    /// `longestMatch(from:count:hash:)` given `firstNode` of the token at `start` (which is before `count`).
    @inline(__always)
    func longestMatch(from start: Int, count: Int, firstNode: Int32?, hash: (Int) -> UInt64) -> (length: Int, value: Value)? {
        guard var node = firstNode else { return nil }
        var best: (Int, Value)?
        var i = start + 1
        if let value = values[Int(node)] { best = (1, value) }
        while i < count, let next = edges[TokenTrie.edge(from: node, hash(i))] {
            node = next
            i += 1
            if let value = values[Int(node)] { best = (i - start, value) }
        }
        return best
    }

    /// The longest entry starting at `start`; `key` maps a token index to its key.
    func longestMatch(from start: Int, count: Int, key: (Int) -> String) -> (length: Int, value: Value)? {
        longestMatch(from: start, count: count, hash: { EntityFeatures.wordHash(key($0)) })
    }
}

/// What the name lists say of one lower-cased word, as classes of frequency or size (two bits each);
/// features of the entity model and hints for the name rules.
struct NameFacts: Sendable {
    var bits: Int32

    /// 0: not a listed given name; 1: among the 200 most frequent; 2: among the 1,000; 3: the rest.
    var givenName: Int {
        get { Int(bits & 3) }
        set { bits = bits & ~3 | Int32(newValue & 3) }
    }
    /// 0: not a listed surname; 1: among the 1,000 most frequent; 2: among the 5,000; 3: the rest.
    var surname: Int {
        get { Int(bits >> 2 & 3) }
        set { bits = bits & ~(3 << 2) | Int32(newValue & 3) << 2 }
    }
    /// 0: not a listed one-word town; 1: a million people or more; 2: 100,000 or more; 3: fewer.
    var town: Int {
        get { Int(bits >> 4 & 3) }
        set { bits = bits & ~(3 << 4) | Int32(newValue & 3) << 4 }
    }
    /// A common English word or a word never a name by itself when capitalised (`commonWords`, `stopCapitals`).
    var isOrdinaryWord: Bool {
        get { bits & (1 << 6) != 0 }
        set { bits = newValue ? bits | 1 << 6 : bits & ~(1 << 6) }
    }
    var isListedName: Bool { givenName != 0 || surname != 0 }

    static func townClass(population: Int) -> Int { population >= 1_000_000 ? 1 : population >= 100_000 ? 2 : 3 }
}

/// General knowledge loaded from the embedded resource files (countries, places, organisations, titles, verbs, common words).
final class KnowledgeBase: Sendable {
    static let shared = KnowledgeBase()

    /// Known names, matched case-sensitively on normalised tokens.
    let entities: TokenTrie<KnownEntity>
    /// Named things that are no actors (CoNLL's MISC): products, vehicles, events, awards, laws, wars, indices
    /// ("Internet Explorer", "Boeing 737 MAX", "Super Bowl"), matched as `entities` are.
    let namedThings: TokenTrie<Bool>
    /// Titles, matched on tokens as written (lower-case titles are stored in their capitalised forms too).
    let titles: TokenTrie<String>
    /// Head words of names: "Council" → organization, "forces" → group, "Stadium" → place.
    let organizationWords: WordMap<ActorKind>
    /// `organizationWords` by the words' `EntityFeatures.wordHash`, to the index of the kind in `ActorKind.allCases`.
    private let organizationKinds: HashTable
    /// Lower-case words that are never names on their own when capitalised.
    let stopCapitals: WordSet
    /// Common lower-case English words.
    let commonWords: WordSet
    /// The lower-case words of an English dictionary (SCOWL), for reading headlines written in capitals or title case.
    /// Loaded on first use: most articles never ask.
    static let dictionaryWords = DictionaryWords(file: "english-words.tsv")
    /// Relation verbs: surface form (lower-cased) → lemma.
    let verbForms: WordMap<String>
    /// Nouns naming a relation act (lower-cased) → lemma ("invasion" → "invade").
    let relationNouns: WordMap<String>
    /// Lemmas of relations that hold both ways.
    let symmetricLemmas: Set<String>
    /// The words of `verbForms` and `relationNouns`, by their `EntityFeatures.wordHash`.
    private let relationWords: HashTable
    /// What the name lists (given names, surnames, one-word towns) say of a lower-cased word, by its `EntityFeatures.wordHash`.
    private let nameFactsTable: HashTable
    /// What the tries and the organisation words say of a word, by its `EntityFeatures.wordHash` (`wordFacts(hash:)`).
    private let wordFactsTable: WordFactsTable
    /// City names of several words (lower-cased tokens) → population.
    let longCities: TokenTrie<Int>
    /// Capitals whose name is also a place of another country ("Victoria", the Seychelles' capital and an Australian
    /// state): named alone, they do not stand for their country.
    let ambiguousCapitals: Set<String>

    private init() {
        var entities = TokenTrie<KnownEntity>()
        func add(_ name: String, _ entity: KnownEntity) {
            var name = name
            if name.lowercased().hasPrefix("the ") { name.removeFirst(4) }
            entities.insert(KnowledgeBase.keyTokens(name), entity)
        }
        // Countries first, so that a country's own names win over a city or organisation of the same name.
        var capitalsOf: [String: String] = [:]
        for row in Knowledge.rows("countries.tsv") where !row[0].isEmpty {
            let name = row[0]
            let country = KnownEntity(canonical: name, kind: .country, country: nil, standsForCountry: false, isDemonym: false)
            add(name, country)
            for alias in KnowledgeBase.column(row, 1) { add(alias, country) }
            var demonym = country
            demonym.isDemonym = true
            for form in KnowledgeBase.column(row, 2) { add(form, demonym) }
            for capital in KnowledgeBase.column(row, 3) {
                add(capital, KnownEntity(canonical: capital, kind: .place, country: name, standsForCountry: true, isDemonym: false))
                capitalsOf[capital] = name
            }
        }
        for row in Knowledge.rows("organizations.tsv") where !row[0].isEmpty {
            let kind: ActorKind = ActorKind(rawValue: KnowledgeBase.column(row, 1).first ?? "") ?? .organization
            let country = KnowledgeBase.column(row, 3).first
            let entity = KnownEntity(canonical: row[0], kind: kind, country: country, standsForCountry: country != nil, isDemonym: false)
            add(row[0], entity)
            for alias in KnowledgeBase.column(row, 2) { add(alias, entity) }
        }
        var ambiguousCapitals = Set<String>()
        for row in Knowledge.rows("places.tsv") where !row[0].isEmpty {
            let entity = KnownEntity(canonical: row[0], kind: .place, country: KnowledgeBase.column(row, 2).first,
                                     standsForCountry: false, isDemonym: false)
            for name in [row[0]] + KnowledgeBase.column(row, 1) {
                add(name, entity)
                if let country = capitalsOf[name], entity.country != country { ambiguousCapitals.insert(name) }
            }
        }
        self.entities = entities
        self.ambiguousCapitals = ambiguousCapitals

        var namedThings = TokenTrie<Bool>()
        for row in Knowledge.rows("named-things.tsv") where !row[0].isEmpty {
            for name in [row[0]] + KnowledgeBase.column(row, 2) { namedThings.insert(KnowledgeBase.keyTokens(name), true) }
        }
        self.namedThings = namedThings

        var titles = TokenTrie<String>()
        for row in Knowledge.rows("titles.tsv") {
            // Titles written in lower case match in any case; capitalised ones only as written.
            let tokens = KnowledgeBase.keyTokens(row[0])
            if row[0] == row[0].lowercased() {
                titles.insert(tokens, row[0])
                titles.insert(tokens.enumerated().map { $0.offset == 0 ? $0.element.prefix(1).uppercased() + $0.element.dropFirst() : $0.element }, row[0])
                titles.insert(tokens.map { $0.prefix(1).uppercased() + $0.dropFirst() }, row[0])
            } else {
                titles.insert(tokens, row[0])
            }
        }
        self.titles = titles

        var organizationWords: [String: ActorKind] = [:]
        for row in Knowledge.rows("organization-words.tsv") {
            switch KnowledgeBase.column(row, 1).first {
            case "group": organizationWords[row[0]] = .group
            case "place": organizationWords[row[0]] = .place
            default: organizationWords[row[0]] = .organization
            }
        }
        self.organizationWords = WordMap(organizationWords)
        self.organizationKinds = organizationWords.reduce(into: HashTable()) { table, entry in
            table.set(EntityFeatures.wordHash(entry.key), Int32(ActorKind.allCases.firstIndex(of: entry.value)!))
        }
        let stopCapitals = Set(Knowledge.rows("stop-capitals.tsv").map { $0[0].lowercased() })
        let commonWords = Set(Knowledge.rows("common-words.tsv").map { $0[0].lowercased() })
        self.stopCapitals = WordSet(stopCapitals)
        self.commonWords = WordSet(commonWords)

        var verbForms: [String: String] = [:]
        var relationNouns: [String: String] = [:]
        var symmetric = Set<String>()
        for row in Knowledge.rows("relation-verbs.tsv") {
            let lemma = row[0]
            for form in KnowledgeBase.regularForms(lemma) { verbForms[form] = verbForms[form] ?? lemma }
            for form in KnowledgeBase.column(row, 1) { verbForms[form.lowercased()] = lemma }
            if KnowledgeBase.column(row, 2).first == "sym" { symmetric.insert(lemma) }
            for noun in KnowledgeBase.column(row, 3) { relationNouns[noun.lowercased()] = lemma }
        }
        self.verbForms = WordMap(verbForms)
        self.relationNouns = WordMap(relationNouns)
        self.symmetricLemmas = symmetric
        var relationWords = HashTable(minimumCapacity: verbForms.count + relationNouns.count)
        for word in verbForms.keys { relationWords.set(EntityFeatures.wordHash(word), 0) }
        for word in relationNouns.keys { relationWords.set(EntityFeatures.wordHash(word), 0) }
        self.relationWords = relationWords

        // The tables are passed in and out of the readers, not captured: changing captured variables had every
        // access checked for exclusivity at run time, for each of tens of thousands of rows.
        var lists = NameLists()
        KnowledgeBase.readNumberedNames("person-names.tsv", into: &lists) { lists, name, kind, rank in
            if kind == UInt8(ascii: "g") {
                lists.update(name.hash) { $0.givenName = rank <= 200 ? 1 : rank <= 1000 ? 2 : 3 }
            } else {
                lists.update(name.hash) { $0.surname = rank <= 1000 ? 1 : rank <= 5000 ? 2 : 3 }
            }
        }
        KnowledgeBase.readNumberedNames("cities.tsv", into: &lists) { lists, name, _, population in
            if name.hasSpace {
                lists.longCities.insert(hashes: name.wordHashes(), population)
            } else {
                // The first row of a name wins: the lists are sorted by population.
                lists.update(name.hash) { if $0.town == 0 { $0.town = NameFacts.townClass(population: population) } }
            }
        }
        for word in commonWords.union(stopCapitals) { lists.update(EntityFeatures.wordHash(word)) { $0.isOrdinaryWord = true } }
        self.nameFactsTable = lists.facts
        self.longCities = lists.longCities
        var wordFacts = WordFactsTable(minimumCapacity: entities.firstTokens.count + namedThings.firstTokens.count
                                       + titles.firstTokens.count + lists.longCities.firstTokens.count + organizationWords.count)
        for token in entities.firstTokens { wordFacts.update(token) { $0.entityNode = entities.firstNode(token)! } }
        for token in namedThings.firstTokens { wordFacts.update(token) { $0.namedThingNode = namedThings.firstNode(token)! } }
        for token in titles.firstTokens { wordFacts.update(token) { $0.titleNode = titles.firstNode(token)! } }
        for token in lists.longCities.firstTokens { wordFacts.update(token) { $0.longCityNode = lists.longCities.firstNode(token)! } }
        for word in organizationWords.keys { wordFacts.update(EntityFeatures.wordHash(word)) { $0.isOrganizationWord = true } }
        self.wordFactsTable = wordFacts
    }

    /// The tables made from the name lists while they are read.
    private struct NameLists {
        /// `NameFacts` bits by word hash (`nameFactsTable`).
        var facts = HashTable(minimumCapacity: 50_000)
        var longCities = TokenTrie<Int>()

        mutating func update(_ hash: UInt64, _ change: (inout NameFacts) -> Void) {
            var entry = NameFacts(bits: facts[hash] ?? 0)
            change(&entry)
            facts.set(hash, entry.bits)
        }
    }

    /// The kind of name an organisation word heads (`organizationWords`), by the word's `EntityFeatures.wordHash`.
    @inline(__always)
    func organizationKind(hash: UInt64) -> ActorKind? { organizationKinds[hash].map { ActorKind.allCases[Int($0)] } }

    /// Whether a lower-cased word is a form of a relation verb or a relation noun (`verbForms`, `relationNouns`):
    /// asked of most words of a sentence, which are neither, so by one cheap hash rather than two look-ups by String.
    func isRelationWord(_ word: String) -> Bool { isRelationWord(lowerHash: EntityFeatures.wordHash(word)) }

    /// `isRelationWord` of the lower-cased word with this `EntityFeatures.wordHash`.
    func isRelationWord(lowerHash: UInt64) -> Bool { relationWords[lowerHash] != nil }

    /// What the name lists say of a lower-cased word.
    func nameFacts(ofLowercased word: String) -> NameFacts { nameFacts(hash: EntityFeatures.wordHash(word)) }

    /// What the name lists say of a lower-cased word, by its `EntityFeatures.wordHash`.
    @inline(__always)
    func nameFacts(hash: UInt64) -> NameFacts { NameFacts(bits: nameFactsTable[hash] ?? 0) }

    /// What the tables say of a word by its `EntityFeatures.wordHash`, in one look-up.
    @inline(__always)
    func wordFacts(hash: UInt64) -> WordFacts { wordFactsTable[hash] }

    /// A name of a list, read in place from the list's UTF-8. What the knowledge base keeps of it are hashes of
    /// the lower-cased name or of its words: for ASCII names (most) they are made from the bytes, folded to lower
    /// case on the way, without a String; other names go through `EntityFeatures.lowercase` and `split` as ever.
    private struct ListedName {
        /// The name as written.
        let bytes: UnsafeBufferPointer<UInt8>
        let isASCII: Bool
        /// Whether the lower-cased name has a space: lower-casing neither makes nor takes one.
        let hasSpace: Bool

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            var high: UInt8 = 0
            var hasSpace = false
            for byte in bytes {
                high |= byte
                if byte == 0x20 { hasSpace = true }
            }
            isASCII = high < 0x80
            self.hasSpace = hasSpace
        }

        /// Whether every space of the name is a Character of its own, as `split` cuts: so it is when its neighbours are
        /// ASCII, whereas a combining mark after a space joins it.
        private var spacesStandAlone: Bool {
            for i in bytes.indices where bytes[i] == 0x20 {
                if i > 0 && bytes[i - 1] >= 0x80 || i + 1 < bytes.count && bytes[i + 1] >= 0x80 { return false }
            }
            return true
        }

        /// `EntityFeatures.wordHash` of the lower-cased name.
        var hash: UInt64 { lowercasedHash(0..<bytes.count) }

        /// `EntityFeatures.wordHash` of the bytes in `range`, lower-cased. Beyond ASCII, `lowercased()` maps each
        /// scalar on its own (`lowercaseMapping`, no context such as a final sigma), so the mapped bytes are hashed
        /// without building the lower-cased String (the test of the name lists holds this against `lowercased()`).
        private func lowercasedHash(_ range: Range<Int>) -> UInt64 {
            // FNV-1a takes the bytes one after another, so the folded bytes are hashed as they come, with no array of them.
            let prime: UInt64 = 0x100000001b3
            var hash: UInt64 = 0xcbf29ce484222325
            hash = (hash ^ 1) &* prime
            var i = range.lowerBound
            while i < range.upperBound {
                let byte = bytes[i]
                if byte < 0x80 {
                    hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)) &* prime
                    i += 1
                } else {
                    let (scalar, length) = Letters.scalar(in: bytes, at: i)
                    for folded in scalar.properties.lowercaseMapping.utf8 { hash = (hash ^ UInt64(folded)) &* prime }
                    i += length
                }
            }
            return hash
        }

        /// The hashes of the lower-cased name's words (split at spaces, empty words dropped).
        func wordHashes() -> [UInt64] {
            // Lower-casing neither makes nor takes a space, nor joins one to its neighbours when they are ASCII: the
            // words are then hashed from the bytes. Otherwise `split` decides on the lower-cased String.
            guard isASCII || spacesStandAlone else {
                let lowercased = EntityFeatures.lowercase(String(decoding: bytes, as: UTF8.self))
                return lowercased.split(separator: " ").map { EntityFeatures.wordHash(String($0)) }
            }
            var hashes: [UInt64] = []
            hashes.reserveCapacity(4)
            KnowledgeBase.forEachWord(bytes) { hashes.append(lowercasedHash($0)) }
            return hashes
        }
    }

    /// Reads a long list of `name<TAB>kind<TAB>number` rows straight from its UTF-8 bytes (the name lists have
    /// tens of thousands of rows, and start-up waits for them): the name, the first byte of the kind.
    private static func readNumberedNames<State>(_ file: String, into state: inout State,
                                                 _ body: (_ state: inout State, _ name: ListedName, _ kind: UInt8, _ number: Int) -> Void) {
        var text = Knowledge.text(file)
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            /// The position of the first `byte` in `range`, or its end; by `memchr`, far cheaper a byte than a loop.
            func find(_ byte: UInt8, in range: Range<Int>) -> Int {
                guard !range.isEmpty, let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return range.upperBound }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = find(0x0A, in: lineStart..<bytes.count)
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                let firstTab = find(0x09, in: lineStart..<lineEnd)
                let tabs = (first: firstTab, second: firstTab < lineEnd ? find(0x09, in: (firstTab + 1)..<lineEnd) : lineEnd)
                guard tabs.second < lineEnd else { continue }
                var number = 0
                for i in (tabs.second + 1)..<lineEnd {
                    let digit = Int(bytes[i]) - 48
                    guard (0...9).contains(digit) else { continue }
                    number = number * 10 + digit
                }
                let name = ListedName(UnsafeBufferPointer(rebasing: bytes[lineStart..<tabs.first]))
                body(&state, name, tabs.first + 1 < tabs.second ? bytes[tabs.first + 1] : 0, number)
            }
        }
    }

    /// The "|"-separated values of a column, or none.
    private static func column(_ row: [String], _ index: Int) -> [String] {
        guard index < row.count else { return [] }
        if let values = row[index].utf8.withContiguousStorageIfAvailable(asciiColumn), let values { return values }
        return row[index].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `column` of an ASCII cell, cut and trimmed on its bytes (in ASCII, `.whitespaces` is space and tab); nil
    /// beyond ASCII. Foundation's trimming cost start-up more than the rest of reading these rows.
    private static func asciiColumn(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var values: [String] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "|") { end += 1 }
            var lower = start, upper = end
            while lower < upper && isBlank(bytes[lower]) { lower += 1 }
            while upper > lower && isBlank(bytes[upper - 1]) { upper -= 1 }
            if upper > lower { values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)) }
            start = end + 1
        }
        return values
    }

    /// The regular inflections of a verb lemma: -s, -ed, -ing with the usual spelling changes.
    static func regularForms(_ lemma: String) -> [String] {
        var forms = [lemma]
        let vowels = Set("aeiou")
        let chars = Array(lemma)
        let last = chars.last ?? " "
        if lemma.hasSuffix("e") {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if ["s", "x", "z"].contains(String(last)) || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
            // Short consonant-vowel-consonant verbs double the last letter: ban → banned, banning.
            if chars.count >= 3, !vowels.contains(last), last != "w", last != "x",
               vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3]), chars.count <= 4 {
                forms += [lemma + String(last) + "ed", lemma + String(last) + "ing"]
            }
        }
        return forms
    }

    /// Splits a name from a resource file into tokens the way the article tokenizer does
    /// (possessive 's and punctuation apart), normalising apostrophes.
    static func keyTokens(_ name: String) -> [String] {
        // Names are mostly ASCII, whose Characters are its bytes: those are split on the bytes, without Character
        // splitting or String copies per word (the name tagger asks for the tokens of every organisation it meets).
        if let tokens = name.utf8.withContiguousStorageIfAvailable(asciiKeyTokens), let tokens { return tokens }
        var tokens: [String] = []
        for word in name.split(separator: " ") {
            var word = straightApostrophes(String(word))
            var trailing: [String] = []
            while let last = word.last, [",", ";", ":"].contains(last) {
                trailing.insert(String(last), at: 0)
                word.removeLast()
            }
            if word.hasSuffix("'s"), word.count > 2 {
                tokens.append(String(word.dropLast(2)))
                tokens.append("'s")
            } else if !word.isEmpty {
                tokens.append(word)
            }
            tokens += trailing
        }
        return tokens
    }

    /// `keyTokens` of a name's UTF-8, or nil when it is not all ASCII (or holds a carriage return, which joins a
    /// following line feed into one Character). No apostrophe to straighten: U+2019 is not ASCII.
    private static func asciiKeyTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var spaces = 0
        for byte in bytes {
            if byte >= 0x80 || byte == 0x0D { return nil }
            if byte == 0x20 { spaces += 1 }
        }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        // Room for a token a word and a possessive or a comma, made once: growing by appends cost more than the tokens.
        var tokens: [String] = []
        tokens.reserveCapacity(spaces + 2)
        forEachWord(bytes) { word in
            let start = word.lowerBound
            // Trailing , ; : become tokens of their own, after the word.
            var end = word.upperBound
            while end > start, bytes[end - 1] == 0x2C || bytes[end - 1] == 0x3B || bytes[end - 1] == 0x3A { end -= 1 }
            if end - start > 2 && bytes[end - 2] == 0x27 && bytes[end - 1] == 0x73 {  // possessive 's
                tokens.append(text(start..<(end - 2)))
                tokens.append("'s")
            } else if end > start {
                tokens.append(text(start..<end))
            }
            for k in end..<word.upperBound { tokens.append(text(k..<(k + 1))) }
        }
        return tokens
    }

    /// The byte ranges of the words of UTF-8 text, as `split(separator: " ")` cuts it (empty words dropped) when
    /// every space is a Character of its own (always in ASCII text).
    private static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var i = 0
        while i < bytes.count {
            guard bytes[i] != 0x20 else { i += 1; continue }
            let start = i
            while i < bytes.count && bytes[i] != 0x20 { i += 1 }
            body(start..<i)
        }
    }

    /// The key a token is looked up by in `entities`: curly apostrophes made straight.
    @inline(__always)
    static func key(_ token: String) -> String {
        straightApostrophes(token)
    }

    /// `EntityFeatures.wordHash(key(token))`, made from the token's bytes with each U+2019 (E2 80 99) hashed as "'",
    /// without building the key.
    static func keyHash(_ token: String) -> UInt64 {
        token.utf8.withContiguousStorageIfAvailable { bytes in
            var hash: UInt64 = 0xcbf29ce484222325
            hash = (hash ^ 1) &* 0x100000001b3
            var i = 0
            while i < bytes.count {
                var byte = bytes[i]
                if byte == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
                    byte = UInt8(ascii: "'")
                    i += 2
                }
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
                i += 1
            }
            return hash
        } ?? EntityFeatures.wordHash(key(token))
    }

    /// The text with U+2019 replaced by "'"; cheap when there is none, as in most tokens.
    static func straightApostrophes(_ text: String) -> String {
        // U+2019 is E2 80 99 in UTF-8, and E2 is always a lead byte: the bytes tell, without decoding scalars.
        let hasCurly = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i + 2 < bytes.count {
                if bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 { return true }
                i += 1
            }
            return false
        } ?? text.unicodeScalars.contains("\u{2019}")
        guard hasCurly else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\u{2019}" ? "'" : scalar) }
        return String(scalars)
    }
}
