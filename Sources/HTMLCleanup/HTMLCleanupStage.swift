import CLibXML2
import TextPipe

/// The `html-cleanup` stage: raw HTML, XML or plain text in; clean text,
/// paragraphs with their byte ranges in the original markup, and metadata out.
///
/// HTML goes through libxml2's HTML parser into a flat tree (`HTMLParser`),
/// the story is chosen from it (`ContentExtractor`) and cut into paragraphs
/// (`ParagraphAssembler`); metadata comes from the same tree
/// (`MetadataExtractor`). XML (NITF, RSS, Atom, anything else through XPath
/// options) goes through `XMLCleaner`; feeds become one document per item.
///
/// Byte offsets (`source_start`/`source_end` on each paragraph) are into the
/// UTF-8 form of the markup. For a page whose bytes were in another encoding
/// (`source.encoding` says which), that is the page after decoding, not the
/// file on disk.
public struct HTMLCleanupStage: SplittingStage {
    public static let description = StageDescription(
        name: "html-cleanup",
        version: "1.0.0",
        summary: "HTML, XML (NITF, RSS, Atom, any via XPath) or plain text to clean article text, paragraphs with source byte ranges, and metadata.",
        options: [
            StageOption("mode", .choice(["article", "full"]), default: "article",
                        doc: "article: keep the story only (no navigation, ads, share bars, comments, related links); full: all visible text."),
            StageOption("captions", .bool, default: false, doc: "Keep image and video captions in article mode."),
            StageOption("bylines", .bool, default: false, doc: "Keep byline and author boxes in article mode."),
            StageOption("keep_markup", .bool, default: false,
                        doc: "Keep the raw `html`/`xml` field in the output (by default it is removed once cleaned)."),
            StageOption("split_feeds", .bool, default: true,
                        doc: "Turn each RSS item or Atom entry into its own document (id: feed id + \"#\" + item number)."),
            StageOption("xml_documents", .string, default: "",
                        doc: "XPath selecting the document nodes of other XML (default: the root element); each becomes its own document. When any xml_* option is set, it applies to every XML input, feeds and NITF included."),
            StageOption("xml_text", .string, default: "",
                        doc: "XPath, relative to a document node, selecting the elements whose text is kept, one paragraph each (default: all text, block elements ending paragraphs)."),
            StageOption("xml_id", .string, default: "", doc: "XPath, relative to a document node, for the document id (appended to the file's id)."),
            StageOption("xml_title", .string, default: "", doc: "XPath, relative to a document node, for meta.title."),
            StageOption("xml_date", .string, default: "", doc: "XPath, relative to a document node, for meta.date."),
        ],
        needs: [],
        adds: ["text", "paragraphs", "meta"],
        examples: [
            StageExample(
                "keeps the story, drops the navigation",
                input: example("a", html: "<html lang=\"en\"><head><title>Storm hits coast | Daily News</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Storm hits coast</h1><p>The storm reached the coast on Monday, officials said.</p><p>“We are ready,” the mayor said.</p></article><footer>© Daily News</footer></body></html>"),
                expected: [
                    "text": "The storm reached the coast on Monday, officials said.\n“We are ready,” the mayor said.",
                    "paragraphs": [
                        ["start": 0, "end": 54, "source_start": 147, "source_end": 201],
                        ["start": 55, "end": 86, "source_start": 208, "source_end": 243],
                    ],
                    "meta": ["title": "Storm hits coast", "lang": "en"],
                ]),
            StageExample(
                "full mode keeps all visible text",
                options: ["mode": "full"],
                input: example("b", html: "<nav>Home</nav><p>Hello&nbsp;world</p><script>x()</script>"),
                expected: ["text": "Home\nHello world"]),
            StageExample(
                "binary input is refused",
                input: example("c", html: "GIF89a\u{0}\u{1}"),
                expectedError: "looks like binary data"),
        ]
    )

    private static func example(_ id: String, html: String) -> Document {
        var document = Document(id: id)
        document[field: "html"] = .string(html)
        return document
    }

    let settings: ContentExtractor.Settings
    let keepMarkup: Bool
    let splitFeeds: Bool
    let xmlQueries: XMLQueries

