import Foundation

/// A greedy averaged-perceptron tagger for names, in BILOU labels over the CoNLL types (PER, ORG, LOC, MISC).
/// It reads word shape, affixes, the surrounding words, the knowledge base (known names, titles,
/// organisation words, common words) and its own previous labels. Trained by `storyline train-ner`.
struct EntityModel: Sendable {
    static let types = ["PER", "ORG", "LOC", "MISC"]
    /// Label 0 is O; then B, I, L, U for each type.
    static let labels: [String] = ["O"] + types.flatMap { type in ["B", "I", "L", "U"].map { "\($0)-\(type)" } }
    /// `labels.count`, written as a constant: a global computed at start-up is fetched through a `swift_once`
    /// on every use, and scoring asks for it for every feature of every word.
    static let labelCount = 1 + 4 * 4

    /// The feature hash of each row of `weights`, by row.
    private let features: [UInt64]
    /// Feature hash → row, for scoring: a look-up there is much cheaper than in a Dictionary.
    private let table: HashTable
    /// `labelCount` weights per row.
    var weights: [Float]

    /// Feature hash → row in `weights`. Made when asked (training, saving): the shipped model has tens of thousands
    /// of rows, and a Dictionary of them made at start-up cost more than the rest of reading the model.
    var rows: [UInt64: Int] { Dictionary(features.enumerated().map { ($1, $0) }, uniquingKeysWith: { _, last in last }) }

    init(rows: [UInt64: Int] = [:], weights: [Float] = []) {
        var features = [UInt64](repeating: 0, count: rows.count)
        for (feature, row) in rows { features[row] = feature }
        self.init(features: features, weights: weights)
    }

    /// A model whose row `i` is the feature `features[i]`; of a feature listed twice, the last row counts.
    private init(features: [UInt64], weights: [Float]) {
        self.features = features
        self.weights = weights
        // Twice the room a table is given by default: scoring looks up every feature of every candidate word, most of
        // them unknown to the model, and in an emptier table such a search ends sooner.
        var table = HashTable(minimumCapacity: features.count * 2)
        for (row, feature) in features.enumerated() { table.set(feature, Int32(row)) }
        self.table = table
    }

    /// The row of a feature, or nil when the model does not know it.
    @inline(__always)
    func row(of feature: UInt64) -> Int? { table[feature].map(Int.init) }

    /// The model compiled into the binary, or nil when none was trained.
    static let shared: EntityModel? = Knowledge.data("entity-model.bin").flatMap(EntityModel.init(serialized:))

    // MARK: - Labels

    static func type(of label: Int) -> String? { label == 0 ? nil : types[(label - 1) / 4] }
    private static let positions: [Character] = ["B", "I", "L", "U"]
    static func position(of label: Int) -> Character { label == 0 ? "O" : positions[(label - 1) % 4] }
    static func label(_ position: Character, _ type: String) -> Int {
        guard let t = types.firstIndex(of: type), let p = positions.firstIndex(of: position) else { return 0 }
        return 1 + t * 4 + p
    }

    /// Whether `label` may follow `previous` (an entity that was begun must go on or end).
    @inline(__always)
    static func allowed(_ label: Int, after previous: Int) -> Bool { allowedAfter[previous * labelCount + label] }

    /// `allowed` for every pair, worked out once: tagging asks it for every label of every word.
    private static let allowedAfter: [Bool] = (0..<(labelCount * labelCount)).map { pair in
        let previous = pair / labelCount, label = pair % labelCount
        let open = previous != 0 && "BI".contains(position(of: previous))
        if open { return label != 0 && "IL".contains(position(of: label)) && type(of: label) == type(of: previous) }
        return label == 0 || "BU".contains(position(of: label))
    }

    /// The labels `allowed` after each label, in order: those after `previous` are the first `allowedCounts[previous]`
    /// of `allowedLabels[previous * labelCount...]`.
    private static let allowedLabels: [Int] = (0..<labelCount).flatMap { previous in
        (0..<labelCount).map { m in (0..<labelCount).filter { allowed($0, after: previous) }.dropFirst(m).first ?? 0 }
    }
    private static let allowedCounts: [Int] = (0..<labelCount).map { previous in
        (0..<labelCount).filter { allowed($0, after: previous) }.count
    }

    // MARK: - Scoring

    func score<Features: Collection>(_ features: Features, into scores: inout [Float]) where Features.Element == UInt64 {
        let sums = labelScores(features, (nil, nil, nil, nil))
        for k in 0..<EntityModel.labelCount { scores[k] = sums[k] }
    }

    /// The scores of the `labelCount` (17) labels, the first 16 side by side and the 17th apart: one vector addition
    /// a row of weights rather than 17 scalar ones. Each label's sum takes the weights in the same order, so the scores
    /// are the same to the bit.
    struct LabelScores {
        var first = SIMD16<Float>()
        var last: Float = 0

        subscript(label: Int) -> Float { label < 16 ? first[label] : last }
    }

    /// The labels' scores from `features` and up to four more (nil for none): a literal array of the four would be
    /// a heap allocation a word.
    @inline(__always)
    private func labelScores<Features: Collection>(_ features: Features, _ more: (UInt64?, UInt64?, UInt64?, UInt64?)) -> LabelScores
    where Features.Element == UInt64 {
        weights.withUnsafeBufferPointer { weights in
            // The sums passed in and out, not captured: a function that captures a variable it changes has every
            // access to it checked for exclusivity at run time.
            func add(_ feature: UInt64?, to sums: inout LabelScores) {
                guard let feature, let row = row(of: feature) else { return }
                let base = weights.baseAddress! + row * EntityModel.labelCount
                sums.first += UnsafeRawPointer(base).loadUnaligned(as: SIMD16<Float>.self)
                sums.last += base[16]
            }
            var sums = LabelScores()
            for feature in features { add(feature, to: &sums) }
            add(more.0, to: &sums)
            add(more.1, to: &sums)
            add(more.2, to: &sums)
            add(more.3, to: &sums)
            return sums
        }
    }

