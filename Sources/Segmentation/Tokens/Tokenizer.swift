import TextPipe

/// Splits a sentence into word, number and punctuation tokens.
///
/// URLs, e-mail addresses, hashtags and mentions stay whole; numbers keep
/// their decimal points, thousands separators and clock colons (3.5, 11,000,
/// 5:30); hyphenated words stay whole (Kyiv-based); a known abbreviation keeps
/// its period (U.S., Gen.); clitics from the rules split off (Korea + ’s,
/// do + n't).
struct Tokenizer: Sendable {
    let rules: SegmentationRules
    /// Copied out of `rules` for the inner loop (see `Marks`).
    let apostrophes: ScalarSet

    init(rules: SegmentationRules) {
        self.rules = rules
        apostrophes = rules.apostrophes
    }

    func tokenize(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, into out: inout [Span]) {
        var i = lo
        while i < hi {
            let c = s[i]
            if Scalars.isSpace(c) {
                i += 1
                continue
            }
            if c >= 0x300 && Scalars.isJoiner(c), let last = out.last, last.end == i, last.start >= lo {
                out[out.count - 1].end = i + 1
                i += 1
                continue
            }
            let previousIsWord = i > lo && Scalars.isWordChar(s[i - 1])
            if !previousIsWord, let end = urlEnd(s, i, hi) {
                out.append(Span(start: i, end: end))
                i = end
                continue
            }
            if Scalars.isWordChar(c) {
                i = word(s, i, hi, into: &out)
                continue
            }
            if (c == Scalars.hash || c == Scalars.at) && !previousIsWord && i + 1 < hi && Scalars.isWordChar(s[i + 1]) {
                var r = i + 1
                while r < hi && Scalars.isWordChar(s[r]) { r += 1 }
                out.append(Span(start: i, end: r))
                i = r
                continue
            }
            var r = i + 1
            switch c {
            case 0x2E, 0x3F, 0x21:  // "...", "?!", "!!"
                while r < hi && (s[r] == 0x2E || s[r] == 0x3F || s[r] == 0x21) { r += 1 }
            case Scalars.hyphen:  // "--"
                while r < hi && s[r] == Scalars.hyphen { r += 1 }
            default:
                break
            }
            out.append(Span(start: i, end: r))
            i = r
        }
    }

    /// Scans one word from `i`, appends it (split at a clitic if it has one)
    /// and returns where it ended.
    private func word(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ hi: Int, into out: inout [Span]) -> Int {
        var r = i + 1
        var hasPeriod = false
        var hasApostrophe = false
        let apostrophes = self.apostrophes
        while r < hi {
            let d = s[r]
            if Scalars.isWordChar(d) {
                r += 1
                continue
            }
            if d >= 0x300 && Scalars.isJoiner(d) {
                r += 1
                continue
            }
            if d == Scalars.at || d == 0x2B, let end = emailEnd(s, i, hi) {  // @ +
                out.append(Span(start: i, end: end))
                return end
            }
            guard r + 1 < hi, Scalars.isWordChar(s[r + 1]) else { break }
            switch d {
            case Scalars.period:
                hasPeriod = true
            case 0x2C, 0x3A:  // 11,000 and 5:30, between digits only
                guard Scalars.isASCIIDigit(s[r - 1]) && Scalars.isASCIIDigit(s[r + 1]) else { return finish(s, i, r, hasPeriod, hasApostrophe, hi, &out) }
            case Scalars.hyphen, 0x2010, 0x2011:
                break
            case 0x26:  // AT&T
                guard Scalars.isUpper(s[r - 1]) && Scalars.isUpper(s[r + 1]) else { return finish(s, i, r, hasPeriod, hasApostrophe, hi, &out) }
            default:
                guard apostrophes.contains(d) && Scalars.isLetter(s[r + 1]) else {
                    return finish(s, i, r, hasPeriod, hasApostrophe, hi, &out)
                }
                hasApostrophe = true
            }
            r += 2
        }
        return finish(s, i, r, hasPeriod, hasApostrophe, hi, &out)
    }

    private func finish(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ wordEnd: Int, _ hasPeriod: Bool,
                        _ hasApostrophe: Bool, _ hi: Int, _ out: inout [Span]) -> Int {
        var r = wordEnd
        // An abbreviation keeps its period, also before an ellipsis ("a.m....").
        if r < hi && s[r] == Scalars.period {
            var dots = 1
            while r + dots < hi && s[r + dots] == Scalars.period && dots < 4 { dots += 1 }
            if (dots == 1 || dots == 4) && keepsPeriod(s, i, r, hasPeriod) { r += 1 }
        }
        if hasApostrophe, let split = cliticStart(s, i, r) {
            out.append(Span(start: i, end: split))
            out.append(Span(start: split, end: r))
        } else {
            out.append(Span(start: i, end: r))
        }
        return r
    }

