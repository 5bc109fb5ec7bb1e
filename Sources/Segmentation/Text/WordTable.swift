/// Words from the rules file, looked up straight from a slice of the scalar
/// buffer without building a `String`: the splitter asks at every period.
///
/// Keys are compared lower-cased. An entry written with a capital ("Gen.")
/// matches only a capitalised word; an entry written in lower case ("etc.")
/// matches either, except a single letter ("p." is not "P."). When both
/// spellings exist ("Ft." and "ft."), a capitalised word takes the capitalised one.
struct WordTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var key: [UInt32]
        var hash: UInt64
        var capitalized: Value?
        var lowercase: Value?
    }

    private var entries: [Entry] = []
    /// Open addressing: index into `entries`, or -1.
    private var slots: [Int32] = Array(repeating: -1, count: 16)

    init() {}

    var count: Int { entries.count }

    /// Adds a word; an entry added later replaces an earlier one of the same spelling.
    mutating func insert(_ word: some Sequence<UInt32>, _ value: Value) {
        let scalars = Array(word)
        guard let first = scalars.first else { return }
        let key = scalars.map(Scalars.lowercased)
        let hash = WordTable.hash(key)
        let isCapitalized = Scalars.isUpper(first)
        if let i = find(key, hash) {
            if isCapitalized { entries[i].capitalized = value } else { entries[i].lowercase = value }
            return
        }
        entries.append(Entry(key: key, hash: hash, capitalized: isCapitalized ? value : nil,
                             lowercase: isCapitalized ? nil : value))
        if entries.count * 2 > slots.count {
            rehash(capacity: slots.count * 2)
        } else {
            place(entries.count - 1)
        }
    }

    mutating func insert(_ word: String, _ value: Value) {
        insert(word.unicodeScalars.map(\.value), value)
    }

    /// The value for the word `s[start..<end]`, if any.
    @inline(__always)
    func lookup(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Value? {
        guard end > start, end - start <= 64 else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end {
            h = (h ^ UInt64(Scalars.lowercased(s[k]))) &* 0x100_0000_01b3
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == h && entry.key.count == end - start && matches(entry.key, s, start) {
                if Scalars.isUpper(s[start]) {
                    if let v = entry.capitalized { return v }
                    return entry.key.count > 1 ? entry.lowercase : nil
                }
                return entry.lowercase
            }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        lookup(s, start, end) != nil
    }

    /// Looks up a word given as a string (tests, rule checks).
    func lookup(_ word: String) -> Value? {
        let scalars = word.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { lookup($0, 0, $0.count) }
    }

    private func matches(_ key: [UInt32], _ s: UnsafeBufferPointer<UInt32>, _ start: Int) -> Bool {
        for (k, c) in key.enumerated() where Scalars.lowercased(s[start + k]) != c { return false }
        return true
    }

    private func find(_ key: [UInt32], _ hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if entries[index].hash == hash && entries[index].key == key { return index }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for i in entries.indices { place(i) }
    }

    private static func hash(_ key: [UInt32]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in key { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return h
    }
}
