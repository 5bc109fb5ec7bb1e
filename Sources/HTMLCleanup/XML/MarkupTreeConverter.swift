import CLibXML2

/// Copies a libxml2 subtree into a `MarkupTree`, so that XML content (NITF's
/// body, Atom XHTML, XPath-selected nodes) goes through the same paragraph
/// assembly as HTML. Element names map to HTML tags by local name (NITF's
/// `hl1`/`hl2` are headings, `block` a division, `media` a figure); unknown
/// names become blocks. Text keeps the byte ranges the parser recorded.
struct MarkupTreeConverter {
    let view: XMLNodeView

    private static let aliases: [String: Tag] = [
        "hl1": .h1, "hl2": .h2, "block": .div, "media": .figure, "media-caption": .figcaption,
        "media-producer": .figcaption, "body.content": .div, "body.head": .header, "body.end": .footer,
        "hedline": .header, "byline": .address, "dateline": .address, "distributor": .address,
        "para": .p, "paragraph": .p, "title": .h2, "emphasis": .em, "link": .a, "ulink": .a,
        "abstract": .div, "tagline": .footer, "note": .aside, "bibliography": .aside,
    ]

    func tag(for node: xmlNodePtr) -> Tag {
        let name = view.localName(node)
        if let alias = Self.aliases[name] { return alias }
        return Tag.named(name.lowercased())
    }

    /// The tree of `root` and everything below it. `budget` limits entity expansion.
    func convert(_ root: xmlNodePtr) -> MarkupTree {
        var tree = MarkupTree()
        var budget = XMLNodeView.entityBudget
        // (libxml2 node, parent index in the new tree)
        var stack: [(xmlNodePtr, Int32)] = [(root, MarkupTree.root)]
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                var attrs = Attributes()
                var a = node.pointee.properties
                while let attr = a {
                    if let n = attr.pointee.name {
                        let name = String(cString: n)
                        if Attributes.kept.contains(name), let value = view.attribute(node, name) { attrs.append(name, value) }
                    }
                    a = attr.pointee.next
                }
                let index = tree.appendElement(tag(for: node), parent: parent, attributes: attrs, sourceStart: 0)
                var kids: [xmlNodePtr] = []
                var c = node.pointee.children
                while let child = c {
                    kids.append(child)
                    c = child.pointee.next
                }
                for kid in kids.reversed() { stack.append((kid, index)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                let count = Int(xmlStrlen(content))
                let range = XMLSourceRange(node)
                var start = range?.start ?? -1
                if node.pointee.type == XML_CDATA_SECTION_NODE { start = view.cdataContentStart(node) ?? start }
                _ = tree.appendText(UnsafeBufferPointer(start: content, count: count), parent: parent,
                                    sourceStart: start, sourceEnd: range?.end ?? -1)
            case XML_ENTITY_REF_NODE:
                var bytes: [UInt8] = []
                if (try? view.expandEntity(node, budget: &budget, { bytes.append(contentsOf: $0) })) != nil, !bytes.isEmpty {
                    bytes.withUnsafeBufferPointer {
                        _ = tree.appendText($0, parent: parent, sourceStart: -1, sourceEnd: -1)
                    }
                }
            default:
                break
            }
        }
        return tree
    }
}
