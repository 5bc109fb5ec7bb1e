import TextPipe

/// Paragraphs from line breaks, for texts that arrive without them: each
/// non-blank line, trimmed of surrounding space.
enum ParagraphSplitter {
    static func paragraphs(_ s: UnsafeBufferPointer<UInt32>) -> [Span] {
        var result: [Span] = []
        var lineStart = 0
        for i in 0...s.count {
            guard i == s.count || Scalars.isLineBreak(s[i]) else { continue }
            var lo = lineStart
            var hi = i
            while lo < hi && Scalars.isSpace(s[lo]) { lo += 1 }
            while hi > lo && Scalars.isSpace(s[hi - 1]) { hi -= 1 }
            if lo < hi { result.append(Span(start: lo, end: hi)) }
            lineStart = i + 1
        }
        return result
    }
}
