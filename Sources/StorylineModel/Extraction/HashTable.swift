/// A map from 64-bit hashes to small numbers by open addressing. The keys are hashes of words or features
/// already (`EntityFeatures.hash`), so a look-up is a multiply, a mask and a compare or two: much cheaper
/// than a `Dictionary` keyed by strings, which hashes every string again with SipHash on every look-up.
/// Two different keys with the same 64-bit hash would share an entry; with FNV-1a over tens of thousands
/// of words that is far less likely than a bit flip, so it is not guarded against.
struct HashTable: Sendable {
    /// A key and its value side by side, so that a probe reads one element (and a store checks one buffer);
    /// a value of -1 marks an empty slot.
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: capacity)
        mask = capacity - 1
    }

    /// The slot a probe for `key` starts at (shared with `WordFactsTable`).
    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        // Through the buffer: a slot masked by `mask` is always in it, so no bounds check is needed at each probe.
        let mask = self.mask
        return slots.withUnsafeBufferPointer { slots -> Int32? in
            var slot = HashTable.slot(key, mask)
            while true {
                let entry = slots[slot]
                if entry.value < 0 { return nil }
                if entry.key == key { return entry.value }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` (0 or more) for `key`, replacing what was there.
    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0, "HashTable stores values of 0 or more")
        if (count + 1) * 2 > slots.count { grow() }
        let mask = self.mask
        let isNew = slots.withUnsafeMutableBufferPointer { slots -> Bool in
            var slot = HashTable.slot(key, mask)
            while slots[slot].value >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            let isNew = slots[slot].value < 0
            slots[slot] = Slot(key: key, value: value)
            return isNew
        }
        if isNew { count += 1 }
    }

    private mutating func grow() {
        let old = slots
        self = HashTable(minimumCapacity: slots.count)
        for entry in old where entry.value >= 0 { set(entry.key, entry.value) }
    }
}
