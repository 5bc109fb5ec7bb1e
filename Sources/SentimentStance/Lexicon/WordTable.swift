/// The lexicon as an open-addressing hash table keyed by UTF-8 bytes, so the
/// tokenizer can look a word up straight from the text's bytes (hashing while
/// it lower-cases them) without making a String: look-ups are most of the
/// scorer's work.
struct WordTable: Sendable {
    /// Read-only after init and shared by every thread.
    private final class Storage: @unchecked Sendable {
        /// Entry index + 1 per slot; 0 is empty.
        let slots: UnsafeMutablePointer<Int32>
        let hashes: UnsafeMutablePointer<UInt64>
        let starts: UnsafeMutablePointer<Int32>
        let lengths: UnsafeMutablePointer<Int32>
        let arena: UnsafeMutablePointer<UInt8>
        let mask: Int

        init(capacity: Int, entries: Int, arenaSize: Int) {
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
            hashes = .allocate(capacity: max(entries, 1))
            starts = .allocate(capacity: max(entries, 1))
            lengths = .allocate(capacity: max(entries, 1))
            arena = .allocate(capacity: max(arenaSize, 1))
            mask = capacity - 1
        }

        deinit {
            slots.deallocate()
            hashes.deallocate()
            starts.deallocate()
            lengths.deallocate()
            arena.deallocate()
        }
    }

    private let storage: Storage
    let infos: [WordInfo]

    init(_ words: [String: WordInfo]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        // Sorted so that the table is the same on every run.
        let sorted = words.sorted { $0.key < $1.key }
        let arenaSize = sorted.reduce(0) { $0 + $1.key.utf8.count }
        let s = Storage(capacity: capacity, entries: sorted.count, arenaSize: arenaSize)
        var offset = 0
        var infos: [WordInfo] = []
        infos.reserveCapacity(sorted.count)
        for (index, (word, info)) in sorted.enumerated() {
            let bytes = Array(word.utf8)
            var h = Self.seed
            for b in bytes { h = Self.mix(h, b) }
            var slot = Int(truncatingIfNeeded: h) & s.mask
            while s.slots[slot] != 0 { slot = (slot + 1) & s.mask }
            s.slots[slot] = Int32(index + 1)
            s.hashes[index] = h
            s.starts[index] = Int32(offset)
            s.lengths[index] = Int32(bytes.count)
            for b in bytes {
                s.arena[offset] = b
                offset += 1
            }
            infos.append(info)
        }
        storage = s
        self.infos = infos
    }

    /// FNV-1a, computed byte by byte as the tokenizer produces them.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// The index in `infos` of the word with these bytes and this hash (from `mix`), or -1.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let s = storage
        var slot = Int(truncatingIfNeeded: hash) & s.mask
        while true {
            let e = Int(s.slots[slot])
            if e == 0 { return -1 }
            let index = e - 1
            if s.hashes[index] == hash && Int(s.lengths[index]) == bytes.count {
                let start = s.arena + Int(s.starts[index])
                var same = true
                for k in 0..<bytes.count where start[k] != bytes[k] {
                    same = false
                    break
                }
                if same { return Int32(index) }
            }
            slot = (slot + 1) & s.mask
        }
    }

    func find(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { bytes in
            var h = Self.seed
            for b in bytes { h = Self.mix(h, b) }
            return find(bytes, hash: h)
        }
    }
}
