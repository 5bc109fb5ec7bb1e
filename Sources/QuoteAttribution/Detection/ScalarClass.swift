import TextPipe

/// Character classes with an ASCII fast path: `Unicode.Scalar.properties`
/// looks every scalar up in Unicode's tables, which dominated the stage's time.
enum ScalarClass {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        return ScalarClasses.isWhitespace(c)
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return ScalarClasses.isAlphabetic(c)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return ScalarClasses.isUppercase(c)
    }
}
