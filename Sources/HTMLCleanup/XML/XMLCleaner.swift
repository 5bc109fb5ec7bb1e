import CLibXML2
import TextPipe

/// XML to clean documents. Recognised by the root element:
///
/// - `rss` (RSS 2.0) and `rdf:RDF` (RSS 1.0): one part per `item`, its text
///   from `content:encoded` or `description`, cleaned as HTML;
/// - `feed` (Atom): one part per `entry`, from `content` or `summary` (`html`,
///   `xhtml` or `text`);
/// - `nitf`: the story in `body.content`, title from `hedline`, date from
///   `date.issue`, author from `byline`;
/// - `html` (XHTML): the HTML path;
/// - anything else: the XPath options (`xml_documents`, `xml_text`, ...), or
///   all the text of the root element.
///
/// Paragraph source offsets are bytes in the XML file. For HTML carried inside
/// a feed element they are exact when the HTML sits in a CDATA section; HTML
/// escaped with entities has no offsets (it does not appear verbatim in the file).
struct XMLCleaner {
    let settings: ContentExtractor.Settings
    let queries: XMLQueries
    /// Metadata of the file as a whole (a feed's channel), set by `clean`.
    private(set) var fileMeta = Meta()

    init(settings: ContentExtractor.Settings, queries: XMLQueries) {
        self.settings = settings
        self.queries = queries
    }

    /// Whether markup given as HTML is really an XML feed or NITF file.
    static func looksLikeXML(_ s: String) -> Bool {
        let head = String(decoding: s.utf8.prefix(2048), as: UTF8.self)
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).hasPrefix("<?xml") else { return false }
        return head.contains("<rss") || head.contains("<feed") || head.contains("<nitf") || head.contains("<rdf:RDF")
    }

    mutating func clean(_ xml: String) throws -> [XMLPart] {
        var markup = xml
        return try markup.withUTF8 { utf8 in
            let tree = try XMLParser.parse(utf8)
            guard let root = tree.root else { throw StageError.invalidInput("the XML has no root element") }
            if !queries.isEmpty { return try XPathDocuments(queries: queries, settings: settings).parts(tree, source: utf8) }
            let view = XMLNodeView(source: utf8)
            switch view.localName(root) {
            case "rss", "RDF":
                var feed = FeedReader(view: view, settings: settings)
                let parts = try feed.rss(root)
                fileMeta = feed.channelMeta
                return parts
            case "feed":
                var feed = FeedReader(view: view, settings: settings)
                let parts = try feed.atom(root)
                fileMeta = feed.channelMeta
                return parts
            case "nitf":
                return [try NITFReader(view: view, settings: settings).read(root)]
            case "html":
                let html = MarkupTreeConverter(view: view).convert(root)
                let blocks = ContentExtractor(tree: html, settings: settings).extract(source: utf8)
                return [XMLPart(idSuffix: nil, blocks: blocks, meta: MetadataExtractor(tree: html).extract())]
            default:
                return [try XPathDocuments(queries: queries, settings: settings).parts(tree, source: utf8)[0]]
            }
        }
    }
}
