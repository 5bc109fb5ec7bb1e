/// Character classes on raw scalar values. The segmenter works on `[UInt32]`
/// so that an index is a schema offset; ASCII is decided by range checks and
/// only other scalars pay for a Unicode property lookup.
enum Scalars {
    static let period: UInt32 = 0x2E
    static let space: UInt32 = 0x20
    static let hyphen: UInt32 = 0x2D
    static let apostrophe: UInt32 = 0x27
    static let at: UInt32 = 0x40
    static let hash: UInt32 = 0x23
    static let ellipsis: UInt32 = 0x2026

    /// Whitespace, control characters and invisible separators: nothing a
    /// sentence or token may start or end with.
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        if c <= 0x20 { return true }
        if c < 0x7F { return false }
        return isSpaceSlow(c)
    }

    @inline(never)
    static func isSpaceSlow(_ c: UInt32) -> Bool {
        if c < 0x10000 { return ScalarTable.shared.flags(c) & ScalarTable.space != 0 }
        return isSpaceUncached(c)
    }

    static func isSpaceUncached(_ c: UInt32) -> Bool {
        switch c {
        case 0x7F...0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Breaks a line: inside a paragraph they still end a sentence.
    @inline(__always)
    static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c &- 0x30 < 10 }
        if c < 0x10000 { return ScalarTable.shared.flags(c) & ScalarTable.digit != 0 }
        return isDigitUncached(c)
    }

    static func isDigitUncached(_ c: UInt32) -> Bool {
        guard let u = Unicode.Scalar(c) else { return false }
        return u.properties.numericType == .decimal
    }

    @inline(__always)
    static func isASCIIDigit(_ c: UInt32) -> Bool { c &- 0x30 < 10 }

    @inline(__always)
    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c &- 0x41 < 26 }
        if c < 0x10000 { return ScalarTable.shared.flags(c) & ScalarTable.upper != 0 }
        return isUpperUncached(c)
    }

    static func isUpperUncached(_ c: UInt32) -> Bool {
        guard let u = Unicode.Scalar(c) else { return false }
        return u.properties.isUppercase || u.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return c &- 0x61 < 26 }
        if c < 0x10000 { return ScalarTable.shared.flags(c) & ScalarTable.lower != 0 }
        return isLowerUncached(c)
    }

    static func isLowerUncached(_ c: UInt32) -> Bool {
        guard let u = Unicode.Scalar(c) else { return false }
        return u.properties.isLowercase
    }

    @inline(__always)
    static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) &- 0x61 < 26 }
        if c < 0x10000 { return ScalarTable.shared.flags(c) & ScalarTable.letter != 0 }
        return isLetterUncached(c)
    }

    static func isLetterUncached(_ c: UInt32) -> Bool {
        guard let u = Unicode.Scalar(c) else { return false }
        return u.properties.isAlphabetic
    }

    /// Letters, digits, `_` and combining marks: what a word token is made of.
    @inline(__always)
    static func isWordChar(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x5F }
        return isWordCharSlow(c)
    }

    @inline(__always)
    static func isWordCharSlow(_ c: UInt32) -> Bool {
        if c < 0x10000 { return ScalarTable.shared.flags(c) & ScalarTable.wordChar != 0 }
        return isWordCharUncached(c)
    }

    static func isWordCharUncached(_ c: UInt32) -> Bool {
        guard let u = Unicode.Scalar(c) else { return false }
        let p = u.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Scalars that belong to the token before them (variation selectors,
    /// zero-width joiners, emoji modifiers).
    @inline(__always)
    static func isJoiner(_ c: UInt32) -> Bool {
        if c < 0x300 { return false }
        if c < 0x10000 { return ScalarTable.shared.flags(c) & ScalarTable.joiner != 0 }
        return isJoinerUncached(c)
    }

    static func isJoinerUncached(_ c: UInt32) -> Bool {
        switch c {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
        default:
            guard let u = Unicode.Scalar(c) else { return false }
            switch u.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// The scalar lower-cased when that gives a single scalar.
    @inline(__always)
    static func lowercased(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c &- 0x41 < 26 ? c | 0x20 : c }
        return lowercasedSlow(c)
    }

    @inline(never)
    static func lowercasedSlow(_ c: UInt32) -> UInt32 {
        guard let u = Unicode.Scalar(c) else { return c }
        let mapped = u.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : c
    }

    /// Decodes a string into scalar values, so that array indices are the
    /// schema's offsets.
    static func decode(_ text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes -> [UInt32] in
            let n = bytes.count
            return [UInt32](unsafeUninitializedCapacity: n) { out, count in
                var i = 0
                var k = 0
                while i < n {
                    let b = UInt32(bytes[i])
                    if b < 0x80 {
                        out[k] = b
                        i += 1
                    } else if b < 0xE0 {
                        out[k] = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        out[k] = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        out[k] = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    k += 1
                }
                count = k
            }
        }
    }
}
