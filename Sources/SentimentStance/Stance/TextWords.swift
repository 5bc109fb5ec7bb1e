import TextPipe

/// The words of a document with their scalar offsets, and the punctuation that
/// ends clauses, for the stance rules (verbs, anaphora, clause limits). Built
/// once per document when it has targets.
struct TextWords: Sendable {
    struct Word: Sendable {
        var start: Int
        var end: Int
        /// Lower-cased, curly apostrophes straightened.
        var lower: String
        var capitalized: Bool
    }

    let words: [Word]
    /// Offsets of characters that end a clause: , ; : ( ) and dashes.
    let clauseBreaks: [Int]

    init(scalars: [Unicode.Scalar]) {
        var words: [Word] = []
        var breaks: [Int] = []
        // One byte buffer reused for every word: appending scalar by scalar
        // to a String costs several times more.
        var lower: [UInt8] = []
        lower.reserveCapacity(64)
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if Self.isWordScalar(c) {
                let start = i
                lower.removeAll(keepingCapacity: true)
                // ASCII letters are lower-cased on the way; only other words need Unicode case mapping.
                var ascii = true
                while i < n {
                    let s = scalars[i]
                    if Self.isWordScalar(s) {
                        if s.value < 0x80 {
                            let b = UInt8(truncatingIfNeeded: s.value)
                            lower.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                        } else {
                            ascii = false
                            UTF8.encode(s) { lower.append($0) }
                        }
                    } else if (s == "'" || s == "\u{2019}" || s == "-" || s == ".") && i + 1 < n && Self.isWordScalar(scalars[i + 1]) {
                        // Inside a word: "don't", "Korea’s", "Asia-Pacific", "U.S".
                        lower.append(s == "\u{2019}" ? UInt8(ascii: "'") : UInt8(truncatingIfNeeded: s.value))
                    } else {
                        break
                    }
                    i += 1
                }
                let first = scalars[start]
                let capitalized = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : ScalarClasses.isUppercase(first)
                let word = String(decoding: lower, as: UTF8.self)
                words.append(Word(start: start, end: i, lower: ascii ? word : word.lowercased(), capitalized: capitalized))
                continue
            }
            switch c {
            case ",", ";", ":", "(", ")", "\u{2014}", "\u{2013}": breaks.append(i)
            default: break
            }
            i += 1
        }
        self.words = words
        clauseBreaks = breaks
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return ScalarClasses.isAlphabetic(s) || ScalarClasses.isNumeric(s)
    }

    /// The index of the first word starting at or after `offset`.
    func firstWord(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The indices of the words inside `[start, end)`.
    func words(in start: Int, _ end: Int) -> Range<Int> {
        let a = firstWord(atOrAfter: start)
        var b = a
        while b < words.count && words[b].end <= end { b += 1 }
        return a..<b
    }
}
