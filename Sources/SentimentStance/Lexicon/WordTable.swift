

/// The lexicon as an open-addressing hash table keyed by lower-cased UTF-8
/// bytes, so the tokenizer can look a word up straight from the text's bytes
/// (hashing and packing the key while it lower-cases them) without making a
/// String. Look-ups are most of the scorer's work and their cost is cache
/// misses, hence the layout: one 8-byte slot per bucket (a hash tag and the
/// record's index), and records of 32 bytes holding a key of up to 15 bytes
/// inline beside the packed word.
struct WordTable: Sendable {
    struct Record {
        /// Key bytes 0..<8 and 8..<15, little-endian, zero-padded; the top byte
        /// of `key1` is the key's length, or 0xFF for a longer key kept in the
        /// overflow arena at offset `key0`, length `key1 & 0xFFFF_FFFF`.
        var key0: UInt64
        var key1: UInt64
        var word: PackedWord
    }

    /// Read-only after init and shared by every thread.
    private final class Storage: @unchecked Sendable {
        /// One bit per 16-bit hash fragment, set for every key: 8 KB that stay in
        /// the L1 cache and turn away most words that are not in the lexicon
        /// before the (larger) slot array is touched.
        let filter: UnsafeMutablePointer<UInt64>
        let slots: UnsafeMutablePointer<UInt64>
        let records: UnsafeMutablePointer<Record>
        let overflow: [UInt8]
        let mask: Int
        let count: Int

        init(filter: UnsafeMutablePointer<UInt64>, slots: UnsafeMutablePointer<UInt64>, records: UnsafeMutablePointer<Record>,
             overflow: [UInt8], mask: Int, count: Int) {
            self.filter = filter
            self.slots = slots
            self.records = records
            self.overflow = overflow
            self.mask = mask
            self.count = count
        }

        deinit {
            filter.deallocate()
            slots.deallocate()
            records.deinitialize(count: count)
            records.deallocate()
        }
    }

    private let storage: Storage

    init(_ words: [String: WordInfo]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        let entries = Array(words)
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        let filter = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.filterWords)
        filter.initialize(repeating: 0, count: Self.filterWords)
        let records = UnsafeMutablePointer<Record>.allocate(capacity: max(entries.count, 1))
        var overflow: [UInt8] = []
        for (index, (word, info)) in entries.enumerated() {
            let bytes = Array(word.utf8)
            var h = Self.seed
            var key = Key()
            for b in bytes {
                h = Self.mix(h, b)
                key.append(b)
            }
            h = Self.finish(h)
            var record = Record(key0: key.k0, key1: key.k1 | (UInt64(bytes.count) << 56), word: PackedWord(info))
            if bytes.count > Key.inline {
                record.key0 = UInt64(overflow.count)
                record.key1 = (0xFF << 56) | UInt64(bytes.count)
                overflow.append(contentsOf: bytes)
            }
            (records + index).initialize(to: record)
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
            let bit = Self.filterBit(h)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        storage = Storage(filter: filter, slots: slots, records: records, overflow: overflow, mask: capacity - 1, count: entries.count)
    }

    /// A key being built byte by byte: the first 15 bytes packed into two words.
    struct Key {
        static let inline = 15
        var k0: UInt64 = 0
        var k1: UInt64 = 0
        var count = 0

        @inline(__always)
        mutating func append(_ b: UInt8) {
            if count < 8 {
                k0 |= UInt64(b) << (8 * UInt64(count))
            } else if count < Self.inline {
                k1 |= UInt64(b) << (8 * UInt64(count - 8))
            }
            count += 1
        }
    }

    private static let filterWords = 1024

    @inline(__always)
    private static func filterBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h >> 16) & 0xFFFF) }

    /// Spreads FNV's bits over the whole word: the slot, the filter bit and
    /// the tag each take a different part of it.
    @inline(__always)
    private static func finish(_ h: UInt64) -> UInt64 {
        let x = (h ^ (h >> 31)) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 29)
    }

    /// FNV-1a, computed byte by byte as the tokenizer produces them.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// The word for a key built with `Key.append` and hashed with `mix`
    /// (`bytes` are the same bytes, needed only for keys over 15 bytes).
    @inline(__always)
    func find(_ key: Key, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> PackedWord? {
        let s = storage
        let hash = Self.finish(hash)
        let bit = Self.filterBit(hash)
        if s.filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return nil }
        var slot = Int(truncatingIfNeeded: hash) & s.mask
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let short = key.count <= Key.inline
        let k1 = key.k1 | (UInt64(short ? key.count : 0xFF) << 56)
        while true {
            let e = s.slots[slot]
            if e == 0 { return nil }
            if e & 0xFFFF_FFFF_0000_0000 == tag {
                let r = s.records + (Int(e & 0xFFFF_FFFF) - 1)
                if short {
                    if r.pointee.key0 == key.k0 && r.pointee.key1 == k1 { return r.pointee.word }
                } else if r.pointee.key1 >> 56 == 0xFF && Int(r.pointee.key1 & 0xFFFF_FFFF) == bytes.count {
                    let start = Int(r.pointee.key0)
                    var same = true
                    for k in 0..<bytes.count where s.overflow[start + k] != bytes[k] {
                        same = false
                        break
                    }
                    if same { return r.pointee.word }
                }
            }
            slot = (slot + 1) & s.mask
        }
    }

    func find(_ word: String) -> PackedWord? {
        var word = word
        return word.withUTF8 { bytes in
            var h = Self.seed
            var key = Key()
            for b in bytes {
                h = Self.mix(h, b)
                key.append(b)
            }
            return find(key, hash: h, bytes: bytes)
        }
    }
}
