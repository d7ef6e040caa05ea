import Foundation

/// A greedy averaged-perceptron tagger for names, in BILOU labels over the CoNLL types (PER, ORG, LOC, MISC).
/// It reads word shape, affixes, the surrounding words, the knowledge base (known names, titles,
/// organisation words, common words) and its own previous labels. Trained by `storyline train-ner`.
struct EntityModel: Sendable {
    static let types = ["PER", "ORG", "LOC", "MISC"]
    /// Label 0 is O; then B, I, L, U for each type.
    static let labels: [String] = ["O"] + types.flatMap { type in ["B", "I", "L", "U"].map { "\($0)-\(type)" } }
    static let labelCount = labels.count

    /// Feature hash → row in `weights`.
    var rows: [UInt64: Int]
    /// `labelCount` weights per row.
    var weights: [Float]

    init(rows: [UInt64: Int] = [:], weights: [Float] = []) {
        self.rows = rows
        self.weights = weights
    }

    /// The model compiled into the binary, or nil when none was trained.
    static let shared: EntityModel? = Knowledge.data("entity-model.bin").flatMap(EntityModel.init(serialized:))

    // MARK: - Labels

    static func type(of label: Int) -> String? { label == 0 ? nil : types[(label - 1) / 4] }
    static func position(of label: Int) -> Character { label == 0 ? "O" : Array("BILU")[(label - 1) % 4] }
    static func label(_ position: Character, _ type: String) -> Int {
        guard let t = types.firstIndex(of: type), let p = Array("BILU").firstIndex(of: position) else { return 0 }
        return 1 + t * 4 + p
    }

    /// Whether `label` may follow `previous` (an entity that was begun must go on or end).
    static func allowed(_ label: Int, after previous: Int) -> Bool {
        let open = previous != 0 && "BI".contains(position(of: previous))
        if open { return label != 0 && "IL".contains(position(of: label)) && type(of: label) == type(of: previous) }
        return label == 0 || "BU".contains(position(of: label))
    }

    // MARK: - Scoring

    func score(_ features: [UInt64], into scores: inout [Float]) {
        for k in scores.indices { scores[k] = 0 }
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = row * EntityModel.labelCount
            for k in 0..<EntityModel.labelCount { scores[k] += weights[base + k] }
        }
    }

    /// Labels for one sentence, left to right, each the best allowed one given those before.
    func tag(_ sentence: EntityFeatures.SentenceView) -> [Int] {
        var labels: [Int] = []
        labels.reserveCapacity(sentence.count)
        var scores = [Float](repeating: 0, count: EntityModel.labelCount)
        for i in 0..<sentence.count {
            let previous = labels.last ?? 0
            guard sentence.isCandidate(i) else {
                // Lower-case words are not names; an entity left open is closed at the word before.
                if previous != 0, "BI".contains(EntityModel.position(of: previous)) { labels[i - 1] = EntityModel.close(previous) }
                labels.append(0)
                continue
            }
            score(sentence.features(at: i, previous: labels), into: &scores)
            var best = -1
            for k in 0..<EntityModel.labelCount where EntityModel.allowed(k, after: previous) {
                if best < 0 || scores[k] > scores[best] { best = k }
            }
            labels.append(best)
        }
        if let last = labels.last, last != 0, "BI".contains(EntityModel.position(of: last)) {
            labels[labels.count - 1] = EntityModel.close(last)
        }
        return labels
    }

    /// The label that ends an open entity at this word: B → U, I → L.
    static func close(_ label: Int) -> Int {
        guard let type = type(of: label) else { return label }
        return EntityModel.label(position(of: label) == "B" ? "U" : "L", type)
    }

    /// Entity spans (token ranges and types) from labels.
    static func spans(_ labels: [Int]) -> [(range: Range<Int>, type: String)] {
        var spans: [(Range<Int>, String)] = []
        var start: Int?
        for (i, label) in labels.enumerated() {
            guard let type = type(of: label) else { start = nil; continue }
            switch position(of: label) {
            case "U": spans.append((i..<(i + 1), type)); start = nil
            case "B": start = i
            case "L": if let s = start { spans.append((s..<(i + 1), type)) }; start = nil
            default: break
            }
        }
        return spans
    }

    // MARK: - Serialising

    private static let magic: [UInt8] = Array("SLNER1".utf8)

    /// Binary form: magic, row count, scale, then per row a feature hash and one Int16 per label (weight × scale).
    func serialized() -> Data {
        var data = Data(EntityModel.magic)
        let maxWeight = max(weights.map { abs($0) }.max() ?? 1, 1e-6)
        let scale = Float(Int16.max - 1) / maxWeight
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { data.append(contentsOf: $0) } }
        append(UInt32(rows.count).littleEndian)
        append(scale.bitPattern.littleEndian)
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            append(feature.littleEndian)
            for k in 0..<EntityModel.labelCount {
                append(Int16((weights[row * EntityModel.labelCount + k] * scale).rounded()).littleEndian)
            }
        }
        return data
    }

    init?(serialized data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 14, Array(bytes[0..<6]) == EntityModel.magic else { return nil }
        func read<T: FixedWidthInteger>(_ offset: Int, as: T.Type) -> T {
            var value: T = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[offset..<(offset + MemoryLayout<T>.size)]) }
            return T(littleEndian: value)
        }
        let count = Int(read(6, as: UInt32.self))
        let scale = Float(bitPattern: read(10, as: UInt32.self))
        let rowSize = 8 + 2 * EntityModel.labelCount
        guard scale > 0, bytes.count == 14 + count * rowSize else { return nil }
        var rows: [UInt64: Int] = [:]
        rows.reserveCapacity(count)
        var weights = [Float](repeating: 0, count: count * EntityModel.labelCount)
        var offset = 14
        for row in 0..<count {
            rows[read(offset, as: UInt64.self)] = row
            for k in 0..<EntityModel.labelCount {
                weights[row * EntityModel.labelCount + k] = Float(read(offset + 8 + 2 * k, as: Int16.self)) / scale
            }
            offset += rowSize
        }
        self.init(rows: rows, weights: weights)
    }
}

