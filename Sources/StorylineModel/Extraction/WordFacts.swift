/// What the knowledge base's tries and organisation words say of one word hash (`EntityFeatures.wordHash`), gathered
/// in one place. `SentenceView.WordKnowledge` asks all of them of every distinct word of an article, and one look-up
/// here reads one slot, where a look-up in each of five tables read five cache lines a word, often misses.
struct WordFacts: Sendable {
    /// `TokenTrie.firstNode` in `KnowledgeBase.entities`, `namedThings`, `titles` and `longCities`; -1 for none.
    var entityNode: Int32 = -1
    var namedThingNode: Int32 = -1
    var titleNode: Int32 = -1
    var longCityNode: Int32 = -1
    /// Whether `KnowledgeBase.organizationKind` knows the word.
    var isOrganizationWord = false
}

/// `WordFacts` by word hash, by open addressing as `HashTable`, each hash's facts in its slot (32 bytes): a look-up
/// reads one cache line, or two where the probe runs on.
struct WordFactsTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var facts = WordFacts()
        var isUsed = false
    }

    private var slots: [Slot]
    private var mask: Int
    private var count = 0

    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
    }

    /// What the tables say of `hash`: all none when they know nothing of it.
    @inline(__always)
    subscript(hash: UInt64) -> WordFacts {
        let mask = self.mask
        return slots.withUnsafeBufferPointer { slots -> WordFacts in
            var slot = HashTable.slot(hash, mask)
            while slots[slot].isUsed {
                if slots[slot].key == hash { return slots[slot].facts }
                slot = (slot + 1) & mask
            }
            return WordFacts()
        }
    }

    /// Changes the facts of `hash` (all none until changed).
    mutating func update(_ hash: UInt64, _ change: (inout WordFacts) -> Void) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = self.mask
        let isNew = slots.withUnsafeMutableBufferPointer { slots -> Bool in
            var slot = HashTable.slot(hash, mask)
            while slots[slot].isUsed && slots[slot].key != hash { slot = (slot + 1) & mask }
            let isNew = !slots[slot].isUsed
            slots[slot].key = hash
            slots[slot].isUsed = true
            change(&slots[slot].facts)
            return isNew
        }
        if isNew { count += 1 }
    }

    private mutating func grow() {
        let old = slots
        self = WordFactsTable(minimumCapacity: slots.count)
        for entry in old where entry.isUsed { update(entry.key) { $0 = entry.facts } }
    }
}
