/// A small set of scalars with an O(1) answer for ASCII, which is what the
/// splitter asks about for almost every character it looks at.
struct ScalarSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others: [UInt32] = []

    init(_ scalars: some Sequence<UInt32>) {
        for c in scalars { insert(c) }
    }

    mutating func insert(_ c: UInt32) {
        if c < 64 {
            low |= 1 << UInt64(c)
        } else if c < 128 {
            high |= 1 << UInt64(c - 64)
        } else if !others.contains(c) {
            others.append(c)
        }
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return low & (1 << UInt64(c)) != 0 }
        if c < 128 { return high & (1 << UInt64(c &- 64)) != 0 }
        return others.contains(c)
    }
}
