import Testing
import TextPipe
@testable import Report

@Suite("show: terminal and HTML views")
struct ReportTests {
    /// “Nobody <script> here,” said Dr. Ann Lee in Kursk. — a quote, its speaker and entities.
    func sample() -> Document {
        let text = "“Nobody <script>alert(1)</script> here,” said Ann Lee in Kursk.\nSecond paragraph & more."
        var doc = Document(id: "doc<1>", text: text)
        doc.set(Layer.meta, Meta(title: "Title <b>bold</b>"))
        let o = TextOffsets(text)
        func span(_ s: String) -> Span { o.span(of: text.range(of: s)!) }
        let q = span("Nobody <script>alert(1)</script> here,")
        let who = span("Ann Lee")
        doc.set(Layer.quotes, [Quote(start: q.start, end: q.end, text: "Nobody <script>alert(1)</script> here,", kind: "direct",
                                     speaker: .init(text: "Ann Lee", start: who.start, end: who.end, cluster: 0, canonical: "Ann Lee"),
                                     cue: .init(text: "said", start: 0, end: 0), method: "said_after", confidence: 0.9)])
        doc.set(Layer.entities, [Entity(start: who.start, end: who.end, text: "Ann Lee", label: "PERSON", cluster: 0),
                                 Entity(start: span("Kursk").start, end: span("Kursk").end, text: "Kursk", label: "LOC")])
        doc.set(Layer.clusters, [EntityCluster(id: 0, canonical: "Ann Lee", label: "PERSON", gender: "female")])
        doc.set(Layer.stance, [Stance(holder: "Ann Lee", target: "Kursk", label: "against", score: -0.4, evidence: [0])])
        return doc
    }

    @Test("the HTML escapes everything from the document and forbids scripts")
    func escaping() {
        let html = HTMLReport.render([DocumentView(sample())])
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Title &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("doc&lt;1&gt;"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(html.contains("&amp; more"))
    }

    @Test("quotes and entities become properly nested marks and spans")
    func nesting() {
        let html = HTMLReport.annotatedText(DocumentView(sample()), docAnchor: "d0")
        #expect(html.hasPrefix("“<mark class=\"quote\" id=\"d0-q0\" title=\"speaker: Ann Lee · cue: said · rule: said_after · confidence: 0.9 · stance: against Kursk\" data-speaker=\"#d0-s-ann-lee\"><a class=\"who\" href=\"#d0-s-ann-lee\">Ann Lee</a>Nobody &lt;script&gt;"), "\(html.prefix(300))")
        #expect(html.contains("</mark>” said <span class=\"ent PERSON\" title=\"PERSON · cluster 0\">Ann Lee</span> in <span class=\"ent LOC\" title=\"LOC\">Kursk</span>."))
        // Balanced tags.
        #expect(html.components(separatedBy: "<mark").count == html.components(separatedBy: "</mark>").count)
        #expect(html.components(separatedBy: "<span").count == html.components(separatedBy: "</span>").count)
    }

    @Test("an entity that crosses a quote's edge is split, not mis-nested")
    func crossing() {
        var doc = Document(id: "x", text: "abcdef")
        doc.set(Layer.quotes, [Quote(start: 0, end: 3, text: "abc", kind: "direct")])
        doc.set(Layer.entities, [Entity(start: 2, end: 5, text: "cde", label: "ORG")])
        let html = HTMLReport.annotatedText(DocumentView(doc), docAnchor: "d")
        #expect(html == "<mark class=\"quote\" id=\"d-q0\" title=\"speaker: unknown\">ab<span class=\"ent ORG\" title=\"ORG\">c</span></mark><span class=\"ent ORG\" title=\"ORG\">de</span>f")
    }

    @Test("the corpus tables and chart count quotes per speaker")
    func corpus() {
        let html = HTMLReport.render([DocumentView(sample()), DocumentView(sample())])
        #expect(html.contains("<tr><td>Ann Lee</td><td class=\"n\">2</td></tr>"))
        #expect(html.contains("<tr><td>Ann Lee → Kursk</td><td class=\"n\">0</td><td class=\"n\">2</td><td class=\"n\">0</td></tr>"))
        #expect(html.contains("<svg class=\"chart\""))
    }

    @Test("the terminal view: title, quote table cut to the width, top entities")
    func terminal() {
        let out = TerminalSummary.render(DocumentView(sample()), width: 80)
        let lines = out.split(separator: "\n")
        #expect(lines[0] == "doc<1> — Title <b>bold</b>")
        #expect(lines[1] == "  1 quote, 1 speaker, 2 entity mentions")
        #expect(lines[2].hasPrefix("  speaker  cue   quote"))
        #expect(lines[3].hasPrefix("  Ann Lee  said  “Nobody <script>"))
        #expect(lines[3].hasSuffix("against Kursk"))
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(out.contains("top entities: Ann Lee (PERSON) ×1, Kursk (LOC) ×1"))
    }

    @Test("a document with a broken layer is shown with the problem, not a crash")
    func broken() throws {
        let doc = try Document.parse(line: Array(#"{"id":"b","text":"hi","quotes":[{"start":"x"}],"entities":[{"start":0,"end":99,"text":"far","label":"LOC"}]}"#.utf8))
        let view = DocumentView(doc)
        #expect(view.quotes.isEmpty)
        #expect(view.entities.isEmpty, "out-of-range spans are dropped")
        #expect(view.problems.first?.contains("quotes[0].start") == true)
        #expect(HTMLReport.render([view]).contains("cannot show: field `quotes[0].start`"))
    }
}
