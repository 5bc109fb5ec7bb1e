import TextPipe

/// The words whose tone a quote carries. Usually the quote's own text; but a
/// partial quote that opens its sentence (`"The likelihood is pretty high"
/// that these forces will be used in combat, Austin stated`) is the start of
/// a claim the rest of its clause completes, so the clause up to the next
/// comma, semicolon or sentence end is scored with it. Mid-sentence partial
/// quotes (`Kim called this a "high possibility"`) sit inside the reporter's
/// words and are scored alone.
struct QuoteClause {
    /// Unicode scalar offsets of the sentence starts, ascending.
    let sentenceStarts: [Int]
    let scalars: [Unicode.Scalar]

    init(text: String, sentences: [Span]) {
        sentenceStarts = sentences.map(\.start)
        scalars = Array(text.unicodeScalars)
    }

    func text(of quote: Quote) -> String {
        guard quote.kind == Quote.Kind.partial.rawValue, quote.start >= 0, quote.end <= scalars.count,
              opensSentence(quote.start) else { return quote.text }
        var end = quote.end
        // The span may stop inside its closing mark or after it.
        if end < scalars.count, Self.closingMarks.contains(scalars[end]) { end += 1 }
        while end < scalars.count {
            let c = scalars[end]
            if c == "," || c == ";" || c == "." || c == "!" || c == "?" || c == "\n" { break }
            if Self.openingMarks.contains(c) { break }  // another quote begins
            end += 1
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[quote.start..<end])
        return String(out)
    }

    private static let openingMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "\u{00AB}"]
    // Not U+2019 alone among the openers: it is also the apostrophe of "Russia’s".
    private static let closingMarks: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", "\u{00BB}"]

    /// Whether only spaces and opening marks lie between the start of the
    /// sentence holding `offset` and `offset`.
    private func opensSentence(_ offset: Int) -> Bool {
        var lo = 0
        var hi = sentenceStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentenceStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return false }
        let start = sentenceStarts[lo - 1]
        return scalars[start..<offset].allSatisfy { $0 == " " || $0 == "\t" || Self.openingMarks.contains($0) }
    }
}
