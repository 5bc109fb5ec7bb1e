import TextPipe

/// Finds sentence boundaries inside paragraphs.
///
/// A boundary can only fall after a run of terminal punctuation followed by
/// space (or after a full-width terminal, which needs none). Whether it does is
/// decided from the word before the run (abbreviation, initial, number), the
/// marks after it (closing quotes and brackets stay with the sentence), and the
/// word after it (case, digits, sentence openers, speech verbs). Line breaks
/// always end a sentence; list items start one.
struct SentenceSplitter: Sendable {
    let rules: SegmentationRules
    // The character classes, copied out of `rules` so that the hot loops do
    // not copy the whole rules value in unoptimised builds.
    let marks: Marks

    init(rules: SegmentationRules) {
        self.rules = rules
        marks = Marks(rules)
    }

    /// Appends the sentences of `s[start..<end]`, which must not cross a paragraph.
    func split(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, into out: inout [Span]) {
        var lineStart = start
        // Whether the line may hold list markers ("1)", "2.", "b.", "•"); most
        // lines cannot, and skip the search for them.
        var maybeList = false
        let bullets = marks.bullets
        var i = start
        while i < end {
            let c = s[i]
            if c < 0x80 {
                if c == 0x29 {
                    maybeList = true
                } else if c == Scalars.period && i > lineStart {
                    let b = s[i - 1]
                    if Scalars.isASCIIDigit(b) || (b &- 0x61 < 26 && (i - 1 == lineStart || Scalars.isSpace(s[i - 2]))) {
                        maybeList = true
                    }
                } else if c < 0x0E && Scalars.isLineBreak(c) {
                    splitLine(s, lineStart, i, maybeList: maybeList, into: &out)
                    lineStart = i + 1
                    maybeList = false
                }
            } else if Scalars.isLineBreak(c) {
                splitLine(s, lineStart, i, maybeList: maybeList, into: &out)
                lineStart = i + 1
                maybeList = false
            } else if bullets.contains(c) {
                maybeList = true
            }
            i += 1
        }
        splitLine(s, lineStart, end, maybeList: maybeList, into: &out)
    }

    private func splitLine(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, maybeList: Bool, into out: inout [Span]) {
        var lo = a
        var hi = b
        while lo < hi && Scalars.isSpace(s[lo]) { lo += 1 }
        while hi > lo && Scalars.isSpace(s[hi - 1]) { hi -= 1 }
        guard lo < hi else { return }
        let markers = maybeList || ListMarkers.mayStartWithMarker(s, lo, hi, marks: marks)
            ? ListMarkers.find(s, lo, hi, marks: marks, rules: rules) : ListMarkers()
        var segmentStart = lo
        for p in markers.splits where p > segmentStart {
            splitSegment(s, segmentStart, p, markers, into: &out)
            segmentStart = p
        }
        splitSegment(s, segmentStart, hi, markers, into: &out)
    }

    private func splitSegment(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, _ markers: ListMarkers,
                              into out: inout [Span]) {
        var sentenceStart = lo
        let terminals = marks.terminals
        let unspacedTerminals = marks.unspacedTerminals
        var i = lo
        while i < hi {
            let c = s[i]
            let isUnspaced = c >= 0x80 && unspacedTerminals.contains(c)
            guard isUnspaced || terminals.contains(c) else {
                i += 1
                continue
            }
            let run = TerminalRun.scan(s, i, hi, marks: marks)
            let e = run.end
            if run.unspaced {
                var n = e
                while n < hi && Scalars.isSpace(s[n]) { n += 1 }
                if n < hi {
                    emit(s, sentenceStart, e, into: &out)
                    sentenceStart = n
                }
                i = n
                continue
            }
            guard e < hi, Scalars.isSpace(s[e]) else {
                i = e
                continue
            }
            var n = e
            while n < hi && Scalars.isSpace(s[n]) { n += 1 }
            guard n < hi else { break }
            if run.start > sentenceStart && isBoundary(s, run, next: n, sentenceStart: sentenceStart, hi: hi, markers: markers) {
                emit(s, sentenceStart, e, into: &out)
                sentenceStart = n
            }
            i = n
        }
        emit(s, sentenceStart, hi, into: &out)
    }

    @inline(__always)
    private func emit(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, into out: inout [Span]) {
        var lo = a
        var hi = b
        while lo < hi && Scalars.isSpace(s[lo]) { lo += 1 }
        while hi > lo && Scalars.isSpace(s[hi - 1]) { hi -= 1 }
        if lo < hi { out.append(Span(start: lo, end: hi)) }
    }