/// The features the entity model reads, computed once per sentence.
enum EntityFeatures {
    /// FNV-1a over a feature kind and its value, so features are numbers, not strings.
    @inline(__always)
    static func hash(_ kind: UInt8, _ value: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        h = (h ^ UInt64(kind)) &* 0x100000001b3
        for byte in value.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return h
    }

    @inline(__always)
    static func hash(_ kind: UInt8, _ a: Int, _ b: Int = 0) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        h = (h ^ UInt64(kind)) &* 0x100000001b3
        h = (h ^ UInt64(a & 0xffff)) &* 0x100000001b3
        h = (h ^ UInt64(b & 0xffff)) &* 0x100000001b3
        return h
    }

    /// A sentence's words with what the knowledge base says of each.
    struct SentenceView {
        let words: [String]
        let lower: [String]
        let shapes: [String]
        /// Known-name position and kind ("B-country"), "" when none.
        let known: [String]
        let inTitle: [Bool]
        let organizationWord: [Bool]
        let common: [Bool]
        let capitalised: [Bool]
        /// Hashes of the features that do not depend on labels, per word.
        private var fixed: [[UInt64]]

        var count: Int { words.count }

        init(words: [String], knowledge: KnowledgeBase = .shared) {
            self.words = words
            lower = words.map { $0.lowercased() }
            shapes = words.map(SentenceView.shape)
            capitalised = words.map { $0.unicodeScalars.first?.properties.isUppercase == true }
            var known = [String](repeating: "", count: words.count)
            var i = 0
            while i < words.count {
                if let match = knowledge.entities.longestMatch(from: i, count: words.count, key: { KnowledgeBase.key(words[$0]) }) {
                    let kind = match.value.isDemonym ? "demonym" : (match.value.standsForCountry ? "capital" : match.value.kind.rawValue)
                    for j in i..<(i + match.length) {
                        let position = match.length == 1 ? "U" : (j == i ? "B" : (j == i + match.length - 1 ? "L" : "I"))
                        known[j] = position + "-" + kind
                    }
                    i += match.length
                } else {
                    i += 1
                }
            }
            self.known = known
            var inTitle = [Bool](repeating: false, count: words.count)
            for start in words.indices {
                if let match = knowledge.titles.longestMatch(from: start, count: words.count, key: { words[$0] }) {
                    for j in start..<(start + match.length) { inTitle[j] = true }
                }
            }
            self.inTitle = inTitle
            organizationWord = words.map { knowledge.organizationWords[$0] != nil }
            let lowerWords = lower
            common = lowerWords.map { knowledge.commonWords.contains($0) || knowledge.stopCapitals.contains($0) }
            fixed = []
            fixed = words.indices.map { fixedFeatures(at: $0) }
        }

        /// Word shape: letters as X/x, digits as d, runs folded ("Xxxx" → "Xx", "U.S." → "X.X.").
        static func shape(_ word: String) -> String {
            var out = ""
            var last: Character = " "
            for scalar in word.unicodeScalars {
                let c: Character = scalar.properties.isUppercase ? "X" : scalar.properties.isLowercase ? "x"
                    : ("0"..."9").contains(scalar) ? "d" : Character(scalar)
                if c != last || !"Xxd".contains(c) { out.append(c) }
                last = c
            }
            return out
        }

        /// Whether the word may be part of a name: capitalised, with digits, known, or a short joining word between capitals.
        func isCandidate(_ i: Int) -> Bool {
            if capitalised[i] || !known[i].isEmpty { return true }
            if words[i].unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return true }
            if i > 0, i + 1 < count, capitalised[i - 1], capitalised[i + 1], words[i].count <= 3 { return true }
            return false
        }

        private func fixedFeatures(at i: Int) -> [UInt64] {
            func word(_ j: Int) -> String { j < 0 ? "<s>" : j >= count ? "</s>" : lower[j] }
            func shape(_ j: Int) -> String { j < 0 ? "<s>" : j >= count ? "</s>" : shapes[j] }
            func knownAt(_ j: Int) -> String { j < 0 || j >= count ? "-" : known[j] }
            let w = lower[i]
            var f: [UInt64] = [
                hash(0, "bias"),
                hash(1, w), hash(2, word(i - 1)), hash(3, word(i + 1)), hash(4, word(i - 2)), hash(5, word(i + 2)),
                hash(6, shapes[i]), hash(7, shape(i - 1)), hash(8, shape(i + 1)),
                hash(9, String(w.suffix(3))), hash(10, String(w.suffix(2))), hash(11, String(w.prefix(3))),
                hash(12, knownAt(i)), hash(13, knownAt(i - 1)), hash(14, knownAt(i + 1)),
                hash(15, shapes[i] + "|" + shape(i - 1) + "|" + shape(i + 1)),
                hash(16, word(i - 1) + "|" + w),
                hash(17, w + "|" + word(i + 1)),
            ]
            if i == 0 { f.append(hash(18, "first|" + shapes[i])) }
            if capitalised[i] && common[i] { f.append(hash(19, i == 0 ? "common-first" : "common")) }
            if inTitle[i] { f.append(hash(20, "title")) }
            if i > 0 && inTitle[i - 1] { f.append(hash(21, "after-title")) }
            if organizationWord[i] { f.append(hash(22, "org-word")) }
            if i + 1 < count && organizationWord[i + 1] { f.append(hash(23, "org-word+1")) }
            if i + 2 < count && organizationWord[i + 2] { f.append(hash(24, "org-word+2")) }
            if i > 0 && organizationWord[i - 1] { f.append(hash(25, "org-word-1")) }
            f.append(hash(26, String(w.suffix(4))))
            return f
        }

        /// All features of word `i` given the labels of the words before it.
        func features(at i: Int, previous labels: [Int]) -> [UInt64] {
            let p1 = i > 0 ? labels[i - 1] : -1
            let p2 = i > 1 ? labels[i - 2] : -1
            var f = fixed[i]
            f.append(hash(40, p1))
            f.append(hash(41, p1, p2))
            f.append(hash(42, lower[i] + "|" + String(p1)))
            f.append(hash(43, shapes[i] + "|" + String(p1)))
            return f
        }
    }
}
