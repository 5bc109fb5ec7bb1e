import CLibXML2
import TextPipe

/// NITF (News Industry Text Format): the story is `body/body.content`; the
/// title `body.head/hedline/hl1` (else `head/title`), the author
/// `body.head/byline` (its `person` when marked up), the date
/// `head/docdata/date.issue/@norm`, the language `@xml:lang` or `@lang`.
struct NITFReader {
    let view: XMLNodeView
    let settings: ContentExtractor.Settings

    func read(_ root: xmlNodePtr) throws -> XMLPart {
        var meta = Meta()
        let head = view.child(root, named: "head")
        let body = view.child(root, named: "body")
        let bodyHead = body.flatMap { view.child($0, named: "body.head") }
        if let hl1 = bodyHead.flatMap({ view.child($0, named: "hedline") }).flatMap({ view.child($0, named: "hl1") }) {
            meta.title = try view.text(hl1)
        }
        if meta.title?.isEmpty ?? true, let title = head.flatMap({ view.child($0, named: "title") }) {
            meta.title = try view.text(title)
        }
        if let byline = bodyHead.flatMap({ view.child($0, named: "byline") }) {
            let person = view.child(byline, named: "person")
            let author = MetadataExtractor.cleanAuthor(try view.text(person ?? byline))
            if !author.isEmpty { meta.author = author }
        }
        if let docdata = head.flatMap({ view.child($0, named: "docdata") }) {
            if let issue = view.child(docdata, named: "date.issue"), let norm = view.attribute(issue, "norm") {
                meta.date = DateNormalizer.normalize(norm)
            }
            if let docID = view.child(docdata, named: "doc-id"), let id = view.attribute(docID, "id-string") {
                meta.extra["doc_id"] = .string(id)
            }
        }
        let lang = view.attribute(root, "lang") ?? xmlLang(root)
        meta.lang = lang.flatMap(MetadataExtractor.primaryLanguage)
        var blocks: [Block] = []
        if let content = body.flatMap({ view.child($0, named: "body.content") }) {
            let tree = MarkupTreeConverter(view: view).convert(content)
            blocks = StoryFragment.blocks(tree, settings: settings, source: view.source)
        }
        return XMLPart(idSuffix: nil, blocks: blocks, meta: meta)
    }

    private func xmlLang(_ node: xmlNodePtr) -> String? {
        guard let value = xmlNodeGetLang(node) else { return nil }
        defer { textpipe_xml_free(value) }
        return String(cString: value)
    }
}
