import TextPipe

/// Cuts text into tokens the way vaderSentiment does: emoji read as their
/// names, split on whitespace, ASCII punctuation stripped from both ends unless
/// that would leave two characters or fewer (which keeps emoticons like ":)").
///
/// With `news` on it also reads news typography, which vaderSentiment does not:
/// curly quotes and other Unicode punctuation are stripped too ("“dangerous" →
/// "dangerous"), curly apostrophes become straight ones ("don’t" negates),
/// and em dashes, en dashes and "--" separate words as spaces do.
struct PolarityTokenizer: Sendable {
    let emoji: [Unicode.Scalar: String]
    let news: Bool
    let table: WordTable

    /// Calls `body` with the tokens of a text (valid only inside `body`).
    func withTokens<S: StringProtocol, R>(_ text: S, _ body: (UnsafeBufferPointer<PolarityToken>, PolarityTokens) -> R) -> R {
        var string = String(text)
        return string.withUTF8 { withTokens(utf8: $0, body) }
    }

    /// Calls `body` with the tokens of UTF-8 text. Most news text is ASCII:
    /// then bytes are characters, no emoji can occur and case is a range
    /// test, so the tokens are made straight from the bytes into stack memory;
    /// other text takes the general path.
    func withTokens<R>(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<PolarityToken>, PolarityTokens) -> R) -> R {
        for b in bytes where b >= 0x80 {
            if news, let result = withTypographyFolded(bytes, body) { return result }
            let (tokens, info) = tokenizeScalars(String(decoding: bytes, as: UTF8.self))
            return tokens.withUnsafeBufferPointer { body($0, info) }
        }
        return withASCIITokens(bytes, body)
    }

    /// The byte path: tokens of ASCII text made into stack memory.
    private func withASCIITokens<R>(_ ascii: UnsafeBufferPointer<UInt8>,
                                    _ body: (UnsafeBufferPointer<PolarityToken>, PolarityTokens) -> R) -> R {
        // Tokens are separated, so there are at most half as many as bytes (rounded up).
        withUnsafeTemporaryAllocation(of: PolarityToken.self, capacity: ascii.count / 2 + 1) { out in
            let info = tokenizeASCII(ascii, into: out)
            defer { out.baseAddress!.deinitialize(count: info.count) }
            return body(UnsafeBufferPointer(rebasing: out[0..<info.count]), info)
        }
    }

    /// News text is mostly ASCII plus curly quotes, dashes and no-break
    /// spaces. When those are its only other characters, they are replaced by
    /// the ASCII characters the news rules treat them as (a curly quote is a
    /// straight one: stripped at a word's ends, an apostrophe inside it; a
    /// dash or no-break space separates words) and the byte path runs on the
    /// result; nil sends the text to the general path.
    private func withTypographyFolded<R>(_ bytes: UnsafeBufferPointer<UInt8>,
                                         _ body: (UnsafeBufferPointer<PolarityToken>, PolarityTokens) -> R) -> R? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded -> R? in
            var n = 0
            var i = 0
            let count = bytes.count
            while i < count {
                let b = bytes[i]
                if b < 0x80 {
                    folded[n] = b
                    n += 1
                    i += 1
                    continue
                }
                if b == 0xC2 && i + 1 < count && bytes[i + 1] == 0xA0 {
                    folded[n] = 0x20
                    n += 1
                    i += 2
                    continue
                }
                guard b == 0xE2 && i + 2 < count && bytes[i + 1] == 0x80 else { return nil }
                switch bytes[i + 2] {
                case 0x98, 0x99: folded[n] = UInt8(ascii: "'")   // ‘ ’
                case 0x9C, 0x9D: folded[n] = UInt8(ascii: "\"")  // “ ”
                case 0x93, 0x94, 0x95: folded[n] = 0x20          // – — ―
                default: return nil
                }
                n += 1
                i += 3
            }
            return withASCIITokens(UnsafeBufferPointer(rebasing: folded[0..<n]), body)
        }
    }

    /// Byte classes for the ASCII path: Python whitespace, `string.punctuation`, A-Z, a-z.
    private static let byteClass: [UInt8] = (0..<256).map { v -> UInt8 in
        var c: UInt8 = 0
        if v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x1F) { c |= spaceBit }
        if (v >= 0x21 && v <= 0x2F) || (v >= 0x3A && v <= 0x40) || (v >= 0x5B && v <= 0x60) || (v >= 0x7B && v <= 0x7E) { c |= punctBit }
        if v >= 0x41 && v <= 0x5A { c |= upperBit }
        if v >= 0x61 && v <= 0x7A { c |= lowerBit }
        return c
    }
    private static let spaceBit: UInt8 = 1
    private static let punctBit: UInt8 = 2
    private static let upperBit: UInt8 = 4
    private static let lowerBit: UInt8 = 8

    private func tokenizeASCII(_ s: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<PolarityToken>) -> PolarityTokens {
        Self.byteClass.withUnsafeBufferPointer { cls in
            tokenizeASCII(s, cls, into: out)
        }
    }

    private func tokenizeASCII(_ s: UnsafeBufferPointer<UInt8>, _ cls: UnsafeBufferPointer<UInt8>,
                               into out: UnsafeMutableBufferPointer<PolarityToken>) -> PolarityTokens {
        let n = s.count
        @inline(__always) func separates(_ i: Int) -> Bool {
            let b = s[i]
            if cls[Int(b)] & Self.spaceBit != 0 { return true }
            // News: "--" is a dash between words.
            return news && b == 0x2D && ((i + 1 < n && s[i + 1] == 0x2D) || (i > 0 && s[i - 1] == 0x2D))
        }
        var exclamations = 0
        var questions = 0
        var count = 0
        var phraseWords: [String] = []
        // Lower-cased token bytes; on the stack for sentence-sized texts.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { scratch in
        var i = 0
        while i < n {
            while i < n && separates(i) { i += 1 }
            if i >= n { break }
            let start = i
            while i < n && !separates(i) {
                let b = s[i]
                if b == 0x21 { exclamations += 1 } else if b == 0x3F { questions += 1 }
                i += 1
            }
            var a = start
            var b = i
            while a < b && cls[Int(s[a])] & Self.punctBit != 0 { a += 1 }
            while b > a && cls[Int(s[b - 1])] & Self.punctBit != 0 { b -= 1 }
            if b - a <= 2 {
                a = start
                b = i
            }
            // One pass: lower-case into scratch, hash, note case and "n't".
            var seen: UInt8 = 0
            var lowerAfterFirst = false
            var hasNT = false
            var h = WordTable.seed
            var key = WordTable.Key()
            for k in a..<b {
                let c = s[k]
                let kind = cls[Int(c)]
                seen |= kind
                let l = kind & Self.upperBit != 0 ? c | 0x20 : c
                if kind & Self.lowerBit != 0 && k > a { lowerAfterFirst = true }
                if c == 0x27 && k > a && k + 1 < b && scratch[k - a - 1] == 0x6E && (s[k + 1] | 0x20) == 0x74 { hasNT = true }
                scratch[k - a] = l
                h = WordTable.mix(h, l)
                key.append(l)
            }
            let word = UnsafeBufferPointer(rebasing: scratch[0..<(b - a)])
            let packed = table.find(key, hash: h, bytes: word) ?? .unknown
            let upper = seen & Self.upperBit != 0
            let lower = seen & Self.lowerBit != 0
            var token = PolarityToken(word: packed, hasNT: hasNT, isUpper: upper && !lower)
            if packed.inPhrase {
                token.phrase = Int32(phraseWords.count)
                phraseWords.append(String(decoding: word, as: UTF8.self))
            }
            if news {
                let first = s[a]
                token.isTitle = b - a > 1 && cls[Int(first)] & Self.upperBit != 0 && lowerAfterFirst
                token.hasLetter = upper || lower
                let last = s[i - 1]
                token.endsSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B || last == 0x22 || last == 0x27
                token.endsWithComma = last == 0x2C
            }
            (out.baseAddress! + count).initialize(to: token)
            count += 1
        }
        return PolarityTokens(count: count, phraseWords: phraseWords, exclamations: exclamations, questions: questions)
        }
    }

    func tokenizeScalars(_ text: String) -> ([PolarityToken], PolarityTokens) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count + 8)
        var exclamations = 0
        var questions = 0
        var previousWasSpace = true
        for c in text.unicodeScalars {
            if c.value >= 0x80, let name = emoji[c] {
                if !previousWasSpace { scalars.append(" ") }
                scalars.append(contentsOf: name.unicodeScalars)
                previousWasSpace = false
                continue
            }
            if c == "!" { exclamations += 1 } else if c == "?" { questions += 1 }
            scalars.append(c)
            previousWasSpace = c == " "
        }

        var tokens: [PolarityToken] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var phraseWords: [String] = []
        let n = scalars.count
        var i = 0
        while i < n {
            while i < n && isSeparator(scalars, i) { i += 1 }
            if i >= n { break }
            let start = i
            while i < n && !isSeparator(scalars, i) { i += 1 }
            var a = start
            var b = i
            while a < b && strips(scalars[a]) { a += 1 }
            while b > a && strips(scalars[b - 1]) { b -= 1 }
            if b - a <= 2 {
                a = start
                b = i
            }
            let slice = scalars[a..<b]
            let lower = PythonText.lower(news ? straightenApostrophes(slice) : slice)
            var token = PolarityToken(word: table.find(lower) ?? .unknown, hasNT: PolarityScorer.containsNT(lower),
                                      isUpper: PythonText.isUpper(slice))
            if token.word.inPhrase {
                token.phrase = Int32(phraseWords.count)
                phraseWords.append(lower)
            }
            if news {
                token.isTitle = Self.isTitle(slice)
                token.hasLetter = slice.contains { Self.isLetter($0) }
                let last = scalars[i - 1]
                token.endsSentence = Self.sentenceEnds.contains(last)
                token.endsWithComma = last == ","
            }
            tokens.append(token)
        }
        return (tokens, PolarityTokens(count: tokens.count, phraseWords: phraseWords, exclamations: exclamations, questions: questions))
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "\"", "'", "\u{201D}", "\u{2019}"]

    /// Capitalised, not all capitals: an upper-case first letter and a lower-case letter after it.
    private static func isTitle(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
        guard slice.count > 1, let first = slice.first, isUppercase(first) else { return false }
        return slice.dropFirst().contains { isLowercase($0) }
    }

    // Unicode property look-ups cost about a hundred instructions each; most
    // words in a sentence that holds one accented name are plain ASCII.
    @inline(__always)
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return ScalarClasses.isAlphabetic(c)
    }

    @inline(__always)
    private static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return ScalarClasses.isUppercase(c)
    }

    @inline(__always)
    private static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return ScalarClasses.isLowercase(c)
    }

    @inline(__always)
    private func isSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let c = s[i]
        if PythonText.isSpace(c) { return true }
        guard news else { return false }
        switch c.value {
        case 0x2013, 0x2014, 0x2015: return true
        case 0x2D:  // "--" used as a dash
            return (i + 1 < s.count && s[i + 1] == "-") || (i > 0 && s[i - 1] == "-")
        default: return false
        }
    }

    @inline(__always)
    private func strips(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return PythonText.isASCIIPunctuation(c) }
        guard news else { return false }
        switch ScalarClasses.generalCategory(c) {
        case .initialPunctuation, .finalPunctuation, .openPunctuation, .closePunctuation, .otherPunctuation, .dashPunctuation:
            return true
        default:
            return false
        }
    }

    private func straightenApostrophes(_ slice: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard slice.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return slice }
        return ArraySlice(slice.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
    }
}
