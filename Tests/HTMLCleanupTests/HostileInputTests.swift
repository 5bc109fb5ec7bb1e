import Foundation
import Testing
import TextPipe
@testable import HTMLCleanup

@Suite("hostile input")
struct HostileInputTests {
    @Test func externalEntitiesAreNeverLoaded() throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let path = NSTemporaryDirectory() + "textpipe-xxe-\(UUID().uuidString).txt"
        try secret.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE story [<!ENTITY xxe SYSTEM "file://\(path)"><!ENTITY % dtd SYSTEM "file://\(path)"> %dtd;]>
        <story><p>Before &xxe; after.</p></story>
        """
        let doc = try clean(field: "xml", xml)
        #expect(doc.text?.contains(secret) == false)
        #expect(doc.text == "Before after.")
        // The same through the XPath path and an external DTD.
        let withDTD = "<?xml version=\"1.0\"?><!DOCTYPE story SYSTEM \"file://\(path)\"><story><p>x &xxe;</p></story>"
        let doc2 = try clean(field: "xml", withDTD, ["xml_text": "//p"])
        #expect(doc2.text?.contains(secret) == false)
    }

    @Test func entityExpansionBombIsRefused() throws {
        var decls = "<!ENTITY lol0 \"lol\">"
        for i in 1...9 {
            decls += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(decls)]><lolz><p>&lol9;</p></lolz>"
        let started = Date()
        #expect {
            _ = try clean(field: "xml", xml)
        } throws: { error in
            "\(error)".contains("entity")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func smallInternalEntitiesStillExpand() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY org \"Example Corp\">]><s><p>Made by &org;.</p></s>"
        #expect(try clean(field: "xml", xml).text == "Made by Example Corp.")
    }

    @Test func hundredThousandNestedDivsDoNotOverflowTheStack() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep inside the page there is a paragraph with enough words to count as a story, really.</p>"
            + String(repeating: "</div>", count: depth) + "<p>After the nesting.</p></body></html>"
        let article = try cleanHTML(html)
        #expect(article.text?.contains("Deep inside the page") == true)
        let full = try cleanHTML(html, ["mode": "full"])
        #expect(try paragraphs(full) == [
            "Deep inside the page there is a paragraph with enough words to count as a story, really.", "After the nesting.",
        ])
    }

    @Test func fiftyMegabytePageWorks() throws {
        let paragraph = "<p>Paragraph number with some words, commas, and a link to <a href=\"/x\">somewhere</a> else.</p>\n"
        var html = "<html><head><title>Big</title></head><body><article>"
        let count = 50_000_000 / paragraph.utf8.count
        html.reserveCapacity(50_100_000)
        for _ in 0..<count { html += paragraph }
        html += "</article></body></html>"
        #expect(html.utf8.count >= 50_000_000)
        let doc = try cleanHTML(html)
        let spans = try #require(try doc.get(Layer.paragraphs))
        #expect(spans.count == count)
        #expect(spans.last?.extra["source_end"]?.intValue ?? 0 > 49_000_000)
    }

    @Test func binaryInputGivesAClearError() throws {
        let gif = "GIF89a\u{01}\u{00}\u{01}\u{00}\u{80}\u{00}\u{00}"
        #expect {
            _ = try cleanHTML(gif)
        } throws: { error in
            "\(error)" == "`html` looks like binary data (NUL byte at offset 7); textpipe reads HTML, XML or text"
        }
    }

    @Test func emptyInputGivesAClearError() throws {
        for empty in ["", "  \n\t "] {
            #expect {
                _ = try cleanHTML(empty)
            } throws: { error in
                "\(error)".contains("is empty")
            }
        }
    }

    @Test func documentWithoutMarkupOrTextIsAnError() throws {
        let stage = try HTMLCleanupStage(options: StageOptions.defaults(for: HTMLCleanupStage.description))
        var document = Document(id: "x")
        #expect(throws: StageError.self) {
            try stage.process(&document, context: StageContext(stageID: "html-cleanup"))
        }
    }

    @Test func brokenMarkupIsRecovered() throws {
        let html = "<p>Unclosed <b>bold <i>italic</p><p>Next</b> para<div><p>in div</span></div></table>"
        let doc = try cleanHTML(html, ["mode": "full"])
        #expect(try paragraphs(doc) == ["Unclosed bold italic", "Next para", "in div"])
    }

    @Test func pageWithNoTextGivesEmptyText() throws {
        let doc = try cleanHTML("<html><head><script>x()</script></head><body><img src=a.png></body></html>")
        #expect(doc.text == "")
        #expect(try doc.get(Layer.paragraphs) == [])
    }
}

@Suite("hostile XML")
struct HostileXMLTests {
    @Test func deepXMLIsRefusedClearly() throws {
        let xml = "<?xml version=\"1.0\"?>" + String(repeating: "<a>", count: 1000) + "x" + String(repeating: "</a>", count: 1000)
        #expect {
            _ = try clean(field: "xml", xml)
        } throws: { error in
            "\(error)".contains("256 levels")
        }
    }

    @Test func brokenXMLIsRecovered() throws {
        let doc = try clean(field: "xml", "<?xml version=\"1.0\"?><story><p>One &amp; two</p><p>unclosed</story>")
        #expect(try paragraphs(doc) == ["One & two", "unclosed"])
    }
}
