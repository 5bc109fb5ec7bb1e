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
                // A list keeps its lines apart even without blank lines between them:
                // "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL".
                if isListItem(UnsafeBufferPointer(rebasing: bytes[l.start..<l.end])) { flush() }
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

    static let months: [[UInt8]] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map { Array($0.utf8) }
    static let separators: [[UInt8]] = [" -- ", " \u{2013} ", " \u{2014} ", " @ ", " - "].map { Array($0.utf8) }

    /// A bulleted line, or a dated entry with a separator ("June 9 -- …",
    /// "Sept. 18 – Los Angeles, CA @ The Forum"). Wrapped prose that happens
    /// to start a line with a month has no such separator.
    static func isListItem(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count && line[i] <= 0x20 { i += 1 }
        guard i < line.count else { return false }
        // "• item", "* item", "- item"
        if i + 1 < line.count, line[i + 1] == 0x20, line[i] == UInt8(ascii: "*") || line[i] == UInt8(ascii: "-") { return true }
        if i + 3 < line.count, line[i] == 0xE2, line[i + 1] == 0x80, line[i + 2] == 0xA2 { return true }
        // A month, a day number, then a separator in the line.
        guard i + 3 <= line.count else { return false }
        let head = (0..<3).map { line[i + $0] | 0x20 }
        guard months.contains(head), line[i] >= 0x41, line[i] <= 0x5A else { return false }
        var j = i + 3
        while j < line.count && (line[j] | 0x20) >= 0x61 && (line[j] | 0x20) <= 0x7A { j += 1 }
        if j < line.count && line[j] == UInt8(ascii: ".") { j += 1 }
        guard j + 1 < line.count, line[j] == 0x20, line[j + 1] >= 0x30, line[j + 1] <= 0x39 else { return false }
        let bytes = Array(line)
        return separators.contains { sep in
            guard bytes.count >= sep.count else { return false }
            return (0...(bytes.count - sep.count)).contains { k in bytes[k..<(k + sep.count)].elementsEqual(sep) }
        }
    }
}
