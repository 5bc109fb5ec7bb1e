import Testing
import TextPipe
@testable import HTMLCleanup

@Suite("characters and whitespace")
struct TextNormalizationTests {
    @Test func entitiesAreDecoded() throws {
        let doc = try cleanHTML("<p>AT&amp;T &lt;b&gt; caf&eacute; &#8220;quoted&#8221; &#x2014; done</p>", ["mode": "full"])
        #expect(doc.text == "AT&T <b> café “quoted” — done")
    }

    @Test func nonBreakingSpacesBecomeSpaces() throws {
        let doc = try cleanHTML("<p>10&nbsp;km\u{00A0}away&nbsp;&nbsp; now</p>", ["mode": "full"])
        #expect(doc.text == "10 km away now")
    }

    @Test func softHyphensAndZeroWidthCharactersAreRemoved() throws {
        let doc = try cleanHTML("<p>news&shy;paper in\u{200B}visible word\u{2060}joiner \u{FEFF}bom</p>", ["mode": "full"])
        #expect(doc.text == "newspaper invisible wordjoiner bom")
    }

    @Test func quotesDashesAndJoinersAreKept() throws {
        let text = "“Yes,” she said — ‘maybe’ – «oui» „ja“ 1–2 … 👨\u{200D}👩\u{200D}👧"
        let doc = try cleanHTML("<p>\(text)</p>", ["mode": "full"])
        #expect(doc.text == text)
    }

    @Test func whitespaceIsCollapsed() throws {
        let doc = try cleanHTML("<p>  one\n\n\t two   <b> three </b>four  </p>", ["mode": "full"])
        #expect(doc.text == "one two three four")
    }

    @Test func declaredCharsetIsIgnoredBecauseTheTextIsAlreadyDecoded() throws {
        // The runner decodes bytes before the stage sees them; a stale
        // declaration must not make libxml2 decode the text a second time.
        let page = "<html><head><title>Ünïcödé</title><meta charset=\"iso-8859-1\"></head><body><p>Grüße aus Köln — 東京</p></body></html>"
        let doc = try cleanHTML(page, ["mode": "full"])
        #expect(doc.text == "Grüße aus Köln — 東京")
    }

    @Test func nonASCIIBeforeAnyCharsetDeclarationStaysUTF8() throws {
        let page = "<html><head><title>Самые популярные</title><meta charset=\"utf-8\"></head><body><p>Наши герои знают толк.</p></body></html>"
        let doc = try cleanHTML(page, ["mode": "full"])
        #expect(doc.text == "Наши герои знают толк.")
        #expect(try doc.get(Layer.meta)?.title == "Самые популярные")
    }
}
