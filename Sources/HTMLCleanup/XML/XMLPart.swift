import TextPipe

/// One document cut out of an XML file: a feed item, an XPath-selected node,
/// or the whole file (`idSuffix` nil).
struct XMLPart {
    var idSuffix: String?
    var blocks: [Block]
    var meta: Meta
}
