/// Character classes of the Basic Multilingual Plane, computed once: asking
/// the Unicode property tables for every Cyrillic or Hangul letter costs more
/// than the rest of the segmenter put together.
final class ScalarTable: @unchecked Sendable {
    static let space: UInt8 = 1
    static let upper: UInt8 = 2
    static let lower: UInt8 = 4
    static let letter: UInt8 = 8
    static let wordChar: UInt8 = 16
    static let digit: UInt8 = 32
    static let joiner: UInt8 = 64

    static let shared = ScalarTable()

    /// Written once in `init`, read-only afterwards.
    private let table: UnsafeMutablePointer<UInt8>

    /// Ranges whose every scalar has the same classes, filled without asking
    /// the property tables (half the plane; a one-document run went from 31 to
    /// 22 ms of CPU):
    /// CJK ideographs (with extension A), Yi syllables and Hangul syllables are letters, surrogates and the
    /// private-use area are nothing. `ScalarTableTests` checks them against
    /// the property tables.
    static let uniformRanges: [(ClosedRange<UInt32>, UInt8)] = [
        (0x3400...0x4DBF, letter | wordChar),
        (0x4E00...0x9FFF, letter | wordChar),
        (0xA000...0xA48C, letter | wordChar),
        (0xAC00...0xD7A3, letter | wordChar),
        (0xD800...0xDFFF, 0),
        (0xE000...0xF8FF, 0),
    ]

    private init() {
        table = .allocate(capacity: 0x10000)
        for (range, f) in Self.uniformRanges {
            for c in range { table[Int(c)] = f }
        }
        var c: UInt32 = 0
        while c < 0x10000 {
            defer { c += 1 }
            if let r = Self.uniformRanges.first(where: { $0.0.contains(c) }) {
                c = r.0.upperBound
                continue
            }
            table[Int(c)] = Self.computeFlags(c)
        }
    }

    /// The classes of one scalar from the Unicode property tables.
    static func computeFlags(_ c: UInt32) -> UInt8 {
        var f: UInt8 = 0
        if c < 0x80 {
            if c <= 0x20 || c == 0x7F { f |= space }
            if c &- 0x41 < 26 { f |= upper | letter | wordChar }
            if c &- 0x61 < 26 { f |= lower | letter | wordChar }
            if c &- 0x30 < 10 { f |= digit | wordChar }
            if c == 0x5F { f |= wordChar }
            return f
        }
        if Scalars.isSpaceUncached(c) { f |= space }
        if Scalars.isUpperUncached(c) { f |= upper }
        if Scalars.isLowerUncached(c) { f |= lower }
        if Scalars.isLetterUncached(c) { f |= letter }
        if Scalars.isWordCharUncached(c) { f |= wordChar }
        if Scalars.isDigitUncached(c) { f |= digit }
        if c >= 0x300 && Scalars.isJoinerUncached(c) { f |= joiner }
        return f
    }

    @inline(__always)
    func flags(_ c: UInt32) -> UInt8 { table[Int(c)] }
}