    private func keepsPeriod(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int, _ hasPeriod: Bool) -> Bool {
        if end - i == 1 { return Scalars.isUpper(s[i]) }
        if rules.abbreviations.lookup(s, i, end) != nil { return true }
        guard hasPeriod else { return false }
        // Dotted letters: U.S, Ph.D, a.m
        var length = 0
        for k in i..<end {
            if s[k] == Scalars.period {
                length = 0
            } else if Scalars.isLetter(s[k]) {
                length += 1
                if length > 2 { return false }
            } else {
                return false
            }
        }
        return true
    }

    /// Where a clitic from the rules starts at the end of `s[i..<end]`, if one does.
    private func cliticStart(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int) -> Int? {
        for clitic in rules.clitics where clitic.count < end - i {
            let start = end - clitic.count
            var matches = true
            for (k, expected) in clitic.enumerated() {
                var c = s[start + k]
                if apostrophes.contains(c) { c = Scalars.apostrophe } else { c = Scalars.lowercased(c) }
                if c != expected {
                    matches = false
                    break
                }
            }
            if matches { return start }
        }
        return nil
    }

    /// The end of an e-mail address starting at `i`, if one does.
    private func emailEnd(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ hi: Int) -> Int? {
        var k = i
        let limit = min(hi, i + 64)
        while k < limit {
            let c = s[k]
            if c == Scalars.at { break }
            guard Scalars.isWordChar(c) || c == Scalars.period || c == Scalars.hyphen || c == 0x2B || c == 0x25 else { return nil }
            k += 1
        }
        guard k < hi, s[k] == Scalars.at, k > i else { return nil }
        var r = k + 1
        var dots = 0
        var lastWordEnd = -1
        while r < hi {
            let c = s[r]
            if Scalars.isWordChar(c) {
                r += 1
                lastWordEnd = r
            } else if (c == Scalars.period || c == Scalars.hyphen) && r + 1 < hi && Scalars.isWordChar(s[r + 1]) {
                if c == Scalars.period { dots += 1 }
                r += 1
            } else {
                break
            }
        }
        guard dots > 0, lastWordEnd > k + 1 else { return nil }
        return lastWordEnd
    }

    /// The end of a URL starting at `i` (http://, https://, ftp://, www.), if one does.
    private func urlEnd(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ hi: Int) -> Int? {
        guard i + 4 < hi else { return nil }
        @inline(__always) func lower(_ k: Int) -> UInt32 { s[i + k] | 0x20 }
        var start: Int
        switch s[i] | 0x20 {
        case 0x77:  // www.
            guard lower(1) == 0x77, lower(2) == 0x77, s[i + 3] == Scalars.period else { return nil }
            start = i + 4
        case 0x68:  // http:// https://
            guard lower(1) == 0x74, lower(2) == 0x74, lower(3) == 0x70 else { return nil }
            start = i + 4
            if start < hi && s[start] | 0x20 == 0x73 { start += 1 }
            guard start + 3 <= hi, s[start] == 0x3A, s[start + 1] == 0x2F, s[start + 2] == 0x2F else { return nil }
            start += 3
        case 0x66:  // ftp://
            guard lower(1) == 0x74, lower(2) == 0x70, s[i + 3] == 0x3A, i + 6 <= hi, s[i + 4] == 0x2F, s[i + 5] == 0x2F else { return nil }
            start = i + 6
        default:
            return nil
        }
        guard start < hi, !Scalars.isSpace(s[start]) else { return nil }
        var r = start
        var opens = 0
        var closes = 0
        while r < hi && !Scalars.isSpace(s[r]) {
            let d = s[r]
            if d == 0x3C || d == 0x22 || d == 0x201D || d == 0x201C { break }  // < " ” “
            if d == 0x28 { opens += 1 }
            if d == 0x29 { closes += 1 }
            r += 1
        }
        // Trailing punctuation belongs to the sentence, unless a bracket opened in the URL.
        while r > start {
            switch s[r - 1] {
            case 0x29:
                guard closes > opens else { return r }
                closes -= 1
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2019, 0x5D, 0x7D, 0x3E, 0xBB:
                break
            default:
                return r
            }
            r -= 1
        }
        return nil
    }
}
