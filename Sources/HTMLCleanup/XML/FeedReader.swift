import CLibXML2
import TextPipe

/// RSS and Atom feeds: one `XMLPart` per item or entry, numbered from 1 in
/// file order (`idSuffix`), with its own title, date, author and link; the
/// HTML in its content is cleaned as a fragment (all its visible text, then the
/// same per-paragraph boilerplate check as pages).
struct FeedReader {
    let view: XMLNodeView
    let settings: ContentExtractor.Settings
    private(set) var channelMeta = Meta()

    init(view: XMLNodeView, settings: ContentExtractor.Settings) {
        self.view = view
        self.settings = settings
    }

    mutating func rss(_ root: xmlNodePtr) throws -> [XMLPart] {
        let channel = view.child(root, named: "channel")
        if let channel {
            channelMeta.title = try view.child(channel, named: "title").map(view.text)
            channelMeta.site = channelMeta.title
            channelMeta.url = try view.child(channel, named: "link").map(view.text)
            if let lang = try view.child(channel, named: "language").map(view.text) {
                channelMeta.lang = MetadataExtractor.primaryLanguage(lang)
            }
        }
        // RSS 2.0 keeps items in the channel; RSS 1.0 beside it.
        let items = (channel.map { view.children($0, named: "item") } ?? []) + view.children(root, named: "item")
        var parts: [XMLPart] = []
        for (n, item) in items.enumerated() {
            var meta = Meta()
            meta.title = try view.child(item, named: "title").map(view.text)
            meta.url = try view.child(item, named: "link").map(view.text)
            if let guid = try view.child(item, named: "guid").map(view.text), !guid.isEmpty {
                meta.extra["guid"] = .string(guid)
            }
            let date = try (view.child(item, named: "pubDate") ?? view.child(item, named: "date")).map(view.text)
            meta.date = date.flatMap(DateNormalizer.normalize)
            if let author = try (view.child(item, named: "creator") ?? view.child(item, named: "author")).map(view.text), !author.isEmpty {
                meta.author = MetadataExtractor.cleanAuthor(author)
            }
            meta.lang = channelMeta.lang
            meta.site = channelMeta.site
            let body = view.child(item, named: "encoded", prefix: "content") ?? view.child(item, named: "encoded")
                ?? view.child(item, named: "description")
            let blocks = try body.map { try htmlContent($0) } ?? []
            parts.append(XMLPart(idSuffix: String(n + 1), blocks: blocks, meta: meta))
        }
        return parts
    }

    mutating func atom(_ root: xmlNodePtr) throws -> [XMLPart] {
        channelMeta.title = try view.child(root, named: "title").map(view.text)
        channelMeta.site = channelMeta.title
        channelMeta.url = alternateLink(root)
        let feedLang = view.attribute(root, "lang").flatMap(MetadataExtractor.primaryLanguage)
        channelMeta.lang = feedLang
        var parts: [XMLPart] = []
        for (n, entry) in view.children(root, named: "entry").enumerated() {
            var meta = Meta()
            meta.title = try view.child(entry, named: "title").map(view.text)
            meta.url = alternateLink(entry)
            if let id = try view.child(entry, named: "id").map(view.text), !id.isEmpty { meta.extra["guid"] = .string(id) }
            let date = try (view.child(entry, named: "published") ?? view.child(entry, named: "updated")).map(view.text)
            meta.date = date.flatMap(DateNormalizer.normalize)
            let authors = try view.children(entry, named: "author").compactMap { a in try view.child(a, named: "name").map(view.text) }
            if !authors.isEmpty { meta.author = authors.joined(separator: ", ") }
            meta.lang = view.attribute(entry, "lang").flatMap(MetadataExtractor.primaryLanguage) ?? feedLang
            meta.site = channelMeta.site
            var blocks: [Block] = []
            if let content = view.child(entry, named: "content") ?? view.child(entry, named: "summary") {
                switch view.attribute(content, "type") ?? "text" {
                case "html", "text/html":
                    blocks = try htmlContent(content)
                case "xhtml", "application/xhtml+xml":
                    let tree = MarkupTreeConverter(view: view).convert(content)
                    blocks = fragmentBlocks(tree, source: view.source)
                default:
                    blocks = PlainTextCleaner.clean(try view.rawText(content)).map { b in
                        var b = b
                        b.sourceStart = -1
                        return b
                    }
                }
            }
            parts.append(XMLPart(idSuffix: String(n + 1), blocks: blocks, meta: meta))
        }
        return parts
    }

    private func alternateLink(_ node: xmlNodePtr) -> String? {
        let links = view.children(node, named: "link")
        let alternate = links.first { (view.attribute($0, "rel") ?? "alternate") == "alternate" } ?? links.first
        return alternate.flatMap { view.attribute($0, "href") }
    }

    /// HTML carried in an element, escaped or in CDATA.
    private func htmlContent(_ element: xmlNodePtr) throws -> [Block] {
        // A single CDATA section appears verbatim in the file: offsets stay exact.
        if let only = element.pointee.children, only.pointee.next == nil, only.pointee.type == XML_CDATA_SECTION_NODE,
           let start = view.cdataContentStart(only), let content = only.pointee.content {
            let count = Int(xmlStrlen(content))
            let tree = HTMLParser.parse(UnsafeBufferPointer(start: content, count: count), baseOffset: start)
            return fragmentBlocks(tree, source: view.source)
        }
        var html = try view.rawText(element)
        return html.withUTF8 { utf8 in
            let tree = HTMLParser.parse(utf8)
            return fragmentBlocks(tree, source: utf8).map { b in
                var b = b
                b.sourceStart = -1
                return b
            }
        }
    }

    private func fragmentBlocks(_ tree: MarkupTree, source: UnsafeBufferPointer<UInt8>?) -> [Block] {
        var full = settings
        full.mode = .full
        return ContentExtractor(tree: tree, settings: full).extract(source: source).filter {
            !ContentExtractor.isBoilerplateLine($0.text)
        }
    }
}