    // MARK: - Deciding one candidate

    private func isBoundary(_ s: UnsafeBufferPointer<UInt32>, _ run: TerminalRun, next n: Int, sentenceStart lo: Int,
                            hi: Int, markers: ListMarkers) -> Bool {
        // What follows: opening marks, then the first character of the next word.
        var q = n
        var quoteOpened = false
        while q < hi && q - n < 4 && marks.openingMarks.contains(s[q]) {
            if marks.quoteMarks.contains(s[q]) { quoteOpened = true }
            q += 1
        }
        let first: UInt32 = q < hi ? s[q] : 0
        let directLower = Scalars.isLower(s[n])

        if run.strong {
            // "Why now?" she asked. / Yahoo! was founded ...
            if directLower { return false }
            // "Why now?" Austin asked.
            if run.closedByQuote && Scalars.isUpper(s[n]) && isAttribution(s, n, hi) { return false }
            return true
        }
        if run.ellipsis {
            guard Scalars.isUpper(first) else { return false }
            // An omission mark: "[...]", "(...)"
            if run.start > lo && marks.openingMarks.contains(s[run.start - 1]) { return false }
            if q == n && rules.notAfterEllipsis.contains(s, n, wordEnd(s, n, hi)) { return false }
            return true
        }

        // A single period. "This is great." she said. / (He left.) at noon
        if run.closed && directLower { return false }
        if markers.isMarkerPeriod(run.start) { return false }

        let (w, wEnd, clean) = wordBefore(s, run.start, lo: lo)
        guard clean, wEnd > w else { return true }
        if let kind = abbreviationKind(s, w, wEnd) {
            switch kind {
            case .title, .inner:
                return false
            case .number:
                return !(Scalars.isDigit(first) || directLower)
            case .mayEnd:
                return hasWords(s, lo, w) && mayEndBoundary(s, n, q, hi, first: first, quoteOpened: quoteOpened)
            case .oftenEnds:
                guard hasWords(s, lo, w), !Scalars.isDigit(first), !directLower else { return false }
                return !(q == n && rules.continuations.contains(s, n, wordEnd(s, n, hi)))
            }
        }
        if isDottedAbbreviation(s, w, wEnd) {
            return hasWords(s, lo, w) && mayEndBoundary(s, n, q, hi, first: first, quoteOpened: quoteOpened)
        }
        // A word of one or two letters before a lower-case word is an
        // abbreviation ("ID. models", "ст. л.") more often than a sentence end.
        if directLower && wEnd - w <= 2 && Scalars.isLetter(s[w]) && Scalars.isLetter(s[wEnd - 1]) { return false }
        if wEnd - w == 1 && Scalars.isUpper(s[w]) {
            // An initial (George W. Bush) unless a clear opener follows (Plan B. The ...).
            return q == n && isSentenceStarter(s, n, hi)
        }
        if isVowellessAbbreviation(s, w, wEnd) {
            return hasWords(s, lo, w) && mayEndBoundary(s, n, q, hi, first: first, quoteOpened: quoteOpened)
        }
        return true
    }

