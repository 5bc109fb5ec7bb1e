import Testing
import TextPipe
@testable import HTMLCleanup

@Suite("XML: NITF, RSS, Atom, XPath")
struct XMLTests {
    static let nitf = """
    <?xml version="1.0" encoding="ISO-8859-1"?>
    <nitf xml:lang="en-GB">
      <head><title>Buses: council vote</title>
        <docdata><doc-id id-string="AP-123"/><date.issue norm="20240305T093000Z"/></docdata></head>
      <body>
        <body.head><hedline><hl1>Council expands buses</hl1></hedline><byline>By <person>Jane Reporter</person></byline></body.head>
        <body.content>
          <p>The council voted on Tuesday to add <em>twelve</em> routes.</p>
          <media media-type="image"><media-caption>A bus.</media-caption></media>
          <hl2>Reaction</hl2>
          <p>Riders welcomed the plan &#8212; mostly.</p>
        </body.content>
      </body>
    </nitf>
    """

    @Test func nitfStoryAndMetadata() throws {
        let doc = try clean(field: "xml", Self.nitf)
        #expect(try paragraphs(doc) == ["The council voted on Tuesday to add twelve routes.", "Reaction", "Riders welcomed the plan — mostly."])
        #expect(try doc.get(Layer.meta) == Meta(title: "Council expands buses", author: "Jane Reporter",
                                                 date: "2024-03-05T09:30:00Z", lang: "en", extra: ["doc_id": "AP-123"]))
        #expect(try sourceSlices(doc, markup: Self.nitf) == [
            "The council voted on Tuesday to add <em>twelve</em> routes.", "Reaction", "Riders welcomed the plan &#8212; mostly.",
        ])
        #expect(doc[field: "xml"] == nil)
    }

    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Example News</title><link>https://example.com/</link><language>en-us</language>
    <item><title>First story</title><link>https://example.com/1</link><guid>id-1</guid>
      <pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><dc:creator>Jane Reporter</dc:creator>
      <description>Short summary.</description>
      <content:encoded><![CDATA[<p>First <b>paragraph</b>.</p><p>Second paragraph.</p><p>Share this</p>]]></content:encoded></item>
    <item><title>Second story</title><link>https://example.com/2</link>
      <description>&lt;p&gt;Escaped &amp;amp; cleaned.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
    </channel></rss>
    """

    @Test func rssItemsBecomeDocuments() throws {
        let docs = try split(field: "xml", Self.rss)
        #expect(docs.map(\.id) == ["feed.xml#1", "feed.xml#2"])
        #expect(try paragraphs(docs[0]) == ["First paragraph.", "Second paragraph."])
        #expect(try docs[0].get(Layer.meta) == Meta(title: "First story", author: "Jane Reporter", date: "2024-03-05T09:30:00Z",
                                                     lang: "en", url: "https://example.com/1", site: "Example News",
                                                     extra: ["guid": "id-1"]))
        // HTML in CDATA is verbatim in the file, so its offsets are exact.
        #expect(try sourceSlices(docs[0], markup: Self.rss) == ["First <b>paragraph</b>.", "Second paragraph."])
        #expect(try paragraphs(docs[1]) == ["Escaped & cleaned."])
        #expect(try docs[1].get(Layer.paragraphs)?.first?.extra["source_start"] == nil)
    }

    @Test func feedAsOneDocumentWhenNotSplitting() throws {
        let docs = try split(field: "xml", Self.rss, ["split_feeds": false])
        #expect(docs.count == 1)
        #expect(try paragraphs(docs[0]) == ["First paragraph.", "Second paragraph.", "Escaped & cleaned."])
        #expect(try docs[0].get(Layer.meta)?.title == "Example News")
    }

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
      <title>Beispiel</title><link href="https://example.de/"/>
      <entry><title>Eins</title><id>tag:example.de,2024:1</id><link rel="alternate" href="https://example.de/1"/>
        <published>2024-03-05T10:00:00+01:00</published><author><name>Anna Autorin</name></author>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Erster Absatz.</p><p>Zweiter <em>Absatz</em>.</p></div></content></entry>
      <entry><title>Zwei</title><id>tag:example.de,2024:2</id><updated>2024-03-06</updated>
        <summary type="html">&lt;p&gt;Nur &lt;b&gt;eine&lt;/b&gt; Zusammenfassung.&lt;/p&gt;</summary></entry>
      <entry><title>Drei</title><content type="text">Zeile eins.

    Zeile zwei.</content></entry>
    </feed>
    """

    @Test func atomEntriesBecomeDocuments() throws {
        let docs = try split(field: "xml", Self.atom)
        #expect(docs.map(\.id) == ["feed.xml#1", "feed.xml#2", "feed.xml#3"])
        #expect(try paragraphs(docs[0]) == ["Erster Absatz.", "Zweiter Absatz."])
        #expect(try sourceSlices(docs[0], markup: Self.atom) == ["Erster Absatz.", "Zweiter <em>Absatz</em>."])
        #expect(try docs[0].get(Layer.meta) == Meta(title: "Eins", author: "Anna Autorin", date: "2024-03-05T10:00:00+01:00",
                                                     lang: "de", url: "https://example.de/1", site: "Beispiel",
                                                     extra: ["guid": "tag:example.de,2024:1"]))
        #expect(try paragraphs(docs[1]) == ["Nur eine Zusammenfassung."])
        #expect(try docs[1].get(Layer.meta)?.date == "2024-03-06")
        #expect(try paragraphs(docs[2]) == ["Zeile eins.", "Zeile zwei."])
    }

    @Test func feedGivenAsHTMLFieldIsStillAFeed() throws {
        let docs = try split(field: "html", Self.rss)
        #expect(docs.count == 2)
    }

    static let custom = """
    <?xml version="1.0"?>
    <archive xmlns:x="urn:example">
      <story code="s1"><headline>Alpha</headline><when>2020-01-02</when><para>One.</para><para>Two.</para><x:note>skip</x:note></story>
      <story code="s2"><headline>Beta</headline><when>2020-02-03</when><para>Three.</para></story>
    </archive>
    """

    @Test func otherXMLThroughXPathOptions() throws {
        let options: JSONObject = ["xml_documents": "//story", "xml_text": "para", "xml_id": "@code",
                                   "xml_title": "headline", "xml_date": "when"]
        let docs = try split(field: "xml", Self.custom, options, id: "archive.xml")
        #expect(docs.map(\.id) == ["archive.xml#s1", "archive.xml#s2"])
        #expect(try paragraphs(docs[0]) == ["One.", "Two."])
        #expect(try docs[0].get(Layer.meta) == Meta(title: "Alpha", date: "2020-01-02"))
        #expect(try paragraphs(docs[1]) == ["Three."])
    }

    @Test func otherXMLWithoutOptionsKeepsAllText() throws {
        let doc = try clean(field: "xml", Self.custom)
        #expect(try paragraphs(doc) == ["Alpha", "2020-01-02", "One.", "Two.", "skip", "Alpha".replacingOccurrences("Alpha", "Beta"), "2020-02-03", "Three."])
    }

    @Test func invalidXPathIsRefusedAtSetUp() {
        #expect(throws: StageSetupError.self) {
            _ = try HTMLCleanupStage(options: StageOptions.defaults(for: HTMLCleanupStage.description,
                                                                     overriding: ["xml_documents": "//story[["]))
        }
    }

    @Test func xhtmlGoesThroughTheHTMLPath() throws {
        let xhtml = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body><nav>Menu</nav><article>\(storyParagraphs)</article></body></html>"
        let doc = try clean(field: "xml", xhtml)
        #expect(try paragraphs(doc).count == 3)
    }
}

private extension String {
    func replacingOccurrences(_ a: String, _ b: String) -> String { self == a ? b : self }
}

