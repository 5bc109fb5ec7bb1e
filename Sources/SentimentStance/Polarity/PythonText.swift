import TextPipe

/// Character classes exactly as Python's `str` methods define them, because
/// the scorer must split, strip and test case the way vaderSentiment does to
/// give the same scores.
enum PythonText {
    /// `str.isspace()`: the characters `str.split()` splits on.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x1F) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A character of `string.punctuation` (ASCII punctuation and symbols).
    @inline(__always)
    static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x21 && v <= 0x2F) || (v >= 0x3A && v <= 0x40) || (v >= 0x5B && v <= 0x60) || (v >= 0x7B && v <= 0x7E)
    }

    /// `str.isupper()`: at least one cased character and no lower-case or title-case one.
    static func isUpper(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var cased = false
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { cased = true }
                continue
            }
            if ScalarClasses.isLowercase(s) || ScalarClasses.generalCategory(s) == .titlecaseLetter { return false }
            if ScalarClasses.isUppercase(s) { cased = true }
        }
        return cased
    }

    /// `str.lower()`.
    static func lower(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var ascii = true
        for s in scalars where s.value >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var i = 0
                for s in scalars {
                    var b = UInt8(truncatingIfNeeded: s.value)
                    if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    buffer[i] = b
                    i += 1
                }
                return i
            }
        }
        // Letters of the common scripts map one to one from a table; a capital
        // sigma (whose lower case depends on its place in the word) and
        // anything else take the full Unicode path.
        var mapped = String.UnicodeScalarView()
        for s in scalars {
            guard s.value != 0x3A3, let lower = s.value < 0x80 ? s : ScalarClasses.lowercaseScalar(s) else {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                return String(view).lowercased()
            }
            if lower.value < 0x80, lower.value >= 0x41 && lower.value <= 0x5A {
                mapped.append(Unicode.Scalar(lower.value | 0x20)!)
            } else {
                mapped.append(lower)
            }
        }
        return String(mapped)
    }
}
