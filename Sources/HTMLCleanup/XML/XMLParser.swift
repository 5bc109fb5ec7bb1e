import CLibXML2
import TextPipe

/// Parses XML with libxml2 into its own tree, safely for untrusted input:
/// recover mode, no network, no error printing, the declared encoding ignored
/// (the text is already UTF-8), no external DTD or entity ever loaded (the
/// SAX `resolveEntity` and `externalSubset` hooks are switched off), entities
/// not substituted by the parser. Each text node records the byte range of the
/// markup it came from in its `_private` field (see `XMLSourceRange`).
enum XMLParser {
    static let options: Int32 = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

    static func parse(_ utf8: UnsafeBufferPointer<UInt8>) throws -> XMLTree {
        guard let base = utf8.baseAddress, utf8.count > 0 else {
            throw StageError.invalidInput("the XML is empty")
        }
        let ctxtOrNil = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
            xmlCreateMemoryParserCtxt($0, Int32(clamping: utf8.count))
        }
        guard let ctxt = ctxtOrNil else { throw StageError.invalidInput("libxml2 could not start parsing this XML") }
        defer { xmlFreeParserCtxt(ctxt) }
        _ = xmlCtxtUseOptions(ctxt, options)
        if let sax = ctxt.pointee.sax { install(sax) }
        ctxt.pointee._private = nil
        _ = xmlParseDocument(ctxt)
        let code = Int32(ctxt.pointee.errNo)
        guard let doc = ctxt.pointee.myDoc else {
            throw StageError.invalidInput("not well-formed XML that libxml2 could recover (error \(code))")
        }
        ctxt.pointee.myDoc = nil
        let tree = XMLTree(doc)
        if code == Int32(XML_ERR_ENTITY_LOOP.rawValue) || code == Int32(XML_ERR_ENTITY_BOUNDARY.rawValue) {
            throw StageError.invalidInput(
                "the XML defines entities that expand without bound (an entity-expansion bomb); refused")
        }
        if code == Int32(XML_ERR_INTERNAL_ERROR.rawValue), let error = xmlCtxtGetLastError(ctxt),
           let message = error.pointee.message, String(cString: message).contains("depth") {
            // libxml2 stops at 256 levels unless HUGE is set, which untrusted input never gets.
            throw StageError.invalidInput(
                "the XML nests elements more than 256 levels deep (libxml2's limit for untrusted input); refused")
        }
        return tree
    }

    private static func install(_ sax: UnsafeMutablePointer<xmlSAXHandler>) {
        // Never fetch anything from outside the document.
        sax.pointee.resolveEntity = { _, _, _ in nil }
        sax.pointee.externalSubset = nil
        sax.pointee.startElementNs = { ctx, localname, prefix, uri, nbNS, namespaces, nbAttributes, nbDefaulted, attributes in
            xmlSAX2StartElementNs(ctx, localname, prefix, uri, nbNS, namespaces, nbAttributes, nbDefaulted, attributes)
            XMLParser.advance(ctx, pastTagEnd: true)
        }
        sax.pointee.endElementNs = { ctx, localname, prefix, uri in
            xmlSAX2EndElementNs(ctx, localname, prefix, uri)
            XMLParser.advance(ctx)
        }
        sax.pointee.characters = { ctx, ch, len in
            XMLParser.text(ctx, ch, len) { xmlSAX2Characters(ctx, ch, len) }
        }
        sax.pointee.ignorableWhitespace = sax.pointee.characters
        sax.pointee.cdataBlock = { ctx, ch, len in
            XMLParser.text(ctx, ch, len) { xmlSAX2CDataBlock(ctx, ch, len) }
        }
        sax.pointee.comment = { ctx, value in
            xmlSAX2Comment(ctx, value)
            XMLParser.advance(ctx)
        }
        sax.pointee.processingInstruction = { ctx, target, data in
            xmlSAX2ProcessingInstruction(ctx, target, data)
            XMLParser.advance(ctx)
        }
        sax.pointee.reference = { ctx, name in
            xmlSAX2Reference(ctx, name)
            XMLParser.advance(ctx)
        }
    }

    /// The parse position after the previous event lives in the context's
    /// `_private` field (plus one, so that 0 means unset).
    private static func position(_ ctxt: xmlParserCtxtPtr) -> Int {
        max(0, Int(bitPattern: ctxt.pointee._private) - 1)
    }

    /// Records the position after an event. libxml2 reports a start tag
    /// before stepping over its `>` or `/>`, hence `pastTagEnd`.
    private static func advance(_ ctx: UnsafeMutableRawPointer?, pastTagEnd: Bool = false) {
        guard let ctxt = ctx?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
        var position = Int(xmlByteConsumed(ctxt))
        if pastTagEnd, let input = ctxt.pointee.input, let cur = input.pointee.cur, let end = input.pointee.end {
            if cur < end && cur[0] == 0x3E {
                position += 1
            } else if cur + 1 < end && cur[0] == 0x2F && cur[1] == 0x3E {
                position += 2
            }
        }
        ctxt.pointee._private = UnsafeMutableRawPointer(bitPattern: position + 1)
    }

    /// Runs a text handler and stamps the text node it created or extended.
    ///
    /// When libxml2 hands over characters straight from its input buffer (its
    /// fast path for plain text) the range is exact: where `ch` sits in the
    /// buffer, `len` bytes long, and the parser has not moved past them yet.
    /// Otherwise (text with references, CDATA) it runs from the end of the
    /// previous event to the current position.
    private static func text(_ ctx: UnsafeMutableRawPointer?, _ ch: UnsafePointer<xmlChar>?, _ len: Int32,
                             _ handler: () -> Void) {
        guard let ctxt = ctx?.assumingMemoryBound(to: xmlParserCtxt.self) else {
            handler()
            return
        }
        let parent = ctxt.pointee.node
        let before = parent?.pointee.last
        handler()
        var start = position(ctxt)
        var end = Int(xmlByteConsumed(ctxt))
        if let ch, let input = ctxt.pointee.input, input.pointee.buf?.pointee.encoder == nil,
           let base = input.pointee.base, let limit = input.pointee.end, ch >= base, ch < limit {
            start = Int(input.pointee.consumed) + (ch - base)
            end = start + Int(len)
        }
        if let after = parent?.pointee.last {
            if after != before || after.pointee._private == nil {
                after.pointee._private = XMLSourceRange.pack(start: start, end: end)
            } else if let range = XMLSourceRange(after) {
                after.pointee._private = XMLSourceRange.pack(start: range.start, end: end)
            }
        }
        ctxt.pointee._private = UnsafeMutableRawPointer(bitPattern: end + 1)
    }
}