    /// Labels for one sentence, left to right, each the best allowed one given those before.
    func tag(_ sentence: EntityFeatures.SentenceView) -> [Int] {
        var labels: [Int] = []
        labels.reserveCapacity(sentence.count)
        // Fetched once: a global made at start-up is reached through a `swift_once` on every use.
        let allowedLabels = EntityModel.allowedLabels, allowedCounts = EntityModel.allowedCounts
        for i in 0..<sentence.count {
            let previous = labels.last ?? 0
            guard sentence.isCandidate(i) else {
                // Lower-case words are not names; an entity left open is closed at the word before.
                if EntityModel.isOpen(previous) { labels[i - 1] = EntityModel.close(previous) }
                labels.append(0)
                continue
            }
            let (a, b, c, d) = sentence.labelFeatures(at: i, previous: labels)
            let sums = labelScores(sentence.fixedFeatures(at: i), (a, b, c, d))
            // The 16 side by side read as floats in memory (picking one lane at a time by a changing index is dearer).
            let best = withUnsafeBytes(of: sums.first) { first -> Int in
                func score(_ k: Int) -> Float { k < 16 ? first.load(fromByteOffset: k * 4, as: Float.self) : sums.last }
                var best = -1
                var bestScore: Float = 0
                // Only the labels allowed after the previous one, in the order of their numbers as before: two after an
                // open entity, nine after any other label, rather than all 17 tested.
                let start = previous * EntityModel.labelCount
                for m in 0..<allowedCounts[previous] {
                    let k = allowedLabels[start + m]
                    let value = score(k)
                    if best < 0 || value > bestScore { best = k; bestScore = value }
                }
                return best
            }
            labels.append(best)
        }
        if let last = labels.last, EntityModel.isOpen(last) {
            labels[labels.count - 1] = EntityModel.close(last)
        }
        return labels
    }

    /// Whether the label continues an entity begun before and goes on after (I).
    static func isInside(_ label: Int) -> Bool { label != 0 && (label - 1) % 4 == 1 }

    /// Whether the label begins or continues an entity that must go on (B or I).
    @inline(__always)
    static func isOpen(_ label: Int) -> Bool { label != 0 && (label - 1) % 4 < 2 }

    /// The label that ends an open entity at this word: B → U, I → L.
    static func close(_ label: Int) -> Int {
        guard label != 0 else { return label }
        // Positions B, I, L, U are 0 to 3 within a type's four labels: B becomes U, the others L.
        let position = (label - 1) % 4
        return label - position + (position == 0 ? 3 : 2)
    }

    /// Entity spans (token ranges and types) from labels; ranges count from the first label given, so a slice of a
    /// sentence's labels is read without a copy.
    static func spans<Labels: Collection<Int>>(_ labels: Labels) -> [(range: Range<Int>, type: String)] {
        // Made with the labels of the result type: an array of unlabelled tuples is converted element by element.
        var spans: [(range: Range<Int>, type: String)] = []
        var start: Int?
        for (i, label) in labels.enumerated() {
            guard label != 0 else { start = nil; continue }
            // By number, as `position(of:)` reads them: B, I, L, U are 0 to 3 within a type's four labels.
            switch (label - 1) % 4 {
            case 3: spans.append((i..<(i + 1), types[(label - 1) / 4])); start = nil
            case 0: start = i
            case 2: if let s = start { spans.append((s..<(i + 1), types[(label - 1) / 4])) }; start = nil
            default: break
            }
        }
        return spans
    }

    // MARK: - Serialising

    private static let magic: [UInt8] = Array("SLNER1".utf8)

    /// Binary form: magic, row count, scale, then per row a feature hash and one Int16 per label (weight × scale).
    /// Rows whose weights all round to zero are left out: a feature the model does not know adds nothing to a score
    /// either, so the model reads the same (most features seen once in training are never corrected).
    func serialized() -> Data {
        var data = Data(EntityModel.magic)
        let maxWeight = max(weights.map { abs($0) }.max() ?? 1, 1e-6)
        let scale = Float(Int16.max - 1) / maxWeight
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { data.append(contentsOf: $0) } }
        let quantized = rows.sorted(by: { $0.key < $1.key }).compactMap { feature, row -> (UInt64, [Int16])? in
            let values = (0..<EntityModel.labelCount).map { Int16((weights[row * EntityModel.labelCount + $0] * scale).rounded()) }
            return values.contains { $0 != 0 } ? (feature, values) : nil
        }
        append(UInt32(quantized.count).littleEndian)
        append(scale.bitPattern.littleEndian)
        for (feature, values) in quantized {
            append(feature.littleEndian)
            for value in values { append(value.littleEndian) }
        }
        return data
    }

    init?(serialized data: Data) {
        // Read in place, each number loaded straight from its offset (copying each out of an array slice cost more
        // than the rest of start-up's model reading).
        let parsed = data.withUnsafeBytes { bytes -> (features: [UInt64], weights: [Float])? in
            guard bytes.count >= 14, bytes.prefix(6).elementsEqual(EntityModel.magic) else { return nil }
            func read<T: FixedWidthInteger>(_ offset: Int, as: T.Type) -> T {
                T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            let count = Int(read(6, as: UInt32.self))
            let scale = Float(bitPattern: read(10, as: UInt32.self))
            let rowSize = 8 + 2 * EntityModel.labelCount
            guard scale > 0, bytes.count == 14 + count * rowSize else { return nil }
            var features = [UInt64](repeating: 0, count: count)
            var weights = [Float](repeating: 0, count: count * EntityModel.labelCount)
            weights.withUnsafeMutableBufferPointer { weights in
                let scales = SIMD16<Float>(repeating: scale)
                var offset = 14
                for row in 0..<count {
                    features[row] = read(offset, as: UInt64.self)
                    let base = row * EntityModel.labelCount
                    #if _endian(little)
                    // The first 16 weights of a row converted side by side: each lane's quotient is the scalar one.
                    let first = SIMD16<Float>(bytes.loadUnaligned(fromByteOffset: offset + 8, as: SIMD16<Int16>.self)) / scales
                    UnsafeMutableRawPointer(weights.baseAddress! + base).storeBytes(of: first, as: SIMD16<Float>.self)
                    let scalarStart = 16
                    #else
                    let scalarStart = 0
                    #endif
                    for k in scalarStart..<EntityModel.labelCount {
                        weights[base + k] = Float(read(offset + 8 + 2 * k, as: Int16.self)) / scale
                    }
                    offset += rowSize
                }
            }
            return (features, weights)
        }
        guard let parsed else { return nil }
        self.init(features: parsed.features, weights: parsed.weights)
    }
}

