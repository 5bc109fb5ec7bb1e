/// Finds quotations paragraph by paragraph: pairs opening and closing marks,
/// follows the newspaper convention for quotes over several paragraphs (each
/// re-opens, only the last closes), repairs a missing closing mark instead of
/// failing, and finds single-quoted quotations nested inside double ones or
/// used as the primary marks.
struct QuoteFinder {
    let scalars: [Unicode.Scalar]
    let paragraphs: [Range<Int>]

    func find() -> [QuotedSpan] {
        var result: [QuotedSpan] = []
        var carried: (start: Int, parts: [Range<Int>])? = nil
        for (pi, paragraph) in paragraphs.enumerated() {
            // A mark two scalars wide ('' or “”) hides any mark found inside it (three apostrophes in a row).
            var marks: [QuoteMark] = []
            for i in paragraph {
                guard let m = QuoteMark.at(i, in: scalars) else { continue }
                if let last = marks.last, m.offset < last.offset + last.width { continue }
                marks.append(m)
            }
            let doubles = marks.filter { $0.family == .double }
            var open: QuoteMark? = nil
            var found: [QuotedSpan] = []
            var index = 0
            if let c = carried {
                // A quote carried over from the previous paragraph continues here if
                // this paragraph starts with an opening mark.
                if let first = doubles.first, first.role != .closing, isParagraphStart(first.offset, paragraph) {
                    open = first
                    index = 1
                    carried = (c.start, c.parts)
                } else {
                    carried = nil
                }
            }
            while index < doubles.count {
                let mark = doubles[index]
                index += 1
                let opens = mark.role == .opening || (mark.role == .either && open == nil)
                if opens {
                    if let o = open {
                        // Two openings in a row: the first was never closed.
                        if let span = makeSpan(from: o, to: mark.offset, closedBy: nil, carried: &carried) {
                            var s = span
                            s.repaired = true
                            found.append(s)
                        }
                    }
                    open = mark
                } else if let o = open {
                    if let span = makeSpan(from: o, to: mark.offset, closedBy: mark, carried: &carried) { found.append(span) }
                    open = nil
                } else if found.isEmpty, carried == nil, mark.offset - paragraph.lowerBound > 1 {
                    // A closing mark with no opening one at the start of a paragraph:
                    // the opening mark was lost, the quote starts with the paragraph.
                    let content = trim(paragraph.lowerBound..<mark.offset)
                    if content.count > 0, wordCount(content) >= 4 {
                        found.append(QuotedSpan(parts: [content], outer: paragraph.lowerBound..<(mark.offset + mark.width),
                                                family: .double, repaired: true))
                    }
                }
            }
            if let o = open {
                let next = pi + 1 < paragraphs.count ? paragraphs[pi + 1] : nil
                let content = trim((o.offset + o.width)..<paragraph.upperBound)
                let continues = next.map { n in
                    n.contains { QuoteMark.at($0, in: scalars)?.family == .double }
                        && QuoteMark.at(firstNonSpace(n), in: scalars).map { $0.role != .closing && $0.family == .double } == true
                } ?? false
                if continues && !content.isEmpty {
                    let start = carried?.start ?? o.offset
                    carried = (start, (carried?.parts ?? []) + [content])
                } else {
                    if let span = makeSpan(from: o, to: paragraph.upperBound, closedBy: nil, carried: &carried) {
                        var s = span
                        s.repaired = true
                        found.append(s)
                    }
                    carried = nil
                }
            }
            result += found
            result += singleQuoted(in: paragraph, marks: marks, doubles: found)
        }
        return result
    }

    /// Builds the span from an opening mark to `end`, joining any carried parts.
    private func makeSpan(from open: QuoteMark, to end: Int, closedBy close: QuoteMark?,
                          carried: inout (start: Int, parts: [Range<Int>])?) -> QuotedSpan? {
        let content = trim((open.offset + open.width)..<end)
        defer { carried = nil }
        if let c = carried {
            let parts = c.parts + (content.isEmpty ? [] : [content])
            guard !parts.isEmpty else { return nil }
            return QuotedSpan(parts: parts, outer: c.start..<(close.map { $0.offset + $0.width } ?? end), family: .double)
        }
        guard !content.isEmpty else { return nil }
        return QuotedSpan(parts: [content], outer: open.offset..<(close.map { $0.offset + $0.width } ?? end), family: .double)
    }

    /// Single-quoted quotations: nested inside double ones, or on their own in
    /// text that uses single marks as its primary quotes.
    private func singleQuoted(in paragraph: Range<Int>, marks: [QuoteMark], doubles: [QuotedSpan]) -> [QuotedSpan] {
        let singles = marks.filter { $0.family == .single }
        guard singles.contains(where: { $0.role == .opening }) else { return [] }
        var found: [QuotedSpan] = []
        var open: QuoteMark? = nil
        for mark in singles {
            if mark.role == .opening {
                open = mark
            } else if let o = open, mark.role == .closing {
                let content = trim((o.offset + 1)..<mark.offset)
                open = nil
                guard !content.isEmpty else { continue }
                let insideDouble = doubles.contains { $0.content.contains(o.offset) }
                // Outside double quotes, a single-quoted stretch is a quotation
                // only when no double quote already covers it.
                var span = QuotedSpan(parts: [content], outer: o.offset..<(mark.offset + 1), family: .single)
                span.nested = insideDouble
                found.append(span)
            }
        }
        return found
    }

    private func isParagraphStart(_ offset: Int, _ paragraph: Range<Int>) -> Bool {
        firstNonSpace(paragraph) == offset
    }

    private func firstNonSpace(_ r: Range<Int>) -> Int {
        var i = r.lowerBound
        while i < r.upperBound, ScalarClass.isSpace(scalars[i]) { i += 1 }
        return i
    }

    func trim(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, ScalarClass.isSpace(scalars[a]) { a += 1 }
        while b > a, ScalarClass.isSpace(scalars[b - 1]) { b -= 1 }
        return a..<b
    }

    func wordCount(_ r: Range<Int>) -> Int {
        var n = 0
        var inWord = false
        for i in r {
            let w = ScalarClass.isLetter(scalars[i]) || QuoteMark.isDigit(scalars[i])
            if w && !inWord { n += 1 }
            inWord = w
        }
        return n
    }
}
