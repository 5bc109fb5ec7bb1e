import Testing
import TextPipe
@testable import HTMLCleanup

@Suite("paragraphs and offsets")
struct ParagraphTests {
    @Test func blockElementsEndParagraphsInlineElementsDoNot() throws {
        let html = """
        <div>Intro <b>bold</b> and <a href="#">link</a> text</div><p>Second <em>para</em>graph</p>
        <ul><li>first item</li><li>second item</li></ul><h2>A heading</h2><blockquote>Quoted words</blockquote>
        <table><tr><td>cell one</td><td>cell two</td></tr></table>
        """
        let doc = try cleanHTML(html, ["mode": "full"])
        #expect(try paragraphs(doc) == [
            "Intro bold and link text", "Second paragraph", "first item", "second item", "A heading", "Quoted words",
            "cell one", "cell two",
        ])
    }

    @Test func doubleBreakEndsAParagraphSingleBreakDoesNot() throws {
        let doc = try cleanHTML("<div>line one<br>line two<br><br>next paragraph<br/>\n<br/>last</div>", ["mode": "full"])
        #expect(try paragraphs(doc) == ["line one line two", "next paragraph", "last"])
    }

    @Test func spansAreScalarOffsetsIntoText() throws {
        let doc = try cleanHTML("<p>Café “au lait”</p><p>東京 🙂 ok</p>", ["mode": "full"])
        #expect(doc.text == "Café “au lait”\n東京 🙂 ok")
        let spans = try #require(try doc.get(Layer.paragraphs))
        #expect(spans.map { [$0.start, $0.end] } == [[0, 14], [15, 22]])
    }

    @Test func sourceRangesPointBackIntoTheMarkup() throws {
        let html = "<html><body>\n  <p>First <b>bold</b> paragraph.</p>\n  <p>Caf&eacute; — second.</p>\n</body></html>"
        let doc = try cleanHTML(html, ["mode": "full"])
        #expect(try sourceSlices(doc, markup: html) == ["First <b>bold</b> paragraph.", "Caf&eacute; — second."])
        let spans = try #require(try doc.get(Layer.paragraphs))
        #expect(spans[0].extra["source_start"] == JSONValue(18))
        #expect(spans[0].extra["source_end"] == JSONValue(46))
    }

    @Test func sourceRangesAreUTF8ByteOffsets() throws {
        let html = "<p>Ünï</p><p>東京</p>"
        let doc = try cleanHTML(html, ["mode": "full"])
        let spans = try #require(try doc.get(Layer.paragraphs))
        #expect(spans.map { [$0.extra["source_start"]!.intValue!, $0.extra["source_end"]!.intValue!] } == [[3, 8], [15, 21]])
        #expect(try sourceSlices(doc, markup: html) == ["Ünï", "東京"])
    }

    @Test func markupFieldIsRemovedUnlessKept() throws {
        let dropped = try cleanHTML("<p>Hello</p>")
        #expect(dropped[field: "html"] == nil)
        let kept = try cleanHTML("<p>Hello</p>", ["keep_markup": true])
        #expect(kept[field: "html"] == .string("<p>Hello</p>"))
    }

    @Test func otherFieldsAndGivenMetadataSurvive() throws {
        let stage = try HTMLCleanupStage(options: StageOptions.defaults(for: HTMLCleanupStage.description))
        var document = Document(id: "x")
        document[field: "html"] = "<html><head><title>From page</title></head><body><p>Body text here.</p></body></html>"
        document[field: "meta"] = ["title": "Given title", "custom": 1]
        document[field: "my_field"] = [1, 2]
        try stage.process(&document, context: StageContext(stageID: "html-cleanup"))
        let meta = try #require(try document.get(Layer.meta))
        #expect(meta.title == "Given title")
        #expect(meta.extra["custom"] == JSONValue(1))
        #expect(document[field: "my_field"] == [1, 2])
    }
}