/// What a whole document says of its words, for features that look past the sentence. A class: the tagger hands it
/// to every sentence and the sentence view to every candidate word, and a struct of sets and arrays was copied (each
/// of its buffers retained and released) at each hand-over.
final class DocumentContext: Sendable {
    /// Words written in lower case somewhere in the document. `WordSet`s: every word of the document is added to one
    /// or looked up, and a Set hashed each by SipHash.
    let lowerCase: WordSet
    /// Capitalised words (lower-cased) seen other than at the start of a sentence.
    let capitalisedInside: WordSet

    /// What each token's bytes tell, by sentence: read here for the sets, and again by no `SentenceView` of the
    /// sentence for the words it reads as written.
    private let wordBytes: [[EntityFeatures.SentenceView.WordBytes]]
    /// What the knowledge base says of each token alone, by sentence, for the sentence views.
    private let wordKnowledge: [[EntityFeatures.SentenceView.WordKnowledge]]

    /// `wordBytes` of the sentence at `position`, when read here for exactly `tokenCount` tokens (a context made from
    /// word lists has none).
    func wordBytes(ofSentence position: Int, tokenCount: Int) -> [EntityFeatures.SentenceView.WordBytes]? {
        wordBytes.indices.contains(position) && wordBytes[position].count == tokenCount ? wordBytes[position] : nil
    }

    /// `wordKnowledge` of the sentence at `position`, as `wordBytes(ofSentence:tokenCount:)`.
    func wordKnowledge(ofSentence position: Int, tokenCount: Int) -> [EntityFeatures.SentenceView.WordKnowledge]? {
        wordKnowledge.indices.contains(position) && wordKnowledge[position].count == tokenCount ? wordKnowledge[position] : nil
    }

    /// The context of an article's tokens, read in place (a copy of every word as arrays of Strings cost about as
    /// much as the sets). Each distinct word is read, and looked up in `knowledge`, once: nearly half the words of
    /// an article are ones it used before.
    init(article: Article, knowledge: KnowledgeBase = .shared) {
        // Each sentence's tokens fetched once and walked in place: through lazy maps, every word was a copy.
        let sentences = article.sentences.map(\.tokens)
        let wordCount = sentences.reduce(0) { $0 + $1.count }
        var sets = Sets(wordCount: wordCount)
        var wordBytes: [[EntityFeatures.SentenceView.WordBytes]] = []
        wordBytes.reserveCapacity(sentences.count)
        var wordKnowledge: [[EntityFeatures.SentenceView.WordKnowledge]] = []
        wordKnowledge.reserveCapacity(sentences.count)
        // Words read before, each kept in a slot picked by its hash (a word whose slot another took is read again).
        var slotCount = 16
        while slotCount < wordCount { slotCount *= 2 }
        var recent = [RecentWord?](repeating: nil, count: slotCount)
        for tokens in sentences {
            var sentenceBytes: [EntityFeatures.SentenceView.WordBytes] = []
            sentenceBytes.reserveCapacity(tokens.count)
            var sentenceKnowledge: [EntityFeatures.SentenceView.WordKnowledge] = []
            sentenceKnowledge.reserveCapacity(tokens.count)
            for i in tokens.indices {
                // The text fetched once: each fetch retains it.
                let text = tokens[i].text
                let hash = EntityFeatures.wordHash(text)
                let slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (slotCount - 1)
                var word: RecentWord
                var isNew = false
                if let seen = recent[slot], seen.bytes.hash == hash {
                    word = seen
                } else {
                    let bytes = EntityFeatures.SentenceView.WordBytes(text)
                    word = RecentWord(bytes: bytes, knowledge: EntityFeatures.SentenceView.WordKnowledge(bytes, knowledge: knowledge))
                    isNew = true
                }
                if !word.addedInside {
                    sets.add(text, bytes: word.bytes, at: i)
                    word.addedInside = i > 0
                    isNew = true
                }
                if isNew { recent[slot] = word }
                sentenceBytes.append(word.bytes)
                sentenceKnowledge.append(word.knowledge)
            }
            wordBytes.append(sentenceBytes)
            wordKnowledge.append(sentenceKnowledge)
        }
        lowerCase = sets.lowerCase
        capitalisedInside = sets.capitalisedInside
        self.wordBytes = wordBytes
        self.wordKnowledge = wordKnowledge
    }

    init<Sentences: Collection>(sentences: Sentences) where Sentences.Element: Collection, Sentences.Element.Element == String {
        var sets = Sets(wordCount: sentences.reduce(0) { $0 + $1.count })
        for words in sentences {
            for (i, word) in words.enumerated() { sets.add(word, bytes: EntityFeatures.SentenceView.WordBytes(word), at: i) }
        }
        lowerCase = sets.lowerCase
        capitalisedInside = sets.capitalisedInside
        wordBytes = []
        wordKnowledge = []
    }

    /// A word of the article read already: what its bytes tell, what the knowledge base says of it, and whether it
    /// was added to the sets past a sentence's start (`add` then has nothing more to add for it).
    private struct RecentWord {
        var bytes: EntityFeatures.SentenceView.WordBytes
        var knowledge: EntityFeatures.SentenceView.WordKnowledge
        var addedInside = false
    }

    /// `lowerCase` and `capitalisedInside` while they are filled.
    private struct Sets {
        var lowerCase: WordSet
        var capitalisedInside: WordSet

        /// Room for every word at once: growing a set hashes all its members again.
        init(wordCount: Int) {
            lowerCase = WordSet(minimumCapacity: wordCount)
            capitalisedInside = WordSet(minimumCapacity: wordCount / 4)
        }

        /// Adds what the `i`th word of a sentence says, given what its bytes tell.
        @inline(__always)
        mutating func add(_ word: String, bytes: EntityFeatures.SentenceView.WordBytes, at i: Int) {
            guard let byte = word.utf8.first else { return }
            // The first scalar is the first byte when that is ASCII (reading it off the scalar view cost more).
            let first = byte < 0x80 ? Unicode.Scalar(byte) : word.unicodeScalars.first!
            if Letters.isLowercase(first) {
                lowerCase.insert(word, asciiHash: bytes.isASCII ? bytes.hash : nil)
            } else if i > 0 && Letters.isUppercase(first) {
                // An ASCII word's lower case is made only when it is new to the set: most capitalised words recur.
                if bytes.isASCII {
                    if !capitalisedInside.contains(lowercasing: word, lowerHash: bytes.lowerHash) {
                        capitalisedInside.insert(EntityFeatures.lowercase(word), asciiHash: bytes.lowerHash)
                    }
                } else {
                    capitalisedInside.insert(EntityFeatures.lowercase(word))
                }
            }
        }
    }
}

