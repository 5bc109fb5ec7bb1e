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

    @Test func listLinesStayApartInsideAParagraph() throws {
        let text = "Intro paragraph.\n\nTour dates:\nJune 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\nSept. 18 – Los Angeles, CA @ The Forum\n• a bullet item\n\nThe deal was signed on\nJune 9 by the president."
        let doc = try clean(field: "text", text)
        #expect(try paragraphs(doc) == ["Intro paragraph.", "Tour dates:", "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
                                        "Sept. 18 – Los Angeles, CA @ The Forum", "• a bullet item", "The deal was signed on June 9 by the president."])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() throws {
        let doc = try clean(field: "text", "\nOne.\nTwo  words.\nThree.\n\n")
        #expect(try paragraphs(doc) == ["One.", "Two words.", "Three."])
    }
}
