import CLibXML2
import TextPipe

/// Any XML through the XPath options: `xml_documents` picks the document nodes
/// (default: the root element), `xml_text` the elements whose text is kept
/// (default: all), `xml_id`/`xml_title`/`xml_date` their fields. Namespace
/// prefixes declared on the root element can be used in the expressions.
struct XPathDocuments {
    let queries: XMLQueries
    let settings: ContentExtractor.Settings

    func parts(_ tree: XMLTree, source: UnsafeBufferPointer<UInt8>) throws -> [XMLPart] {
        guard let root = tree.root, let context = xmlXPathNewContext(tree.doc) else {
            throw StageError.invalidInput("the XML has no root element")
        }
        defer { xmlXPathFreeContext(context) }
        // The root's namespace prefixes, usable in the expressions.
        var ns = root.pointee.nsDef
        while let n = ns {
            if let prefix = n.pointee.prefix, let href = n.pointee.href { _ = xmlXPathRegisterNs(context, prefix, href) }
            ns = n.pointee.next
        }
        let view = XMLNodeView(source: source)
        let documents = queries.documents.isEmpty ? [root] : try nodes(queries.documents, context: context, at: root)
        var parts: [XMLPart] = []
        for (n, node) in documents.enumerated() {
            var meta = Meta()
            if !queries.title.isEmpty { meta.title = try string(queries.title, context: context, at: node, view: view) }
            if !queries.date.isEmpty {
                meta.date = try string(queries.date, context: context, at: node, view: view).flatMap(DateNormalizer.normalize)
            }
            meta.lang = xmlNodeGetLang(node).map { value in
                defer { textpipe_xml_free(value) }
                return String(cString: value)
            }.flatMap(MetadataExtractor.primaryLanguage)
            var blocks: [Block] = []
            let textNodes = queries.text.isEmpty ? [node] : try nodes(queries.text, context: context, at: node)
            for t in textNodes {
                let converted = MarkupTreeConverter(view: view).convert(t)
                blocks += StoryFragment.blocks(converted, settings: settings, source: source)
            }
            var suffix: String?
            if documents.count > 1 || !queries.documents.isEmpty {
                suffix = String(n + 1)
                if !queries.id.isEmpty, let id = try string(queries.id, context: context, at: node, view: view), !id.isEmpty {
                    suffix = id
                }
            }
            parts.append(XMLPart(idSuffix: suffix, blocks: blocks, meta: meta))
        }
        return parts
    }

    private func evaluate(_ expression: String, context: xmlXPathContextPtr, at node: xmlNodePtr) throws -> xmlXPathObjectPtr {
        context.pointee.node = node
        guard let result = xmlXPathEvalExpression(expression, context) else {
            throw StageError.invalidInput("the XPath `\(expression)` could not be evaluated on this document")
        }
        return result
    }

    private func nodes(_ expression: String, context: xmlXPathContextPtr, at node: xmlNodePtr) throws -> [xmlNodePtr] {
        let result = try evaluate(expression, context: context, at: node)
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { return [] }
        var list: [xmlNodePtr] = []
        for i in 0..<Int(set.pointee.nodeNr) {
            if let n = set.pointee.nodeTab[i] { list.append(n) }
        }
        return list
    }

    private func string(_ expression: String, context: xmlXPathContextPtr, at node: xmlNodePtr, view: XMLNodeView) throws -> String? {
        let result = try evaluate(expression, context: context, at: node)
        defer { xmlXPathFreeObject(result) }
        if result.pointee.type == XPATH_NODESET {
            guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let first = set.pointee.nodeTab[0] else {
                return nil
            }
            if first.pointee.type == XML_ATTRIBUTE_NODE, let value = xmlNodeGetContent(first) {
                defer { textpipe_xml_free(value) }
                return TextNormalizer.collapse(String(cString: value))
            }
            return try view.text(first)
        }
        guard let value = xmlXPathCastToString(result) else { return nil }
        defer { textpipe_xml_free(value) }
        let s = TextNormalizer.collapse(String(cString: value))
        return s.isEmpty ? nil : s
    }
}