    /// Whether at least three words precede `end` in the sentence: an
    /// abbreviation that could end a sentence ends none as short as "At 5 a.m.".
    private func hasWords(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        // Counted backwards and at most 64 characters back, so that a long
        // sentence full of abbreviations stays linear.
        if end - start > 64 { return true }
        var words = 0
        var inWord = false
        var k = end
        while k > start {
            k -= 1
            if Scalars.isSpace(s[k]) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= 3 { return true }
            }
        }
        return false
    }

    /// After "U.S.", "Inc.", "etc.": a boundary only before a typical sentence
    /// opener or a new quotation.
    private func mayEndBoundary(_ s: UnsafeBufferPointer<UInt32>, _ n: Int, _ q: Int, _ hi: Int, first: UInt32,
                                quoteOpened: Bool) -> Bool {
        if quoteOpened && Scalars.isUpper(first) { return true }
        return q == n && isSentenceStarter(s, n, hi)
    }

    /// The word ending at the period at `period`, without opening marks; `clean`
    /// is false when closing marks sit between it and the period or it is too
    /// long to be an abbreviation.
    private func wordBefore(_ s: UnsafeBufferPointer<UInt32>, _ period: Int, lo: Int) -> (Int, Int, Bool) {
        var w = period
        while w > lo && !Scalars.isSpace(s[w - 1]) {
            if period - w >= 64 { return (w, period, false) }
            w -= 1
        }
        while w < period && marks.openingMarks.contains(s[w]) { w += 1 }
        if w < period && marks.closingMarks.contains(s[period - 1]) { return (w, period, false) }
        return (w, period, true)
    }

    private func abbreviationKind(_ s: UnsafeBufferPointer<UInt32>, _ w: Int, _ end: Int) -> AbbreviationKind? {
        if let kind = rules.abbreviations.lookup(s, w, end) { return kind }
        // ex-Gov. / then-Sen.
        var k = end - 1
        while k > w {
            if s[k] == Scalars.hyphen {
                guard let kind = rules.abbreviations.lookup(s, k + 1, end) else { return nil }
                // A party and state tag (D-N.Y., R-Calif.) closes a clause.
                if k == w + 1 && Scalars.isUpper(s[w]) && kind == .mayEnd { return .oftenEnds }
                return kind
            }
            k -= 1
        }
        return nil
    }

    /// Letters in groups of one or two joined by periods: U.S, Ph.D, a.m, N.Y.
    private func isDottedAbbreviation(_ s: UnsafeBufferPointer<UInt32>, _ w: Int, _ end: Int) -> Bool {
        var groups = 0
        var length = 0
        var k = w
        while k < end {
            let c = s[k]
            if c == Scalars.period {
                if length == 0 { return false }
                groups += 1
                length = 0
            } else if Scalars.isLetter(c) {
                length += 1
                if length > 2 { return false }
            } else {
                return false
            }
            k += 1
        }
        return length > 0 && groups >= 1
    }

    /// Short mixed-case words without vowels (Blvd, Hwy, Bldg) are abbreviations;
    /// all-capital ones are acronyms (CNN) that end sentences like words.
    private func isVowellessAbbreviation(_ s: UnsafeBufferPointer<UInt32>, _ w: Int, _ end: Int) -> Bool {
        let length = end - w
        guard length >= 2 && length <= 5 else { return false }
        var hasLower = false
        for k in w..<end {
            let c = s[k]
            guard c < 0x80, Scalars.isLetter(c) else { return false }
            switch c | 0x20 {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return false  // a e i o u y
            default: break
            }
            if Scalars.isLower(c) { hasLower = true }
        }
        return hasLower
    }

    private func wordEnd(_ s: UnsafeBufferPointer<UInt32>, _ n: Int, _ hi: Int) -> Int {
        var r = n
        while r < hi && Scalars.isLetter(s[r]) { r += 1 }
        return r
    }

    /// A capitalised word that typically opens a sentence ("The", "But"), not an initial.
    private func isSentenceStarter(_ s: UnsafeBufferPointer<UInt32>, _ n: Int, _ hi: Int) -> Bool {
        guard Scalars.isUpper(s[n]) else { return false }
        let r = wordEnd(s, n, hi)
        if r - n == 1 && r < hi && s[r] == Scalars.period { return false }
        return rules.sentenceStarters.contains(s, n, r)
    }

    /// Whether the words from `n` read as the attribution of a quotation that
    /// just closed: a few capitalised words then a speech verb (Austin asked,
    /// The official said, Mr. Kim added), not a new sentence ("He said nothing").
    private func isAttribution(_ s: UnsafeBufferPointer<UInt32>, _ n: Int, _ hi: Int) -> Bool {
        var p = n
        var words = 0
        while p < hi && words < 5 {
            var r = p
            while r < hi && !Scalars.isSpace(s[r]) { r += 1 }
            var we = r
            while we > p && isTrailingPunctuation(s[we - 1]) { we -= 1 }
            guard we > p else { return false }
            if words == 0 {
                if rules.subjectPronouns.contains(s, p, we) { return false }
            } else if Scalars.isLower(s[p]) && rules.speechVerbs.contains(s, p, we) {
                return true
            }
            if we < r {
                // Only a title's period may sit inside the attribution.
                guard s[we] == Scalars.period, r - we == 1, rules.abbreviations.lookup(s, p, we) == .title else {
                    return false
                }
            }
            words += 1
            p = r
            while p < hi && Scalars.isSpace(s[p]) { p += 1 }
        }
        return false
    }

    private func isTrailingPunctuation(_ c: UInt32) -> Bool {
        switch c {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: return true
        default: return marks.closingMarks.contains(c)
        }
    }
}
