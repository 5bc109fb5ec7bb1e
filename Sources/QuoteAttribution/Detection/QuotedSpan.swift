/// A stretch of text between quotation marks, before it is classified and attributed.
struct QuotedSpan: Equatable {
    /// The content without the marks, as parts: one for a plain quote, one per
    /// paragraph for a multi-paragraph quote, two for a split quote.
    var parts: [Range<Int>]
    /// From the opening mark to the closing mark (or the repaired end).
    var outer: Range<Int>
    var family: QuoteMark.Family
    /// The closing mark was missing and the quote was ended at its paragraph's end.
    var repaired = false
    /// Inside another quotation.
    var nested = false
    var multiParagraph: Bool { parts.count > 1 && !isSplit }
    var isSplit = false

    var content: Range<Int> { parts.first!.lowerBound..<parts.last!.upperBound }
}
