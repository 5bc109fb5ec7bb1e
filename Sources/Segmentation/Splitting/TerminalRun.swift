/// A run of terminal punctuation with the closing marks that belong to it:
/// `?”`, `.)`, `...`, `. . .`, `!"'`.
struct TerminalRun {
    /// The first terminal.
    var start: Int
    /// Just past the last terminal or closing mark.
    var end: Int
    /// Holds `?` or `!` (or another non-period terminal).
    var strong = false
    /// Holds an ellipsis: `…`, two or more periods, or spaced periods.
    var ellipsis = false
    /// Holds a full-width terminal, which ends a sentence without a space after it.
    var unspaced = false
    /// A quotation mark closed after the terminal.
    var closedByQuote = false
    /// A quotation mark or bracket closed after the terminal.
    var closed = false

    @inline(__always)
    static func scan(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ hi: Int, marks: Marks) -> TerminalRun {
        var run = TerminalRun(start: i, end: i)
        if s[i] == Scalars.period && i > 0 && !Scalars.isSpace(s[i - 1]) && spacedEllipsisLeadsOn(s, i + 1, hi, marks: marks) {
            // "compounds. . . . The practice": the period ends the sentence; the
            // spaced ellipsis opens the next one.
            run.end = i + 1
            return run
        }
        var periods = 0
        var j = i
        while j < hi {
            let d = s[j]
            if d == Scalars.period {
                periods += 1
                j += 1
            } else if d == Scalars.ellipsis {
                run.ellipsis = true
                j += 1
            } else if d == Scalars.space && periods > 0 && !run.strong && j + 1 < hi && s[j + 1] == Scalars.period
                        && (j + 2 == hi || s[j + 2] == Scalars.space || s[j + 2] == Scalars.period
                            || marks.closingMarks.contains(s[j + 2])) {
                // ". . ." spaced ellipsis
                periods += 2
                j += 2
            } else if d >= 0x80 && marks.unspacedTerminals.contains(d) {
                run.unspaced = true
                j += 1
            } else if marks.terminals.contains(d) {
                run.strong = true
                j += 1
            } else if marks.closingMarks.contains(d) {
                if marks.quoteMarks.contains(d) { run.closedByQuote = true }
                run.closed = true
                j += 1
            } else {
                break
            }
        }
        if periods >= 2 { run.ellipsis = true }
        run.end = j
        return run
    }

    /// Whether `s[j...]` is " . . ." followed, after closing marks, by more text
    /// in the line.
    private static func spacedEllipsisLeadsOn(_ s: UnsafeBufferPointer<UInt32>, _ j: Int, _ hi: Int,
                                              marks: Marks) -> Bool {
        var k = j
        var dots = 0
        while k + 1 < hi && s[k] == Scalars.space && s[k + 1] == Scalars.period {
            dots += 1
            k += 2
        }
        guard dots >= 3 else { return false }
        while k < hi && marks.closingMarks.contains(s[k]) { k += 1 }
        while k < hi && Scalars.isSpace(s[k]) { k += 1 }
        return k < hi
    }
}
