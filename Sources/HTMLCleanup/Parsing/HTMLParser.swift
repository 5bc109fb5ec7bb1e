import CLibXML2

/// Parses HTML with libxml2's HTML parser in SAX mode straight into a
/// `MarkupTree`.
///
/// SAX rather than libxml2's own tree, for three reasons: every text run gets
/// the byte range it came from (`xmlByteConsumed` at each event), nothing
/// libxml2 would build and we would throw away is allocated, and libxml2's
/// tree builder stops at 256 levels of nesting while its HTML tokenizer does
/// not, so deep pages are kept whole.
///
/// The markup is handed over as UTF-8 with the page's own charset declaration
/// ignored (`HTML_PARSE_IGNORE_ENC`): the runner has already decoded the bytes,
/// so byte offsets are offsets into the UTF-8 form of the page.
enum HTMLParser {
    static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses `utf8` (the whole page). `baseOffset` is added to every source
    /// offset, for fragments cut out of a larger file.
    static func parse(_ utf8: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0) -> MarkupTree {
        let builder = TreeBuilder(baseOffset: baseOffset, source: utf8)
        guard utf8.count > 0, let base = utf8.baseAddress else { return builder.tree }
        let ctxtOrNil = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
            htmlCreateMemoryParserCtxt($0, Int32(clamping: utf8.count))
        }
        guard let ctxt = ctxtOrNil else { return builder.tree }
        defer { htmlFreeParserCtxt(ctxt) }
        _ = htmlCtxtUseOptions(ctxt, options)
        // Declare the input UTF-8 (without installing a converter, which would
        // make every `xmlByteConsumed` call re-scan the rest of the input).
        // Otherwise libxml2 guesses Latin-1 at the first non-ASCII byte it
        // meets before a charset declaration.
        _ = xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        builder.context = ctxt
        installHandlers(ctxt.pointee.sax)
        ctxt.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
        withExtendedLifetime(builder) {
            _ = htmlParseDocument(ctxt)
        }
        if let doc = ctxt.pointee.myDoc {
            xmlFreeDoc(doc)
            ctxt.pointee.myDoc = nil
        }
        builder.finish()
        return builder.tree
    }

    static func parse(_ markup: String) -> MarkupTree {
        var s = markup
        return s.withUTF8 { parse($0) }
    }

    private static func installHandlers(_ sax: UnsafeMutablePointer<htmlSAXHandler>?) {
        guard let sax else { return }
        // Everything off, then only what the tree needs: no document object,
        // no error printing, no entity or DTD handling.
        let initialized = sax.pointee.initialized
        sax.pointee = htmlSAXHandler()
        sax.pointee.initialized = initialized
        sax.pointee.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            TreeBuilder.from(ctx).startElement(name, atts)
        }
        sax.pointee.endElement = { ctx, name in
            guard let ctx, let name else { return }
            TreeBuilder.from(ctx).endElement(name)
        }
        let characters: charactersSAXFunc = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            TreeBuilder.from(ctx).characters(UnsafeBufferPointer(start: ch, count: Int(len)))
        }
        sax.pointee.characters = characters
        sax.pointee.ignorableWhitespace = characters
        sax.pointee.cdataBlock = characters
        sax.pointee.comment = { ctx, _ in
            guard let ctx else { return }
            TreeBuilder.from(ctx).skip()
        }
        sax.pointee.processingInstruction = { ctx, _, _ in
            guard let ctx else { return }
            TreeBuilder.from(ctx).skip()
        }
    }
}
