/// Unicode character classes for the scalars news is written in, read from a
/// table built once for the first 2,048 code points (Latin, Greek, Cyrillic,
/// Armenian, Hebrew, Arabic) and for General Punctuation (curly quotes,
/// dashes, ellipsis) instead of from Unicode's property tables at
/// every scalar, which cost a few hundred instructions a look-up. Stages keep
/// their own ASCII arithmetic in front of it; above the table the answers come
/// from `Unicode.Scalar.Properties` as before, so every answer is the same.
public enum ScalarClasses {
    struct Bits: OptionSet, Sendable {
        let rawValue: UInt8
        static let alphabetic = Bits(rawValue: 1 << 0)
        static let uppercase = Bits(rawValue: 1 << 1)
        static let titlecase = Bits(rawValue: 1 << 2)
        static let lowercase = Bits(rawValue: 1 << 3)
        static let whitespace = Bits(rawValue: 1 << 4)
        static let decimal = Bits(rawValue: 1 << 5)
        static let mark = Bits(rawValue: 1 << 6)
        /// Any numeric type (digits, fractions, numerals).
        static let numeric = Bits(rawValue: 1 << 7)
    }

    struct Entry: Sendable {
        var bits: Bits
        var category: Unicode.GeneralCategory
    }

    /// Table slot of a scalar, if it has one: U+0000–U+07FF, then U+2000–U+206F.
    @inline(__always)
    static func slot(_ v: UInt32) -> Int? {
        if v < 0x800 { return Int(v) }
        if v >= 0x2000 && v < 0x2070 { return Int(v - 0x2000 + 0x800) }
        return nil
    }

    static let table: [Entry] = (0..<UInt32(0x870)).map { i -> Entry in
        let v = i < 0x800 ? i : i - 0x800 + 0x2000
        guard let s = Unicode.Scalar(v) else { return Entry(bits: [], category: .unassigned) }
        let p = s.properties
        var b: Bits = []
        if p.isAlphabetic { b.insert(.alphabetic) }
        if p.isUppercase { b.insert(.uppercase) }
        if p.isLowercase { b.insert(.lowercase) }
        if p.isWhitespace { b.insert(.whitespace) }
        if p.numericType == .decimal { b.insert(.decimal) }
        if p.numericType != nil { b.insert(.numeric) }
        switch p.generalCategory {
        case .titlecaseLetter: b.insert(.titlecase)
        case .nonspacingMark, .spacingMark, .enclosingMark: b.insert(.mark)
        default: break
        }
        return Entry(bits: b, category: p.generalCategory)
    }

    /// CJK ideographs and Hangul syllables: letters without case, in blocks
    /// too large for the table.
    @inline(__always)
    static func isUnicasedLetterBlock(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7A3)
    }

    /// The table's answer, the answer for the CJK and Hangul blocks (nil: ask
    /// Unicode there too), or Unicode's own answer.
    @inline(__always)
    static func answer(_ s: Unicode.Scalar, _ bits: Bits, inCJK: Bool?, _ slow: (Unicode.Scalar) -> Bool) -> Bool {
        let v = s.value
        if let i = slot(v) { return !table[i].bits.isDisjoint(with: bits) }
        if let inCJK, isUnicasedLetterBlock(v) { return inCJK }
        return slow(s)
    }

    @inline(__always)
    public static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { answer(s, .alphabetic, inCJK: true) { $0.properties.isAlphabetic } }

    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool { answer(s, .uppercase, inCJK: false) { $0.properties.isUppercase } }

    /// Upper case or title case ("ǅ").
    @inline(__always)
    public static func isUpperOrTitlecase(_ s: Unicode.Scalar) -> Bool {
        answer(s, [.uppercase, .titlecase], inCJK: false) { $0.properties.isUppercase || $0.properties.generalCategory == .titlecaseLetter }
    }

    @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool { answer(s, .lowercase, inCJK: false) { $0.properties.isLowercase } }

    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool { answer(s, .whitespace, inCJK: false) { $0.properties.isWhitespace } }

    @inline(__always)
    public static func isDecimalDigit(_ s: Unicode.Scalar) -> Bool {
        answer(s, .decimal, inCJK: false) { $0.properties.numericType == .decimal }
    }

    /// A digit, fraction or numeral of any script. No block shortcut:
    /// ideographs such as 一 and 十 are numerals.
    @inline(__always)
    public static func isNumeric(_ s: Unicode.Scalar) -> Bool { answer(s, .numeric, inCJK: nil) { $0.properties.numericType != nil } }

    /// The general category, from the table where it can.
    @inline(__always)
    public static func generalCategory(_ s: Unicode.Scalar) -> Unicode.GeneralCategory {
        if let i = slot(s.value) { return table[i].category }
        return s.properties.generalCategory
    }

    /// Each table scalar's full lower-case mapping when that is one scalar
    /// (most letters), else nil; built on first use.
    static let lowercaseTable: [Unicode.Scalar?] = (0..<UInt32(0x870)).map { i -> Unicode.Scalar? in
        let v = i < 0x800 ? i : i - 0x800 + 0x2000
        guard let s = Unicode.Scalar(v) else { return nil }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first : nil
    }

    /// The lower-case form of a scalar when the table holds it as one scalar.
    /// Context-dependent mappings (final sigma) are the caller's to rule out.
    @inline(__always)
    public static func lowercaseScalar(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        guard let i = slot(s.value) else { return nil }
        return lowercaseTable[i]
    }

    /// A combining mark (nonspacing, spacing or enclosing).
    @inline(__always)
    public static func isMark(_ s: Unicode.Scalar) -> Bool {
        answer(s, .mark, inCJK: false) {
            switch $0.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }
}
