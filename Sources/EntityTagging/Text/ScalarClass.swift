import TextPipe

/// Character classes the tokenizer and the rules ask about, with an ASCII fast
/// path: news text is mostly ASCII, and these run once per scalar.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return ScalarClasses.isAlphabetic(s)
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return ScalarClasses.isDecimalDigit(s)
    }

    /// Combining marks continue the letter before them (a decomposed "é").
    @inline(__always)
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 { return false }
        return ScalarClasses.isMark(s)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDigit(s) || isMark(s)
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return ScalarClasses.isUpperOrTitlecase(s)
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return ScalarClasses.isLowercase(s)
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return ScalarClasses.isWhitespace(s)
    }

    /// Hyphens that join the parts of one word: "Yong-hyun", "Asia-Pacific".
    @inline(__always)
    static func isJoiningHyphen(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x2D || s.value == 0x2010 || s.value == 0x2011
    }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x27 || s.value == 0x2019
    }

    /// Marks that open a quotation or a parenthesis; the word after one is
    /// capitalised for a reason other than being a name.
    @inline(__always)
    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x28, 0x5B, 0x201C, 0x2018, 0x00AB, 0x2039, 0x201E, 0x2014, 0x2013: return true
        default: return false
        }
    }
}
