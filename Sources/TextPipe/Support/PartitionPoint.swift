extension RandomAccessCollection {
    /// The first index whose element satisfies `isInSecondPart`, for a
    /// collection where every such element comes after every other one
    /// (offsets sorted by start): a binary search, so stages that look things
    /// up by position stay linear in a document's length.
    @inlinable
    public func partitionPoint(where isInSecondPart: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isInSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
