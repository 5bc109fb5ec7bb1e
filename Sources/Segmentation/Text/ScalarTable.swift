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

    private init() {
        table = .allocate(capacity: 0x10000)
        for c in UInt32(0)..<0x10000 {
            var f: UInt8 = 0
            if c < 0x80 {
                if c <= 0x20 || c == 0x7F { f |= ScalarTable.space }
                if c &- 0x41 < 26 { f |= ScalarTable.upper | ScalarTable.letter | ScalarTable.wordChar }
                if c &- 0x61 < 26 { f |= ScalarTable.lower | ScalarTable.letter | ScalarTable.wordChar }
                if c &- 0x30 < 10 { f |= ScalarTable.digit | ScalarTable.wordChar }
                if c == 0x5F { f |= ScalarTable.wordChar }
            } else {
                if Scalars.isSpaceUncached(c) { f |= ScalarTable.space }
                if Scalars.isUpperUncached(c) { f |= ScalarTable.upper }
                if Scalars.isLowerUncached(c) { f |= ScalarTable.lower }
                if Scalars.isLetterUncached(c) { f |= ScalarTable.letter }
                if Scalars.isWordCharUncached(c) { f |= ScalarTable.wordChar }
                if Scalars.isDigitUncached(c) { f |= ScalarTable.digit }
                if c >= 0x300 && Scalars.isJoinerUncached(c) { f |= ScalarTable.joiner }
            }
            table[Int(c)] = f
        }
    }

    @inline(__always)
    func flags(_ c: UInt32) -> UInt8 { table[Int(c)] }
}
