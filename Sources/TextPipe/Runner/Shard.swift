/// One of N equal parts of the inputs, chosen by a hash of each input's key
/// (its path relative to the input folder, plus the line for JSONL), so the
/// same file lands in the same shard on every machine and in every run.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based: shard 1 of 4 is `1/4`.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) {
        precondition(count >= 1 && index >= 1 && index <= count)
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else { return nil }
        self.init(index: k, count: n)
    }

    public func contains(key: String) -> Bool {
        count == 1 || Int(Shard.hash(key) % UInt64(count)) == index - 1
    }

    /// FNV-1a, 64-bit: stable across runs and platforms, unlike `Hasher`.
    public static func hash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    public var description: String { "\(index)/\(count)" }
}