    public init(options: StageOptions) throws {
        xmlInitParser()
        var settings = ContentExtractor.Settings()
        settings.mode = ContentExtractor.Mode(rawValue: options.string("mode") ?? "article") ?? .article
        settings.keepCaptions = options.bool("captions")
        settings.keepBylines = options.bool("bylines")
        self.settings = settings
        keepMarkup = options.bool("keep_markup")
        splitFeeds = options["split_feeds"]?.boolValue ?? true
        xmlQueries = XMLQueries(
            documents: options.string("xml_documents") ?? "", text: options.string("xml_text") ?? "",
            id: options.string("xml_id") ?? "", title: options.string("xml_title") ?? "",
            date: options.string("xml_date") ?? "")
        try xmlQueries.validate()
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let results = try clean(document, splitting: false)
        document = results[0]
    }

    public func split(_ document: Document, context: StageContext) throws -> [Document] {
        try clean(document, splitting: splitFeeds)
    }

    /// The cleaned document, or one document per feed item or XML document node when splitting.
    func clean(_ document: Document, splitting: Bool) throws -> [Document] {
        let source = try? document.get(Layer.source)
        if let html = document[field: "html"]?.stringValue {
            try InputCheck.check(html, field: "html")
            if source?.format != .html, XMLCleaner.looksLikeXML(html) {
                return try cleanXML(html, field: "html", document, splitting: splitting)
            }
            return [cleanHTML(html, document)]
        }
        if let xml = document[field: "xml"]?.stringValue {
            try InputCheck.check(xml, field: "xml")
            return try cleanXML(xml, field: "xml", document, splitting: splitting)
        }
        if let text = document.text {
            try InputCheck.check(text, field: "text")
            let result = PlainTextCleaner.clean(text)
            return [finish(document, blocks: result, meta: Meta())]
        }
        throw StageError.invalidInput(
            "the document has no `html`, `xml` or `text` field; html-cleanup reads raw HTML, XML or plain text (give files ending in .html, .xml or .txt, or JSONL with one of those fields)")
    }

    private func cleanHTML(_ html: String, _ document: Document) -> Document {
        var markup = html
        return markup.withUTF8 { utf8 in
            let tree = HTMLParser.parse(utf8)
            let blocks = ContentExtractor(tree: tree, settings: settings).extract(source: utf8)
            let meta = MetadataExtractor(tree: tree).extract()
            return finish(document, blocks: blocks, meta: meta)
        }
    }

    private func cleanXML(_ xml: String, field: String, _ document: Document, splitting: Bool) throws -> [Document] {
        var cleaner = XMLCleaner(settings: settings, queries: xmlQueries)
        let parts = try cleaner.clean(xml)
        if parts.count == 1 && parts[0].idSuffix == nil {
            return [finish(document, blocks: parts[0].blocks, meta: parts[0].meta)]
        }
        if !splitting {
            // One document for the whole file: each part's paragraphs in order,
            // metadata from the file itself (a feed's channel).
            let all = parts.flatMap { $0.blocks }
            let meta = parts.first(where: { $0.idSuffix == nil })?.meta ?? cleaner.fileMeta
            return [finish(document, blocks: all, meta: meta)]
        }
        var result: [Document] = []
        for part in parts {
            var item = finish(document, blocks: part.blocks, meta: part.meta)
            if let suffix = part.idSuffix { item.id = document.id + "#" + suffix }
            result.append(item)
        }
        return result
    }

    /// Writes text, paragraphs and metadata; metadata already on the document wins.
    func finish(_ input: Document, blocks: [Block], meta found: Meta) -> Document {
        var document = input
        var text = ""
        var spans: [Span] = []
        spans.reserveCapacity(blocks.count)
        var offset = 0
        for (i, block) in blocks.enumerated() {
            if i > 0 {
                text.append("\n")
                offset += 1
            }
            let length = block.text.unicodeScalars.count
            var extra = JSONObject()
            if block.sourceStart >= 0 {
                extra["source_start"] = JSONValue(block.sourceStart)
                extra["source_end"] = JSONValue(block.sourceEnd)
            }
            spans.append(Span(start: offset, end: offset + length, extra: extra))
            text.append(block.text)
            offset += length
        }
        document.text = text
        document.set(Layer.paragraphs, spans)
        let given: Meta? = (try? document.get(Layer.meta)) ?? nil
        var meta = given ?? Meta()
        if meta.title == nil { meta.title = found.title }
        if meta.author == nil { meta.author = found.author }
        if meta.date == nil { meta.date = found.date }
        if meta.lang == nil { meta.lang = found.lang }
        if meta.url == nil { meta.url = found.url }
        if meta.site == nil { meta.site = found.site }
        for (k, v) in found.extra where meta.extra[k] == nil { meta.extra[k] = v }
        document.set(Layer.meta, meta)
        if !keepMarkup {
            document[field: "html"] = nil
            document[field: "xml"] = nil
        }
        return document
    }
}