/// The features the entity model reads, computed once per sentence.
enum EntityFeatures {
    /// FNV-1a over a feature kind and its value, so features are numbers, not strings.
    @inline(__always)
    static func hash(_ kind: UInt8, _ value: String) -> UInt64 { hash(kind, bytes: value.utf8) }

    @inline(__always)
    static func hash(_ kind: UInt8, _ a: Int, _ b: Int = 0) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        h = (h ^ UInt64(kind)) &* 0x100000001b3
        h = (h ^ UInt64(a & 0xffff)) &* 0x100000001b3
        h = (h ^ UInt64(b & 0xffff)) &* 0x100000001b3
        return h
    }

    /// The hash words are looked up by in the knowledge base's tables and tries; also the feature of the word itself.
    @inline(__always)
    static func wordHash(_ word: String) -> UInt64 {
        // In place: stepping through a `UTF8View` costs several times more a byte.
        word.utf8.withContiguousStorageIfAvailable { hash(1, bytes: $0) } ?? hash(1, bytes: word.utf8)
    }

    /// `wordHash` of an ASCII word, made in the same pass that tells it is ASCII; nil beyond ASCII.
    @inline(__always)
    static func asciiWordHash(_ word: String) -> UInt64? {
        word.utf8.withContiguousStorageIfAvailable(asciiWordHash(bytes:)) ?? nil
    }

    /// `asciiWordHash` of UTF-8 bytes.
    @inline(__always)
    static func asciiWordHash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf29ce484222325
        hash = (hash ^ 1) &* 0x100000001b3
        var high: UInt8 = 0
        for byte in bytes {
            high |= byte
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
        }
        return high < 0x80 ? hash : nil
    }

    /// Combines two hashes into one feature of `kind`.
    @inline(__always)
    static func combine(_ kind: UInt8, _ a: UInt64, _ b: UInt64, _ c: UInt64 = 0) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(kind)
        h = (h ^ a) &* 0x100000001b3
        h = (h ^ (h >> 29)) &* 0xbf58476d1ce4e5b9
        h = (h ^ b) &* 0x100000001b3
        h = (h ^ (h >> 31)) &* 0x94d049bb133111eb
        h = (h ^ c) &* 0x100000001b3
        return h ^ (h >> 32)
    }

    /// FNV-1a over a feature kind and some bytes.
    @inline(__always)
    static func hash<Bytes: Sequence>(_ kind: UInt8, bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        h = (h ^ UInt64(kind)) &* 0x100000001b3
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return h
    }

    /// The lower-case form of a word: the word itself when it is lower-case ASCII already (most words), bytes
    /// folded for other ASCII, Unicode's rules only for the rest.
    static func lowercase(_ word: String) -> String {
        // A short ASCII word held in the String's own two words is folded there, all bytes at once (most words).
        if SmallASCIIString.isSupported, let small = SmallASCIIString.contents(of: word) {
            return SmallASCIIString.fromWords(SmallASCIIString.lowercased(small.words), count: small.count)
        }
        // Read in place, in one pass; `lowercased()` folds ASCII just so, so it stands in for any other case.
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // Up to the first capital, the word is its own lower case.
            var first = 0
            while first < bytes.count {
                let byte = bytes[first]
                if byte >= 0x80 { return nil }
                if byte >= 0x41 && byte <= 0x5A { break }
                first += 1
            }
            guard first < bytes.count else { return word }
            // Whether a byte past the first capital is beyond ASCII, told once at the end from the bytes or-ed
            // together rather than by a branch a byte.
            var high: UInt8 = 0
            let folded = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for k in 0..<first { buffer[k] = bytes[k] }
                for k in first..<bytes.count {
                    let byte = bytes[k]
                    high |= byte
                    buffer[k] = byte &- 0x41 < 26 ? byte + 32 : byte
                }
                return bytes.count
            }
            // Beyond ASCII after a capital ("Zürich"): Unicode's rules after all.
            return high < 0x80 ? folded : nil
        }
        return ascii.flatMap { $0 } ?? word.lowercased()
    }

    /// A sentence's words with what the knowledge base says of each.
    struct SentenceView {
        let words: [String]
        /// What each word's bytes tell: its hashes, shape, case.
        private let facts: [WordBytes]
        /// Hashes of the features that do not depend on labels, for the words that may be names: word `i`'s end at
        /// `info[i].fixedEnd`, where those of the word before end (`fixedFeatures(at:)`).
        private let fixed: [UInt64]
        /// What the knowledge base says of each word alone.
        private let knowledgeOfWords: [WordKnowledge]
        /// What the knowledge base says of each word, and whether it may be part of a name.
        private let info: [WordInfo]

        var count: Int { words.count }

        /// `wordBytes`: what each word's bytes tell, when read already (`DocumentContext.wordBytes(ofSentence:tokenCount:)`);
        /// `wordKnowledge`: what `knowledge` says of each word alone, when found already (`DocumentContext.wordKnowledge(ofSentence:tokenCount:)`).
        init(words: [String], knowledge: KnowledgeBase = .shared, document: DocumentContext? = nil, wordBytes: [WordBytes]? = nil,
             wordKnowledge: [WordKnowledge]? = nil) {
            self.words = words
            let n = words.count
            // Every look-up below goes by these hashes of the words, made once (`EntityFeatures.wordHash`), with what
            // else the bytes tell, read in the same visit.
            let facts = wordBytes ?? words.map(WordBytes.init)
            self.facts = facts
            let alone = wordKnowledge ?? facts.map { WordKnowledge($0, knowledge: knowledge) }
            knowledgeOfWords = alone
            // What the knowledge base says of each word, in one array filled through its buffer: each Array made costs
            // a look-up of its type at run time, and setting an element checks that the buffer is not shared.
            // Made by `map`, whose storage type is resolved when compiled; `Array(repeating:count:)` looks it up at run time.
            var info = words.map { _ in WordInfo() }
            info.withUnsafeMutableBufferPointer { info in
                // Known names: each word's position in one and the name's kind, as one code; kind 0 is a named thing
                // that is no actor ("Windows XP"), when it is longer than an actor's name there ("Windows XP" over "Windows").
                func mark(_ start: Int, length: Int, kind: Int) {
                    for j in start..<(start + length) {
                        let position = length == 1 ? 3 : (j == start ? 0 : (j == start + length - 1 ? 2 : 1))
                        info[j].known = 1 + position * 8 + kind
                    }
                }
                var i = 0
                while i < n {
                    let actor = knowledge.entities.longestMatch(from: i, count: n, firstNode: alone[i].entityNode, hash: { facts[$0].keyHash })
                    if let thing = knowledge.namedThings.longestMatch(from: i, count: n, firstNode: alone[i].namedThingNode,
                                                                      hash: { facts[$0].keyHash }),
                       thing.length > actor?.length ?? 0 {
                        mark(i, length: thing.length, kind: 0)
                        i += thing.length
                    } else if let match = actor {
                        let kind = match.value.isDemonym ? 6 : (match.value.standsForCountry ? 7 : ActorKind.allCases.firstIndex(of: match.value.kind)! + 1)
                        mark(i, length: match.length, kind: kind)
                        i += match.length
                    } else {
                        i += 1
                    }
                }
                for j in 0..<n {
                    // A word has no more Characters than bytes: its byte count, kept by the String, answers for most
                    // short words without counting Characters.
                    info[j].isCandidate = facts[j].isCapitalised || info[j].known != 0 || facts[j].hasDigit
                        || (j > 0 && j + 1 < n && facts[j - 1].isCapitalised && facts[j + 1].isCapitalised
                            && (words[j].utf8.count <= 3 || words[j].count <= 3))
                }
                for start in 0..<n where info[start].isCandidate || (start + 1 < n && info[start + 1].isCandidate) {
                    if let match = knowledge.titles.longestMatch(from: start, count: n, firstNode: alone[start].titleNode, hash: { facts[$0].hash }) {
                        for j in start..<(start + match.length) { info[j].inTitle = true }
                    }
                }
                // Name lists: given names, surnames, cities (with size), each a weak hint the weights decide on.
                var c = 0
                while c < n {
                    let town = alone[c].nameFacts.town
                    var city: (length: Int, size: Int)? = town != 0 ? (1, town) : nil
                    if let long = knowledge.longCities.longestMatch(from: c, count: n, firstNode: alone[c].longCityNode,
                                                                    hash: { facts[$0].lowerHash }) {
                        city = (long.length, NameFacts.townClass(population: long.value))
                    }
                    if let city {
                        for j in c..<(c + city.length) {
                            let position = city.length == 1 ? 3 : (j == c ? 0 : (j == c + city.length - 1 ? 2 : 1))
                            info[j].lists.city = UInt8(10 + position * 3 + city.size - 1)
                        }
                        c += city.length
                    } else {
                        c += 1
                    }
                }
                for j in 0..<n where info[j].isCandidate || (j > 0 && info[j - 1].isCandidate) || (j + 1 < n && info[j + 1].isCandidate) {
                    info[j].lists.givenName = UInt8(alone[j].nameFacts.givenName)
                    if alone[j].nameFacts.surname != 0 { info[j].lists.surname = UInt8(3 + alone[j].nameFacts.surname) }
                }
            }
            let boundary = EntityFeatures.hash(1, "<s>"), end = EntityFeatures.hash(1, "</s>")
            func word(_ j: Int) -> UInt64 { j < 0 ? boundary : j >= n ? end : facts[j].lowerHash }
            func shape(_ j: Int) -> UInt64 { j < 0 ? boundary : j >= n ? end : facts[j].shapeHash }
            func organizationWord(_ j: Int) -> Bool { j >= 0 && j < n && alone[j].isOrganizationWord }
            let bias = EntityFeatures.hash(0, "bias")
            // Through the info's buffer again, where each word's features' end is kept (an array of them was one more
            // to make and free a sentence); a variable captured below would have every access checked for exclusivity.
            let fixed = info.withUnsafeMutableBufferPointer { wordInfo in
                func knownAt(_ j: Int) -> Int { j < 0 || j >= n ? 0 : wordInfo[j].known }
                // Written in place into room for the most a word can have: appending to an Array checks its buffer
                // for every feature.
                return [UInt64](unsafeUninitializedCapacity: n * SentenceView.maximumFixedFeatures) { buffer, initialized in
                    // Inlined: called three times for every candidate word.
                    @inline(__always)
                    func appendLists(_ k: Int, _ kind: UInt8, to out: inout FeatureWriter) {
                        guard k >= 0 && k < n else { return }
                        let codes = wordInfo[k].lists
                        if codes.givenName != 0 { out.append(EntityFeatures.hash(kind, Int(codes.givenName))) }
                        if codes.surname != 0 { out.append(EntityFeatures.hash(kind, Int(codes.surname))) }
                        if codes.city != 0 { out.append(EntityFeatures.hash(kind, Int(codes.city))) }
                    }
                    var out = FeatureWriter(buffer: buffer)
                    for j in 0..<n {
                        defer { wordInfo[j].fixedEnd = out.count }
                        guard wordInfo[j].isCandidate else { continue }
                        let lowerHash = facts[j].lowerHash, shapeHash = facts[j].shapeHash
                        // One append each, in this order.
                        out.append(bias)
                        out.append(lowerHash)
                        out.append(combine(2, word(j - 1), 0))
                        out.append(combine(3, word(j + 1), 0))
                        out.append(combine(4, word(j - 2), 0))
                        out.append(combine(5, word(j + 2), 0))
                        out.append(shapeHash)
                        out.append(combine(7, shape(j - 1), 0))
                        out.append(combine(8, shape(j + 1), 0))
                        let affixes = facts[j].isASCII ? SentenceView.affixHashes(words[j], folding: true)
                            : SentenceView.affixHashes(EntityFeatures.lowercase(words[j]), folding: false)
                        out.append(affixes.0)
                        out.append(affixes.1)
                        out.append(affixes.2)
                        out.append(affixes.3)
                        out.append(EntityFeatures.hash(12, knownAt(j)))
                        out.append(EntityFeatures.hash(13, knownAt(j - 1)))
                        out.append(EntityFeatures.hash(14, knownAt(j + 1)))
                        out.append(combine(15, shapeHash, shape(j - 1), shape(j + 1)))
                        out.append(combine(16, word(j - 1), lowerHash))
                        out.append(combine(17, lowerHash, word(j + 1)))
                        if j == 0 { out.append(combine(18, shapeHash, 0)) }
                        let capitalised = facts[j].isCapitalised
                        if capitalised && alone[j].nameFacts.isOrdinaryWord { out.append(EntityFeatures.hash(19, j == 0 ? 1 : 2)) }
                        if wordInfo[j].inTitle { out.append(EntityFeatures.hash(20, 1)) }
                        if j > 0 && wordInfo[j - 1].inTitle { out.append(EntityFeatures.hash(21, 1)) }
                        if organizationWord(j) { out.append(EntityFeatures.hash(22, 1)) }
                        if organizationWord(j + 1) { out.append(EntityFeatures.hash(23, 1)) }
                        if organizationWord(j + 2) { out.append(EntityFeatures.hash(24, 1)) }
                        if organizationWord(j - 1) { out.append(EntityFeatures.hash(25, 1)) }
                        appendLists(j, 27, to: &out)
                        appendLists(j - 1, 28, to: &out)
                        appendLists(j + 1, 29, to: &out)
                        if let document, capitalised {
                            // What the rest of the document says of the word: written in lower case there, or capitalised mid-sentence.
                            // An ASCII word is looked up by its lower-case hash, with no lower-cased String made.
                            func isIn(_ set: WordSet) -> Bool {
                                facts[j].isASCII ? set.contains(lowercasing: words[j], lowerHash: lowerHash)
                                    : set.contains(EntityFeatures.lowercase(words[j]))
                            }
                            if isIn(document.lowerCase) { out.append(EntityFeatures.hash(30, j == 0 ? 1 : 2)) }
                            if j == 0 && isIn(document.capitalisedInside) { out.append(EntityFeatures.hash(31, 1)) }
                        }
                    }
                    initialized = out.count
                }
            }
            self.info = info
            self.fixed = fixed
        }

        /// What the knowledge base says of a word in its sentence.
        private struct WordInfo {
            /// The word's position in a known name and the name's kind, as one code; 0 for none.
            var known = 0
            /// Whether the word may be part of a name (`isCandidate`).
            var isCandidate = false
            var inTitle = false
            var lists = ListCodes()
            /// Where the word's features end in `fixed`.
            var fixedEnd = 0
        }

        /// A word's codes from the name lists, 0 for none. A struct: an array of tuples has its type looked up at run
        /// time each time one is made.
        private struct ListCodes {
            var givenName: UInt8 = 0
            var surname: UInt8 = 0
            var city: UInt8 = 0
        }

        /// The most features a word has: 19 always, one for the first word, one for an ordinary word, two for titles,
        /// four for organisation words, up to nine name-list codes and two from the document.
        private static let maximumFixedFeatures = 38

        /// Appends features in place to room made for them.
        private struct FeatureWriter {
            let buffer: UnsafeMutableBufferPointer<UInt64>
            private(set) var count = 0

            init(buffer: UnsafeMutableBufferPointer<UInt64>) { self.buffer = buffer }

            @inline(__always)
            mutating func append(_ feature: UInt64) {
                precondition(count < buffer.count, "more features than maximumFixedFeatures a word")
                buffer[count] = feature
                count += 1
            }
        }

        /// The affix features of a word in lower case: its last three, last two, first three and last four bytes.
        /// An ASCII word may come as written and be folded to lower case on the way (its `EntityFeatures.lowercase`
        /// is its bytes folded); other words come lower-cased already.
        private static func affixHashes(_ word: String, folding: Bool) -> (UInt64, UInt64, UInt64, UInt64) {
            func hashes(_ w: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64, UInt64) {
                @inline(__always)
                func byte(_ k: Int) -> UInt64 {
                    let byte = w[k]
                    return UInt64(folding && byte &- 0x41 < 26 ? byte + 32 : byte)
                }
                @inline(__always)
                func start(_ kind: UInt8) -> UInt64 { (0xcbf29ce484222325 ^ UInt64(kind)) &* 0x100000001b3 }
                @inline(__always)
                func step(_ h: inout UInt64, _ byte: UInt64) { h = (h ^ byte) &* 0x100000001b3 }
                // The suffixes of four, three and two bytes end in the same bytes: each of the last four bytes is folded
                // once and stepped into every suffix that holds it, in order, in straight-line code (four loops over
                // ranges cost several times more for words this short).
                let n = w.count
                var last2 = start(10), last3 = start(9), last4 = start(26)
                if n >= 4 { step(&last4, byte(n - 4)) }
                if n >= 3 { let b = byte(n - 3); step(&last3, b); step(&last4, b) }
                if n >= 2 { let b = byte(n - 2); step(&last2, b); step(&last3, b); step(&last4, b) }
                if n >= 1 { let b = byte(n - 1); step(&last2, b); step(&last3, b); step(&last4, b) }
                var first3 = start(11)
                if n >= 1 { step(&first3, byte(0)) }
                if n >= 2 { step(&first3, byte(1)) }
                if n >= 3 { step(&first3, byte(2)) }
                return (last3, last2, first3, last4)
            }
            return word.utf8.withContiguousStorageIfAvailable(hashes) ?? Array(word.utf8).withUnsafeBufferPointer(hashes)
        }

        /// What the knowledge base says of a word alone, whatever words are around it: the same wherever the word
        /// recurs, so a document finds it once for each distinct word.
        struct WordKnowledge {
            /// `TokenTrie.firstNode` of the word in `KnowledgeBase.entities` and `namedThings` (by its key hash),
            /// `titles` (by its hash) and `longCities` (by its lower-case hash).
            var entityNode: Int32?
            var namedThingNode: Int32?
            var titleNode: Int32?
            var longCityNode: Int32?
            /// Whether the word is an organisation word (`KnowledgeBase.organizationKind`).
            var isOrganizationWord: Bool
            /// What the name lists say of the word in lower case.
            var nameFacts: NameFacts

            init(_ bytes: WordBytes, knowledge: KnowledgeBase) {
                // One look-up a distinct hash for the tries and organisation words: most words are their own key, and
                // many their own lower case.
                let key = knowledge.wordFacts(hash: bytes.keyHash)
                let word = bytes.hash == bytes.keyHash ? key : knowledge.wordFacts(hash: bytes.hash)
                let lower = bytes.lowerHash == bytes.hash ? word : knowledge.wordFacts(hash: bytes.lowerHash)
                func node(_ node: Int32) -> Int32? { node < 0 ? nil : node }
                entityNode = node(key.entityNode)
                namedThingNode = node(key.namedThingNode)
                titleNode = node(word.titleNode)
                longCityNode = node(lower.longCityNode)
                isOrganizationWord = word.isOrganizationWord
                nameFacts = knowledge.nameFacts(hash: bytes.lowerHash)
            }
        }

        /// What the sentence view reads off a word's UTF-8.
        struct WordBytes {
            /// `EntityFeatures.wordHash` of the word.
            var hash: UInt64
            /// `EntityFeatures.wordHash` of the word's `EntityFeatures.lowercase`.
            var lowerHash: UInt64
            /// `EntityFeatures.wordHash` of the word's knowledge-base key (`KnowledgeBase.keyHash`).
            var keyHash: UInt64
            /// The hash of the word's shape (`shapeHash`).
            var shapeHash: UInt64
            var isASCII: Bool
            /// `Letters.startsCapitalised`.
            var isCapitalised: Bool
            var hasDigit: Bool
            /// `Letters.isWrittenInCapitals`.
            var isInCapitals: Bool
            /// `Letters.containsAlphabetic`.
            var hasLetter: Bool
            /// Whether the word's UTF-8 holds a hyphen-minus (0x2D, never part of another scalar's UTF-8).
            var hasHyphen: Bool

            init(_ word: String) {
                // In place and in one pass: an ASCII word's hashes, lower-case hash and shape are all made from its
                // bytes (its `EntityFeatures.lowercase` is its bytes folded, each byte is a scalar of the shape, and it
                // has no curly apostrophe to straighten for its key). The standard library's `contains` on a
                // `UTF8View` costs several times more a byte.
                let read = word.utf8.withContiguousStorageIfAvailable { bytes -> WordBytes in
                    let prime: UInt64 = 0x100000001b3
                    var hash: UInt64 = 0xcbf29ce484222325
                    hash = (hash ^ 1) &* prime
                    var shapeHash: UInt64 = 0xcbf29ce484222325
                    shapeHash = (shapeHash ^ 6) &* prime
                    // Most words begin with lower-case letters, and many are nothing else: over such a prefix the word
                    // is its own lower case and its shape one "x", so only its hash is made, and the full pass below
                    // takes up from the first other byte (a word of lower-case letters only never gets there).
                    var start = 0
                    while start < bytes.count && bytes[start] &- 0x61 < 26 {
                        hash = (hash ^ UInt64(bytes[start])) &* prime
                        start += 1
                    }
                    let lowerPrefix = start > 0
                    if lowerPrefix && start == bytes.count {
                        return WordBytes(hash: hash, lowerHash: hash, keyHash: hash,
                                         shapeHash: (shapeHash ^ UInt64(UInt8(ascii: "x"))) &* prime, isASCII: true,
                                         isCapitalised: false, hasDigit: false, isInCapitals: false, hasLetter: true, hasHyphen: false)
                    }
                    // A capital and then lower-case letters only ("Kim", "Monday"), most of the rest: its lower case differs
                    // from it by the first byte alone, and its shape is "Xx". Any other word is read by the full pass.
                    if !lowerPrefix && bytes.count > 1 && bytes[0] &- 0x41 < 26 {
                        var capitalHash = (hash ^ UInt64(bytes[0])) &* prime
                        var lowerHash = (hash ^ UInt64(bytes[0] + 32)) &* prime
                        var k = 1
                        while k < bytes.count && bytes[k] &- 0x61 < 26 {
                            capitalHash = (capitalHash ^ UInt64(bytes[k])) &* prime
                            lowerHash = (lowerHash ^ UInt64(bytes[k])) &* prime
                            k += 1
                        }
                        if k == bytes.count {
                            let capitalShape = (shapeHash ^ UInt64(UInt8(ascii: "X"))) &* prime
                            return WordBytes(hash: capitalHash, lowerHash: lowerHash, keyHash: capitalHash,
                                             shapeHash: (capitalShape ^ UInt64(UInt8(ascii: "x"))) &* prime, isASCII: true,
                                             isCapitalised: true, hasDigit: false, isInCapitals: false, hasLetter: true,
                                             hasHyphen: false)
                        }
                    }
                    var lowerHash = hash
                    if lowerPrefix { shapeHash = (shapeHash ^ UInt64(UInt8(ascii: "x"))) &* prime }
                    var lastShape: UInt8 = lowerPrefix ? UInt8(ascii: "x") : 0
                    var high: UInt8 = 0
                    // Bit 0: a capital seen; bit 1: a lower-case letter; bit 2: a digit; bit 3: a hyphen. One byte of bits
                    // or-ed together rather than a Bool each: the loop runs out of registers for more variables.
                    var kinds: UInt8 = lowerPrefix ? 2 : 0
                    for byte in bytes[start...] {
                        high |= byte
                        hash = (hash ^ UInt64(byte)) &* prime
                        let isUpper = byte &- 0x41 < 26, isLower = byte &- 0x61 < 26, isDigit = byte &- 0x30 < 10
                        lowerHash = (lowerHash ^ UInt64(isUpper ? byte + 32 : byte)) &* prime
                        kinds |= (isUpper ? 1 : 0) | (isLower ? 2 : 0) | (isDigit ? 4 : 0) | (byte == 0x2D ? 8 : 0)
                        // As `forEachShapeScalar`: runs of capitals, lower-case letters and digits folded into one.
                        let shape = isUpper ? UInt8(ascii: "X") : isLower ? UInt8(ascii: "x") : isDigit ? UInt8(ascii: "d") : byte
                        if shape != lastShape || !(isUpper || isLower || isDigit) { shapeHash = (shapeHash ^ UInt64(shape)) &* prime }
                        lastShape = shape
                    }
                    let isCapitalised = bytes.first.map { $0 &- 0x41 < 26 } ?? false
                    return WordBytes(hash: hash, lowerHash: lowerHash, keyHash: hash, shapeHash: shapeHash, isASCII: high < 0x80,
                                     isCapitalised: isCapitalised, hasDigit: kinds & 4 != 0, isInCapitals: kinds & 3 == 1,
                                     hasLetter: kinds & 3 != 0, hasHyphen: kinds & 8 != 0)
                }
                if let read, read.isASCII {
                    self = read
                    return
                }
                // Beyond ASCII: Unicode's rules. The knowledge base's key differs from the word only by curly
                // apostrophes, which `KnowledgeBase.keyHash` reads as straight ones.
                self.init(hash: read?.hash ?? EntityFeatures.wordHash(word), lowerHash: EntityFeatures.wordHash(EntityFeatures.lowercase(word)),
                          keyHash: KnowledgeBase.keyHash(word),
                          shapeHash: SentenceView.shapeHash(word), isASCII: false, isCapitalised: Letters.startsCapitalised(word),
                          hasDigit: read?.hasDigit ?? word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 },
                          isInCapitals: Letters.isWrittenInCapitals(word), hasLetter: Letters.containsAlphabetic(word),
                          hasHyphen: read?.hasHyphen ?? word.utf8.contains(0x2D))
            }

            private init(hash: UInt64, lowerHash: UInt64, keyHash: UInt64, shapeHash: UInt64, isASCII: Bool, isCapitalised: Bool,
                         hasDigit: Bool, isInCapitals: Bool, hasLetter: Bool, hasHyphen: Bool) {
                self.hash = hash
                self.lowerHash = lowerHash
                self.keyHash = keyHash
                self.shapeHash = shapeHash
                self.isASCII = isASCII
                self.isCapitalised = isCapitalised
                self.hasDigit = hasDigit
                self.isInCapitals = isInCapitals
                self.hasLetter = hasLetter
                self.hasHyphen = hasHyphen
            }
        }

        /// The scalars of a word's shape, in order: capitals as X, lower-case letters as x, digits as d, runs of
        /// each folded into one ("Xxxx" → "Xx", "U.S." → "X.X."); other scalars as they are.
        @inline(__always)
        private static func forEachShapeScalar(_ word: String, _ body: (UInt32) -> Void) {
            let upper = Unicode.Scalar("X").value, lower = Unicode.Scalar("x").value, digit = Unicode.Scalar("d").value
            // The scalar before is passed in and out, not captured: a function that captures a variable it changes
            // has every access to it checked for exclusivity at run time, here once a scalar.
            @inline(__always)
            func visit(_ scalar: Unicode.Scalar, after last: UInt32) -> UInt32 {
                let c = Letters.isUppercase(scalar) ? upper : Letters.isLowercase(scalar) ? lower
                    : (scalar.value >= 48 && scalar.value <= 57) ? digit : scalar.value
                if c != last || (c != upper && c != lower && c != digit) { body(c) }
                return c
            }
            // The scalars read off the UTF-8 in place, in one pass: an ASCII byte is its scalar.
            let done: Void? = word.utf8.withContiguousStorageIfAvailable { bytes in
                var last: UInt32 = 0
                var i = 0
                while i < bytes.count {
                    let (scalar, length) = Letters.scalar(in: bytes, at: i)
                    last = visit(scalar, after: last)
                    i += length
                }
            }
            if done == nil {
                var last: UInt32 = 0
                for scalar in word.unicodeScalars { last = visit(scalar, after: last) }
            }
        }

        /// The hash of a word's shape (see `shape`), made without building the shape.
        static func shapeHash(_ word: String) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325
            h = (h ^ 6) &* 0x100000001b3
            forEachShapeScalar(word) { c in
                var value = c
                repeat { h = (h ^ UInt64(value & 0xff)) &* 0x100000001b3; value >>= 8 } while value != 0
            }
            return h
        }

        /// Word shape: letters as X/x, digits as d, runs folded ("Xxxx" → "Xx", "U.S." → "X.X.").
        static func shape(_ word: String) -> String {
            var out = String.UnicodeScalarView()
            forEachShapeScalar(word) { value in
                if let scalar = Unicode.Scalar(value) { out.append(scalar) }  // always: every value came from a scalar
            }
            return String(out)
        }

        /// `KnowledgeBase.keyHash` of word `i`.
        @inline(__always)
        func keyHash(at i: Int) -> UInt64 { facts[i].keyHash }

        /// What the knowledge base says of word `i` alone.
        @inline(__always)
        func knowledge(at i: Int) -> WordKnowledge { knowledgeOfWords[i] }

        /// `EntityFeatures.wordHash` of word `i`.
        @inline(__always)
        func hash(at i: Int) -> UInt64 { facts[i].hash }

        /// Whether word `i` is all ASCII.
        @inline(__always)
        func isASCII(at i: Int) -> Bool { facts[i].isASCII }

        /// Whether word `i` starts with a capital (`Letters.startsCapitalised`).
        @inline(__always)
        func startsCapitalised(at i: Int) -> Bool { facts[i].isCapitalised }

        /// Whether word `i` holds a hyphen-minus.
        @inline(__always)
        func hasHyphen(at i: Int) -> Bool { facts[i].hasHyphen }

        /// Whether word `i` holds an ASCII digit.
        @inline(__always)
        func hasDigit(at i: Int) -> Bool { facts[i].hasDigit }

        /// `EntityFeatures.wordHash` of word `i` in lower case (`EntityFeatures.lowercase`).
        @inline(__always)
        func lowerHash(at i: Int) -> UInt64 { facts[i].lowerHash }

        /// What the name lists say of word `i` (`KnowledgeBase.nameFacts(ofLowercased:)` of its lower case).
        @inline(__always)
        func nameFacts(at i: Int) -> NameFacts { knowledgeOfWords[i].nameFacts }

        /// Whether the word may be part of a name: capitalised, with digits, known, or a short joining word between capitals.
        func isCandidate(_ i: Int) -> Bool { info[i].isCandidate }

        /// The features of word `i` that do not depend on labels.
        @inline(__always)
        func fixedFeatures(at i: Int) -> ArraySlice<UInt64> { fixed[(i == 0 ? 0 : info[i - 1].fixedEnd)..<info[i].fixedEnd] }

        /// The features of word `i` that read the labels of the words before it.
        @inline(__always)
        func labelFeatures(at i: Int, previous labels: [Int]) -> (UInt64, UInt64, UInt64, UInt64) {
            let p1 = UInt64(bitPattern: Int64(i > 0 ? labels[i - 1] : -1))
            let p2 = UInt64(bitPattern: Int64(i > 1 ? labels[i - 2] : -1))
            return (combine(40, p1, 0), combine(41, p1, p2), combine(42, facts[i].lowerHash, p1), combine(43, facts[i].shapeHash, p1))
        }

        /// All features of word `i` given the labels of the words before it.
        func features(at i: Int, previous labels: [Int]) -> [UInt64] {
            let (a, b, c, d) = labelFeatures(at: i, previous: labels)
            return Array(fixedFeatures(at: i)) + [a, b, c, d]
        }
    }
}
