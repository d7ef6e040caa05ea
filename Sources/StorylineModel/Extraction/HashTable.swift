/// A map from 64-bit hashes to small numbers by open addressing. The keys are hashes of words or features
/// already (`EntityFeatures.hash`), so a look-up is a multiply, a mask and a compare or two: much cheaper
/// than a `Dictionary` keyed by strings, which hashes every string again with SipHash on every look-up.
/// Two different keys with the same 64-bit hash would share an entry; with FNV-1a over tens of thousands
/// of words that is far less likely than a bit flip, so it is not guarded against.
struct HashTable: Sendable {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var slot = HashTable.slot(key, mask)
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` (0 or more) for `key`, replacing what was there.
    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0, "HashTable stores values of 0 or more")
        if (count + 1) * 2 > keys.count { grow() }
        var slot = HashTable.slot(key, mask)
        while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if values[slot] < 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        self = HashTable(minimumCapacity: keys.count)
        for slot in oldValues.indices where oldValues[slot] >= 0 { set(oldKeys[slot], oldValues[slot]) }
    }
}
