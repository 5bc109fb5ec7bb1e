/// Converts between the three ways of pointing into a text: Unicode scalar
/// offsets (the schema's, equal to Python's `str` indices), UTF-8 byte offsets,
/// and `String.Index`.
///
/// Built once per text in O(n); each conversion afterwards is O(1) or
/// O(log n). Texts that are pure ASCII need no table at all.
public struct TextOffsets: Sendable {
    public let text: String
    /// UTF-8 offset of each scalar, plus one entry for the end; empty for ASCII.
    private let utf8OfScalar: [Int32]
    public let scalarCount: Int
    public let utf8Count: Int

    public init(_ text: String) {
        self.text = text
        let utf8 = text.utf8
        utf8Count = utf8.count
        var table: [Int32] = []
        var count = 0
        var isASCII = true
        for b in utf8 where b >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            count = utf8Count
        } else {
            table.reserveCapacity(utf8Count + 1)
            var offset = 0
            for scalar in text.unicodeScalars {
                table.append(Int32(offset))
                offset += UTF8.width(scalar)
            }
            count = table.count
            table.append(Int32(offset))
        }
        utf8OfScalar = table
        scalarCount = count
    }

    public var isASCII: Bool { utf8OfScalar.isEmpty }

    /// The UTF-8 offset where the scalar at `scalarOffset` starts (end allowed).
    public func utf8Offset(ofScalar scalarOffset: Int) -> Int {
        precondition(scalarOffset >= 0 && scalarOffset <= scalarCount, "scalar offset \(scalarOffset) out of range")
        return isASCII ? scalarOffset : Int(utf8OfScalar[scalarOffset])
    }

    /// The scalar offset of the scalar containing UTF-8 offset `utf8Offset`.
    public func scalarOffset(ofUTF8 utf8Offset: Int) -> Int {
        precondition(utf8Offset >= 0 && utf8Offset <= utf8Count, "UTF-8 offset \(utf8Offset) out of range")
        if isASCII { return utf8Offset }
        var lo = 0
        var hi = scalarCount
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(utf8OfScalar[mid]) <= utf8Offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    public func index(ofScalar scalarOffset: Int) -> String.Index {
        let u = utf8Offset(ofScalar: scalarOffset)
        return text.utf8.index(text.utf8.startIndex, offsetBy: u)
    }

    public func scalarOffset(of index: String.Index) -> Int {
        scalarOffset(ofUTF8: text.utf8.distance(from: text.utf8.startIndex, to: index))
    }

    /// The text of a span given in scalar offsets. Goes through the scalar view
    /// because `String`'s own subscript rounds indices down to whole characters,
    /// which would swallow a span that starts at a combining mark.
    public func substring(_ start: Int, _ end: Int) -> Substring {
        Substring(text.unicodeScalars[index(ofScalar: start)..<index(ofScalar: end)])
    }

    public func substring(_ span: Span) -> Substring { substring(span.start, span.end) }

    /// The span, in scalar offsets, of a range of the text.
    public func span(of range: Range<String.Index>) -> Span {
        Span(start: scalarOffset(of: range.lowerBound), end: scalarOffset(of: range.upperBound))
    }
}
