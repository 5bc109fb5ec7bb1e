import Testing
import TextPipe

@Suite("Offsets: scalars, UTF-8 and String.Index")
struct TextOffsetsTests {
    // Python: len("naïve 😀 “quote”") == 15; the emoji is one scalar, four UTF-8 bytes.
    let text = "naïve 😀 “quote”"

    @Test("scalar offsets match Python's str indices")
    func pythonIndices() {
        let o = TextOffsets(text)
        #expect(o.scalarCount == 15)
        #expect(o.utf8Count == text.utf8.count)
        #expect(o.substring(6, 7) == "😀")
        #expect(o.substring(8, 15) == "“quote”")
        #expect(o.utf8Offset(ofScalar: 3) == 4, "ï takes two bytes")
        #expect(o.utf8Offset(ofScalar: 7) == 11, "after the four-byte emoji")
    }

    @Test("every offset converts both ways")
    func roundTrip() {
        let o = TextOffsets(text)
        for s in 0...o.scalarCount {
            let u = o.utf8Offset(ofScalar: s)
            #expect(o.scalarOffset(ofUTF8: u) == s)
            #expect(o.scalarOffset(of: o.index(ofScalar: s)) == s)
        }
        // A byte inside a multi-byte scalar belongs to that scalar.
        #expect(o.scalarOffset(ofUTF8: 8) == 6)
    }

    @Test("a range of the string becomes a span")
    func spans() throws {
        let range = try #require(text.range(of: "quote"))
        let span = TextOffsets(text).span(of: range)
        #expect(span == Span(start: 9, end: 14))
    }

    @Test("ASCII text needs no table, and empty text works")
    func asciiAndEmpty() {
        let ascii = TextOffsets("plain")
        #expect(ascii.isASCII)
        #expect(ascii.substring(1, 3) == "la")
        let empty = TextOffsets("")
        #expect(empty.scalarCount == 0)
        #expect(empty.substring(0, 0) == "")
    }

    @Test("combining marks are separate scalars, as in Python")
    func combining() {
        let o = TextOffsets("e\u{301}x")
        #expect(o.scalarCount == 3)
        #expect(o.substring(2, 3) == "x")
        #expect(o.substring(1, 2).unicodeScalars.first == "\u{301}", "a span may start at a combining mark")
    }
}
