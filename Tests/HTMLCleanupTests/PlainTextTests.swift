import Testing
import TextPipe
@testable import HTMLCleanup

@Suite("plain text")
struct PlainTextTests {
    @Test func blankLinesSeparateParagraphs() throws {
        let text = "  First line\nwraps here.\n\n\nSecond\u{00A0}paragraph\tends.\r\n\r\nThird.\n"
        let doc = try clean(field: "text", text)
        #expect(doc.text == "First line wraps here.\nSecond paragraph ends.\nThird.")
        #expect(try sourceSlices(doc, markup: text) == ["First line\nwraps here.", "Second\u{00A0}paragraph\tends.", "Third."])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() throws {
        let doc = try clean(field: "text", "\nOne.\nTwo  words.\nThree.\n\n")
        #expect(try paragraphs(doc) == ["One.", "Two words.", "Three."])
    }
}
