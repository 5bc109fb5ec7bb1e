/// Plain text through the same normalisation as markup: paragraphs are
/// separated by blank lines (lines inside a paragraph are joined with a
/// space), or, in a text without any blank line, each line is a paragraph.
/// Source offsets are byte ranges in the UTF-8 text.
enum PlainTextCleaner {
    static func clean(_ text: String) -> [Block] {
        var s = text
        return s.withUTF8 { bytes in
            // Line ranges, without their line ends.
            var lines: [(start: Int, end: Int, blank: Bool)] = []
            var start = 0
            var blank = true
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    lines.append((start, i, blank))
                    if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                    blank = true
                } else if b > 0x20 {
                    blank = false
                }
                i += 1
            }
            lines.append((start, bytes.count, blank))
            // Lines holding only whitespace or invisible characters count as blank too.
            for k in lines.indices where !lines[k].blank {
                var probe = TextNormalizer()
                if !probe.append(UnsafeBufferPointer(rebasing: bytes[lines[k].start..<lines[k].end])) { lines[k].blank = true }
            }
            // Without a blank line between two lines of text, each line is a paragraph.
            let firstText = lines.firstIndex { !$0.blank } ?? 0
            let lastText = lines.lastIndex { !$0.blank } ?? 0
            let paragraphPerLine = firstText >= lastText || !lines[firstText...lastText].contains { $0.blank }
            var blocks: [Block] = []
            var line = TextNormalizer()
            var pStart = -1
            var pEnd = -1
            func flush() {
                guard !line.isEmpty else { return }
                let t = line.finish()
                blocks.append(Block(text: t, sourceStart: pStart, sourceEnd: pEnd, tag: .p, node: -1,
                                    chars: t.unicodeScalars.count, linkChars: 0))
                line.reset()
                pStart = -1
            }
            for l in lines {
                if l.blank {
                    flush()
                    continue
                }
                line.appendSpace()
                line.append(UnsafeBufferPointer(rebasing: bytes[l.start..<l.end]))
                var a = l.start
                var e = l.end
                while a < e && bytes[a] <= 0x20 { a += 1 }
                while e > a && bytes[e - 1] <= 0x20 { e -= 1 }
                if pStart < 0 { pStart = a }
                pEnd = e
                if paragraphPerLine { flush() }
            }
            flush()
            return blocks
        }
    }
}
